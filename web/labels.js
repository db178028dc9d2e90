// The words a form shows for its fields and choices, from schemas/ui/labels.json
// (data, like the case types): a field's label is looked up by
// "<row id>/<path in the row>" first, then by its property name, then the
// schema's title; a choice's by "<property>=<value>", then by the value alone.
//
//   const labels = await loadLabels();
//   labels.field('facts.amount', 'delivery', 'delivery', schema)   // {zh: '交付方式', en: 'Delivery'}
//   labels.value('delivery', 'cash')                                // {zh: '现金', en: 'Cash'}
//   labels.guidance(section.guidance)                               // a section's introduction, with English
export async function loadLabels(url = new URL('./schemas/ui/labels.json', import.meta.url)) {
  let data = { fields: {}, values: {} };
  try {
    const response = await fetch(url);
    if (response.ok) data = await response.json();
  } catch {
    // offline without a cached copy: fall back to the schema's titles
  }
  return new Labels(data);
}

export class Labels {
  constructor(data) {
    this.fields = data.fields ?? {};
    this.values = data.values ?? {};
    this.guidanceWords = data.guidance ?? {};
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

  value(name, value) {
    const key = String(value);
    return this.values[`${name}=${key}`] ?? this.values[key] ?? { zh: key, en: key };
  }
}

// A schema title "中文 / English" becomes {zh, en}; a Chinese-only one {zh}.
function titleText(title) {
  if (typeof title !== 'string' || title === '') return undefined;
  const [zh, en] = title.split(' / ');
  return en ? { zh, en } : { zh };
}
