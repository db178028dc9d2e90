// Writes each fuzz target's seed corpus from what the repository already holds,
// so the corpora are never copied into git:
//   json_parse      every JSON file of schemas/ and tests/, plus the hostile corpus
//   schema_compile  the shipped schemas and every schema of the JSON Schema test suite
//   case_validate   the examples' filled forms (valid and seeded faults)
//   jsonlogic       [rule, data] from the JsonLogic compatibility suites and the case types' rules
//   verify, render  the published filings (tests/filing/published/*/filings) and the hostile corpus's
//                   filing of an unknown version
//   compare         [complaint, answer] pairs of those filings
//   batch_table     信用卡纠纷 complaints (valid and seeded faults) as batch tables, one row each and all in one
// and every target's regressions (fuzz/regressions/<target>/, the inputs that once failed).
//
//   node fuzz/seed_corpora.mjs OUT [CONFORMANCE_DIR]
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tableOf } from '../tests/cases/batch_table.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [out, conformance = path.join(root, '../shared/conformance')] = process.argv.slice(2);
if (!out) {
  console.error('usage: node fuzz/seed_corpora.mjs OUT [CONFORMANCE_DIR]');
  process.exit(2);
}

// jsonFiles: every .json file under `folder` (none when it is missing).
function jsonFiles(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true })
    .map((name) => path.join(folder, name))
    .filter((file) => file.endsWith('.json') && statSync(file).isFile())
    .sort();
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

const counts = {};
// add: one seed (bytes, text or a value), named by its content so the same seed twice is one file.
function add(target, content) {
  const bytes = Buffer.isBuffer(content)
    ? content
    : Buffer.from(typeof content === 'string' ? content : JSON.stringify(content));
  const folder = path.join(out, target);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, createHash('sha1').update(bytes).digest('hex')), bytes);
  counts[target] = (counts[target] ?? 0) + 1;
}

const rulesOf = (value, found = []) => {
  if (Array.isArray(value)) value.forEach((item) => rulesOf(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, member] of Object.entries(value)) {
      if ((key === 'when' || key === 'expression') && member && typeof member === 'object') found.push(member);
      rulesOf(member, found);
    }
  }
  return found;
};

// json_parse: every JSON text as it is written, hostile inputs included.
for (const file of [...jsonFiles(path.join(root, 'schemas')), ...jsonFiles(path.join(root, 'tests/cases'))]) {
  add('json_parse', readFileSync(file, 'utf8'));
}
// The hostile corpus's inputs, as the bytes they stand for (a 10 MB repeat is left to the unit test).
const hostile = readJson(path.join(root, 'tests/hostile/corpus.json'));
for (const input of hostile?.inputs ?? []) {
  if ('text' in input) add('json_parse', input.text);
  if ('hex' in input) add('json_parse', Buffer.from(input.hex, 'hex'));
}
for (const text of hostile?.texts ?? [])
  add('case_validate', { plaintiffs: [{ kind: 'natural_person', name: text.text }] });

// schema_compile: shipped schemas and the test suite's.
for (const file of jsonFiles(path.join(root, 'schemas'))) {
  const schema = readJson(file);
  if (schema && typeof schema === 'object' && ('$schema' in schema || 'properties' in schema || '$defs' in schema))
    add('schema_compile', schema);
}
for (const file of jsonFiles(path.join(conformance, 'json-schema-test-suite/tests/draft2020-12'))) {
  for (const group of readJson(file) ?? []) add('schema_compile', group.schema);
}

// case_validate: filled forms.
for (const file of jsonFiles(path.join(root, 'tests/cases/examples'))) {
  const example = readJson(file);
  add('case_validate', file.includes(`${path.sep}invalid${path.sep}`) ? example.instance : example);
}

// jsonlogic: the compatibility suites' cases and the case types' own expressions over an example.
for (const file of jsonFiles(path.join(conformance, 'jsonlogic-compat/suites'))) {
  for (const entry of readJson(file) ?? []) {
    if (entry && typeof entry === 'object' && 'rule' in entry) add('jsonlogic', [entry.rule, entry.data ?? null]);
  }
}
// The case types' rules over the parts of an example they read (small seeds mutate faster).
const lendingExample = readJson(
  path.join(root, 'tests/cases/examples/private-lending/complaint/valid/transfer-loan-overdue.json'),
);
const lendingData = {
  facts: lendingExample.facts,
  claims: lendingExample.claims,
  signature: lendingExample.signature,
  computed: {},
};
for (const rule of rulesOf(readJson(path.join(root, 'schemas/cases/private-lending/complaint.rules.json'))))
  add('jsonlogic', [rule, lendingData]);

// verify, render, compare: the published filings.
const filings = jsonFiles(path.join(root, 'tests/filing/published')).filter((file) =>
  file.includes(`${path.sep}filings${path.sep}`),
);
// And the hostile corpus's filing whose digest matches but whose version is not installed.
for (const file of [...filings, path.join(root, 'tests/hostile/unknown-version.filing.json')]) {
  const text = readFileSync(file, 'utf8');
  add('verify', text);
  add('render', text);
}
const byName = (form) => filings.filter((file) => path.basename(file).includes(`.${form}.`));
for (const complaint of byName('complaint').filter((_, i) => i % 4 === 0)) {
  for (const answer of byName('answer').filter((_, i) => i % 4 === 0)) {
    if (path.dirname(complaint) !== path.dirname(answer)) continue;
    if (path.basename(complaint).split('.')[0] !== path.basename(answer).split('.')[0]) continue;
    add('compare', `[${readFileSync(complaint, 'utf8')},${readFileSync(answer, 'utf8')}]`);
  }
}

// batch_table: 信用卡纠纷 complaints as tables (keys as the header, cells as a bank's export writes them).
const cardComplaints = jsonFiles(path.join(root, 'tests/cases/examples/credit-card/complaint')).map((file) => {
  const example = readJson(file);
  return file.includes(`${path.sep}invalid${path.sep}`) ? example.instance : example;
});
for (const instance of cardComplaints) add('batch_table', tableOf([instance]));
add('batch_table', tableOf(cardComplaints));

// Regressions: the inputs that once failed, for every target.
const regressions = path.join(root, 'fuzz/regressions');
if (existsSync(regressions)) {
  for (const target of readdirSync(regressions).filter((name) =>
    statSync(path.join(regressions, name)).isDirectory(),
  )) {
    for (const name of readdirSync(path.join(regressions, target)))
      add(target, readFileSync(path.join(regressions, target, name)));
  }
}

console.log(
  Object.entries(counts)
    .map(([target, n]) => `${target}: ${n}`)
    .join(', '),
);
