// A filled form as a row of a batch table, as a bank's export writes it: one
// cell per element, keyed by the element's path with dots and list entries
// numbered from 1, yes/no as 是/否. Shared by the batch tests (CLI, browser) and
// the batch fuzz target's seeds.
//
//   tableOf([instance])                       // CSV text, its header every key the rows fill
//   tableOf(instances, templateHeaderCells)   // under a template's header ("label [key]" or keys)

// cellsOf: the cells of `value` by key.
export function cellsOf(value, key = '', cells = {}) {
  if (Array.isArray(value)) value.forEach((item, i) => cellsOf(item, `${key}.${i + 1}`, cells));
  else if (value !== null && typeof value === 'object') {
    for (const [member, child] of Object.entries(value)) cellsOf(child, key ? `${key}.${member}` : member, cells);
  } else if (typeof value === 'boolean') cells[key] = value ? '是' : '否';
  else cells[key] = String(value);
  return cells;
}

const csvCell = (cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
const keyOf = (headerCell) => /\[(.*)\]$/.exec(headerCell)?.[1] ?? headerCell;

// tableOf: CSV text (CRLF), one row per instance under `header`.
export function tableOf(instances, header) {
  const rows = instances.map((instance) => cellsOf(instance));
  const columns = header ?? [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const lines = [columns, ...rows.map((row) => columns.map((cell) => row[keyOf(cell)] ?? ''))];
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

// readCsv: the records of CSV text as spreadsheets write it (quoted cells may hold commas, quotes and line
// breaks), a leading BOM dropped — to read back the problems table a batch writes.
export function readCsv(text) {
  const records = [];
  let record = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\ufeff/, '');
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') ((cell += '"'), (i += 1));
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (record.push(cell), (cell = ''));
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i += 1;
      record.push(cell);
      records.push(record);
      ((record = []), (cell = ''));
    } else cell += c;
  }
  if (cell !== '' || record.length > 0) records.push([...record, cell]);
  return records;
}
