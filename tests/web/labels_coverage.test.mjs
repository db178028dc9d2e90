// Checks schemas/ui/labels.json, the plain zh/en labels of the web form.
//
// Why: the guided form renders every property and every choice (enum value,
// const, true/false) of every case form, and schema titles are missing or
// numbered ("3. 借款金额"), while enum values have no label at all. So each one
// must get a label from labels.json, by the lookup rules the web app uses:
//
//   property: fields["<rowId>/<path>"]  (rowId: the elements.json row whose
//             pointer contains the property; path: the property's path below
//             that pointer, array indices removed, joined by "/"),
//             then fields["<property name>"] ("<list name>/<index>" for a
//             statement of a fixed list, prefixItems), then the schema title.
//             A property whose pointer IS a row pointer uses the row's label.
//   value:    values["<property name>=<value>"], then values["<value>"]
//             (booleans as "true" / "false"; inside an array the property
//             name is that of the array).
//
// The test walks each form's schema (following $ref, properties, items,
// prefixItems, if/then/else, allOf/anyOf/oneOf, dependentSchemas) and asserts
// that labels.json alone (not the schema title) labels everything, that every
// label is a non-empty string, and that labels.json has no key that no form
// uses. Run from the repository root:  node --test tests/web/labels_coverage.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

const ITEM = '[]'; // path segment standing for "any element of an array"

// ---------------------------------------------------------------- loading

// Every schema that a $ref may name, by its $id: schemas/common/*.json and the forms.
function loadSchemas(formSchemas) {
  const byId = new Map();
  const commonDir = path.join(root, 'schemas/common');
  const common = readdirSync(commonDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => readJson(path.join(commonDir, f)));
  for (const doc of [...common, ...formSchemas]) {
    assert.ok(doc.$id, 'every schema has an $id');
    byId.set(doc.$id, doc);
  }
  return byId;
}

// [{name: "private-lending/complaint", schema, rows: [{id, pointer, segments, label}]}]
function loadForms() {
  // labels.json holds the words of the hand-written forms of version 2025.1 (schemas/published/<type>/2025.1/);
  // a composed form published later carries its own (words.json).
  const publishedDir = path.join(root, 'schemas/published');
  const forms = [];
  for (const caseType of readdirSync(publishedDir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const casesDir = path.join(publishedDir, caseType.name);
    const versionDir = path.join(casesDir, '2025.1');
    for (const form of readdirSync(versionDir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const dir = path.join(versionDir, form.name);
      if (existsSync(path.join(dir, 'words.json'))) continue;
      const elements = readJson(path.join(dir, 'elements.json'));
      const rows = elements.sections
        .flatMap((section) => section.rows)
        .map((row) => ({
          id: row.id,
          pointer: row.pointer,
          label: row.label,
          segments: pointerSegments(row.pointer),
        }));
      const guidance = elements.sections.map((section) => section.guidance).filter(Boolean);
      forms.push({
        name: `${caseType.name}/${form.name}`,
        schema: readJson(path.join(dir, 'schema.json')),
        rows,
        guidance,
      });
    }
  }
  return forms;
}

function pointerSegments(pointer) {
  if (pointer === '') return [];
  assert.ok(pointer.startsWith('/'), `JSON Pointer ${pointer}`);
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

// ---------------------------------------------------------------- $ref

// The schema a $ref names, and the $id its own relative refs resolve against.
function resolveRef(ref, baseId, byId) {
  const url = new URL(ref, baseId);
  const fragment = decodeURIComponent(url.hash.slice(1));
  url.hash = '';
  const doc = byId.get(url.href);
  if (!doc) throw new Error(`unresolved $ref "${ref}" (base ${baseId})`);
  let node = doc;
  for (const key of pointerSegments(fragment)) {
    node = node?.[key];
    if (node === undefined) throw new Error(`$ref "${ref}": no "${fragment}" in ${url.href}`);
  }
  return { schema: node, baseId: doc.$id };
}

// ---------------------------------------------------------------- walk

// Every property (by path) and every choice value (by property name) a form can hold.
function walkForm(schema, byId) {
  const properties = new Map(); // "/a/[]/b" -> segments
  const choices = new Map(); // "name=value" -> {name, value, at}
  const onStack = new Set(); // schema objects being visited: a $ref back to one is a cycle

  function visit(node, baseId, segments, inCondition) {
    if (typeof node !== 'object' || node === null || onStack.has(node)) return;
    onStack.add(node);
    try {
      if (node.$id) baseId = new URL(node.$id, baseId).href;
      if (node.$ref) {
        const target = resolveRef(node.$ref, baseId, byId);
        visit(target.schema, target.baseId, segments, inCondition);
      }
      if (!inCondition) recordChoices(node, segments);
      for (const [name, sub] of Object.entries(node.properties ?? {})) {
        const child = [...segments, name];
        properties.set(child.join('/'), child);
        visit(sub, baseId, child, inCondition);
      }
      if (node.items) visit(node.items, baseId, [...segments, ITEM], inCondition);
      // A fixed list of statements (prefixItems): each position is a field of its own, labelled "<row>/<index>".
      for (const [index, sub] of (node.prefixItems ?? []).entries()) {
        const child = [...segments, String(index)];
        properties.set(child.join('/'), child);
        visit(sub, baseId, child, inCondition);
      }
      // An `if` names properties but its const/enum are conditions, not choices.
      if (node.if) visit(node.if, baseId, segments, true);
      for (const key of ['then', 'else']) if (node[key]) visit(node[key], baseId, segments, inCondition);
      for (const key of ['allOf', 'anyOf', 'oneOf'])
        for (const sub of node[key] ?? []) visit(sub, baseId, segments, inCondition);
      for (const sub of Object.values(node.dependentSchemas ?? {})) visit(sub, baseId, segments, inCondition);
    } finally {
      onStack.delete(node);
    }
  }

  function recordChoices(node, segments) {
    const values = [...(Array.isArray(node.enum) ? node.enum : [])];
    if ('const' in node) values.push(node.const);
    if ([node.type].flat().includes('boolean')) values.push(true, false);
    const name = segments.filter((s) => s !== ITEM && !/^\d+$/.test(s)).at(-1);
    for (const value of values) {
      if (!['string', 'boolean', 'number'].includes(typeof value)) continue;
      choices.set(`${name}=${value}`, { name, value: String(value), at: displayPath(segments) });
    }
  }

  visit(schema, schema.$id, [], false);
  return { properties: [...properties.values()], choices: [...choices.values()] };
}

const displayPath = (segments) => '/' + segments.map((s) => (s === ITEM ? '0' : s)).join('/');

// ---------------------------------------------------------------- lookup (the web app's rules)

// The row holding a property: the longest row pointer that is a proper prefix of its path.
function rowAround(segments, rows) {
  const plain = segments.filter((s) => s !== ITEM);
  let best = null;
  for (const row of rows) {
    const inside = row.segments.length <= plain.length && row.segments.every((s, i) => s === plain[i]);
    if (inside && (!best || row.segments.length > best.segments.length)) best = row;
  }
  return best && { row: best, rest: plain.slice(best.segments.length) };
}

// {key, label} from labels.json, {row} for a whole row, or {keys: [tried]} when missing.
function fieldLabel(labels, rows, segments) {
  const around = rowAround(segments, rows);
  if (around && around.rest.length === 0) return { row: around.row.id, label: around.row.label };
  const keys = [];
  if (around) keys.push(`${around.row.id}/${around.rest.join('/')}`);
  keys.push(bareName(segments));
  const key = keys.find((k) => Object.hasOwn(labels.fields, k));
  return key ? { key, label: labels.fields[key] } : { keys };
}

// bareName: the property's name; a statement of a fixed list is "<list name>/<index>".
function bareName(segments) {
  const plain = segments.filter((s) => s !== ITEM);
  const last = plain.at(-1);
  return /^\d+$/.test(last) ? `${plain.at(-2)}/${last}` : last;
}

function valueLabel(labels, name, value) {
  const keys = [`${name}=${value}`, value];
  const key = keys.find((k) => Object.hasOwn(labels.values, k));
  return key ? { key, label: labels.values[key] } : { keys };
}

const isLabel = (label) =>
  typeof label?.zh === 'string' && label.zh.trim() !== '' && typeof label?.en === 'string' && label.en.trim() !== '';

// ---------------------------------------------------------------- the checks

const labels = readJson(path.join(root, 'schemas/ui/labels.json'));
const forms = loadForms();
const byId = loadSchemas(forms.map((f) => f.schema));
for (const form of forms) Object.assign(form, walkForm(form.schema, byId));

// All lookups once: misses, and the labels.json keys actually used.
function audit() {
  const result = {
    fieldMisses: [],
    valueMisses: [],
    usedFields: new Set(),
    usedValues: new Set(),
    properties: 0,
    values: 0,
  };
  for (const form of forms) {
    for (const segments of form.properties) {
      result.properties++;
      const found = fieldLabel(labels, form.rows, segments);
      if (found.key) result.usedFields.add(found.key);
      if (!isLabel(found.label))
        result.fieldMisses.push(
          `${form.name} ${displayPath(segments)}: tried ${(found.keys ?? [found.key ?? found.row]).join(' | ')}`,
        );
    }
    for (const { name, value, at } of form.choices) {
      result.values++;
      const found = valueLabel(labels, name, value);
      if (found.key) result.usedValues.add(found.key);
      if (!isLabel(found.label))
        result.valueMisses.push(`${form.name} ${at} = ${value}: tried ${(found.keys ?? [found.key]).join(' | ')}`);
    }
  }
  return result;
}
const report = audit();

test('labels.json has the expected shape and every label is a non-empty zh and en string', () => {
  assert.equal(typeof labels.$comment, 'string');
  assert.deepEqual(Object.keys(labels).sort(), ['$comment', 'fields', 'guidance', 'values']);
  const bad = [];
  for (const part of ['fields', 'values']) {
    for (const [key, label] of Object.entries(labels[part])) {
      if (!isLabel(label) || Object.keys(label).some((k) => k !== 'zh' && k !== 'en')) bad.push(`${part}["${key}"]`);
    }
  }
  assert.deepEqual(bad, [], `labels that are not {zh, en} non-empty strings:\n${bad.join('\n')}`);
});

test('the walk finds the forms, their properties and their choices', () => {
  assert.equal(forms.length >= 4, true, `found ${forms.length} forms`);
  for (const form of forms) {
    assert.ok(form.properties.length > 20, `${form.name}: only ${form.properties.length} properties`);
    assert.ok(form.choices.length > 10, `${form.name}: only ${form.choices.length} choices`);
    // Every row pointer must be a property the walk reached, or the walk missed a branch.
    const reached = new Set(form.properties.map((s) => '/' + s.filter((x) => x !== ITEM).join('/')));
    const unreached = form.rows.filter((row) => !reached.has(row.pointer)).map((row) => row.pointer);
    assert.deepEqual(unreached, [], `${form.name}: rows the walk did not reach`);
  }
  assert.ok(report.properties > 100, `only ${report.properties} properties across forms`);
  assert.ok(report.values > 50, `only ${report.values} choice values across forms`);
});

test('every property of every form gets a zh and en label from labels.json', () => {
  assert.deepEqual(
    report.fieldMisses,
    [],
    `${report.fieldMisses.length} properties without a label:\n${report.fieldMisses.join('\n')}`,
  );
});

test('every enum, const and boolean value of every form gets a zh and en label', () => {
  assert.deepEqual(
    report.valueMisses,
    [],
    `${report.valueMisses.length} values without a label:\n${report.valueMisses.join('\n')}`,
  );
});

// Issue #11 (item 15): English mode showed the sections' introductions in Chinese.
test('every section introduction a form gives in Chinese only has its English in labels.json, and no other', () => {
  const needed = new Set(
    forms
      .flatMap((form) => form.guidance)
      .filter((pair) => !pair.en)
      .map((pair) => pair.zh),
  );
  const missing = [...needed].filter((zh) => typeof labels.guidance[zh] !== 'string' || labels.guidance[zh] === '');
  const unused = Object.keys(labels.guidance).filter((zh) => !needed.has(zh));
  assert.deepEqual({ missing, unused }, { missing: [], unused: [] });
});

test('labels.json has no key that no form uses', () => {
  const unusedFields = Object.keys(labels.fields).filter((k) => !report.usedFields.has(k));
  const unusedValues = Object.keys(labels.values).filter((k) => !report.usedValues.has(k));
  assert.deepEqual(
    { fields: unusedFields, values: unusedValues },
    { fields: [], values: [] },
    'unused labels.json keys',
  );
});
