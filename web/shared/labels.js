// The words a form shows for its fields and choices. A composed case type
// carries its own (the engine's caseForm().words, written with its rows); the
// published 2025.1 forms' words are schemas/ui/labels.json. A field's label is
// looked up by "<row id>/<path in the row>" first, then by its property name,
// then the schema's title; a choice's by "<row id>/<path>=<value>" (a row's own
// wording: 有/无 or 是/否), then "<property>=<value>", then the value alone.
//
//   const labels = wordsOf(caseForm, await loadLabels());
//   labels.field('facts.amount', 'delivery', 'delivery', schema)        // {zh: '提供方式', en: …}
//   labels.value('delivery', 'cash', 'facts.amount', 'delivery')        // {zh: '现金', en: 'Cash'}
//   labels.guidance(section.guidance)                                  // a section's introduction, with English
export async function loadLabels(url = new URL('../schemas/ui/labels.json', import.meta.url)) {
  let data = { fields: {}, values: {} };
  try {
    const response = await fetch(url);
    if (response.ok) data = await response.json();
  } catch {
    // offline without a cached copy: fall back to the schema's titles
  }
  return new Labels(data);
}

// wordsOf: the words of a form the engine described (caseForm), over `fallback`.
export function wordsOf(caseForm, fallback) {
  return caseForm?.words ? new Labels(caseForm.words, fallback) : fallback;
}

export class Labels {
  constructor(data, fallback = null) {
    this.fields = { ...fallback?.fields, ...data.fields };
    this.values = { ...fallback?.values, ...data.values };
    this.guidanceWords = { ...fallback?.guidanceWords, ...data.guidance };
  }

  // guidance: a section's introduction {zh, en?}, with the English from
  // labels.json ("guidance": {"<Chinese text>": "<English>"}) where the form has none.
  guidance(pair) {
    if (!pair || pair.en || !this.guidanceWords[pair.zh]) return pair;
    return { ...pair, en: this.guidanceWords[pair.zh] };
  }

  // field: the label of property `name` at `path` (indices removed) inside row `rowId`.
  field(rowId, path, name, schema = {}) {
    return this.fields[`${rowId}/${path}`] ?? this.fields[name] ?? titleText(schema.title) ?? { zh: name, en: name };
  }

  // value: the words of choice `value` of property `name`, at `path` in row `rowId` when known.
  value(name, value, rowId, path = '') {
    const key = String(value);
    return this.knownValue(name, value, rowId, path) ?? { zh: key, en: key };
  }

  // knownValue: value()'s words when the form words that choice, otherwise undefined.
  knownValue(name, value, rowId, path = '') {
    const key = String(value);
    const own = rowId === undefined ? undefined : this.values[`${path ? `${rowId}/${path}` : rowId}=${key}`];
    return own ?? this.values[`${name}=${key}`] ?? this.values[key];
  }
}

// A schema title "中文 / English" becomes {zh, en}; a Chinese-only one {zh}.
function titleText(title) {
  if (typeof title !== 'string' || title === '') return undefined;
  const [zh, en] = title.split(' / ');
  return en ? { zh, en } : { zh };
}
