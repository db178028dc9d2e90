// The case-type corpus: every shipped form's expanded schema (written by
// `yaosu cases --expand`) with its examples, valid ones and seeded faults
// (tests/cases/examples/<type>/<form>/), and size steps grown from one valid
// example, from the smallest valid example of all up to 50 parties per side and
// 500 evidence rows.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const jsonFiles = (folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => path.join(folder, name));

// The form grown into size steps, and the steps: parties per side, evidence rows.
const GROWN = { caseType: 'private-lending', form: 'complaint' };
const STEPS = [
  [1, 10],
  [5, 50],
  [10, 100],
  [25, 250],
  [50, 500],
];

// expandForms: runs `yaosu cases --expand` into `folder` and lists its forms.
export function expandForms(yaosu, folder) {
  rmSync(folder, { recursive: true, force: true });
  const run = spawnSync(yaosu, ['cases', '--expand', folder], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`yaosu cases --expand failed: ${run.stderr}`);
  const forms = [];
  for (const caseType of readdirSync(folder).sort()) {
    for (const version of readdirSync(path.join(folder, caseType)).sort()) {
      for (const form of readdirSync(path.join(folder, caseType, version)).sort()) {
        forms.push({ caseType, version, form, schema: path.join(folder, caseType, version, form, 'schema.json') });
      }
    }
  }
  return forms;
}

// commonDocuments: the shared schemas a form's `$ref`s reach, by their `$id`.
export function commonDocuments(root) {
  return jsonFiles(path.join(root, 'schemas/common'))
    .map((file) => ({ uri: readJson(file).$id, path: file }))
    .filter((document) => document.uri);
}

// exampleInstances: the form's examples, valid ones then the seeded faults.
export function exampleInstances(root, caseType, form) {
  const folder = path.join(root, 'tests/cases/examples', caseType, form);
  return [
    ...jsonFiles(path.join(folder, 'valid')).map((file) => ({ file, instance: readJson(file) })),
    ...jsonFiles(path.join(folder, 'invalid')).map((file) => ({ file, instance: readJson(file).instance })),
  ];
}

// Grow: `example` with `parties` plaintiffs and defendants and `rows` evidence
// rows, copies of its own told apart by number.
function grow(example, parties, rows) {
  const form = structuredClone(example);
  const copies = (list, count, vary) =>
    Array.from({ length: count }, (_, i) => vary(structuredClone(list[i % list.length]), i));
  form.plaintiffs = copies(example.plaintiffs, parties, (party) => party);
  form.defendants = copies(example.defendants, parties, (party) => party);
  form.facts.evidence = copies(example.facts.evidence, rows, (row, i) => ({ ...row, name: `${row.name}（${i + 1}）` }));
  return form;
}

// sizeSteps: [{label, caseType, form, instance}] from the smallest valid example
// of all forms to the grown form with 50 parties per side and 500 evidence rows.
export function sizeSteps(root, forms) {
  let smallest = null;
  for (const { caseType, form } of forms) {
    for (const { file, instance } of exampleInstances(root, caseType, form)) {
      if (!file.includes(`${path.sep}valid${path.sep}`)) continue;
      const bytes = JSON.stringify(instance).length;
      if (!smallest || bytes < smallest.bytes) smallest = { caseType, form, instance, bytes };
    }
  }
  const steps = [{ label: `smallest valid example (${smallest.caseType} ${smallest.form})`, ...smallest }];
  const example = exampleInstances(root, GROWN.caseType, GROWN.form)[0].instance;
  for (const [parties, rows] of STEPS) {
    steps.push({
      label: `${GROWN.caseType} ${GROWN.form}, ${parties} per side, ${rows} evidence rows`,
      ...GROWN,
      instance: grow(example, parties, rows),
    });
  }
  return steps;
}
