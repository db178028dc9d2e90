// An element's data as plain words for a person: "本金：100000" rather than
// {"amount": 100000}, field names and choices labelled as the form labels
// them (labels.js), one line per field, nested fields indented.
//
//   valueLines({amount: 100000, as_of: '2025-09-30'}, 'claims.principal', labels)
//     → ['金额：100000', '截至日期：2025-09-30']
import { text } from './i18n.js';
import { message } from './messages.js';

const notStated = () => message('words.not_stated');

export function valueLines(value, rowId, labels, path = '', indent = '') {
  if (value === null || value === undefined || value === '') return [`${indent}${notStated()}`];
  if (typeof value !== 'object') return [`${indent}${plain(lastName(path), value, labels, rowId, path)}`];
  const entries = Array.isArray(value)
    ? value.map((item, index) => [`(${index + 1})`, item, path])
    : Object.entries(value).map(([name, item]) => [
        text(labels.field(rowId, path ? `${path}/${name}` : name, name)),
        item,
        path ? `${path}/${name}` : name,
      ]);
  if (entries.length === 0) return [`${indent}${notStated()}`];
  return entries.flatMap(([label, item, itemPath]) => {
    if (item !== null && typeof item === 'object')
      return [`${indent}${label}：`, ...valueLines(item, rowId, labels, itemPath, `${indent}  `)];
    return [`${indent}${label}：${plain(lastName(itemPath), item, labels, rowId, itemPath)}`];
  });
}

// plain: a choice in the form's words (a yes/no always is one); any other value as written.
function plain(name, value, labels, rowId, path) {
  if (value === null || value === undefined || value === '') return notStated();
  const words = labels.knownValue(name, value, rowId, path);
  if (words) return text(words);
  return typeof value === 'boolean' ? text(labels.value(name, value, rowId, path)) : String(value);
}

function lastName(path) {
  return path.slice(path.lastIndexOf('/') + 1);
}
