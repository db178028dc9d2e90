// Writes the benchmark corpus to build/bench-corpus/ (never committed): the
// fixed complaint corpus and the case-type corpus, each set a schema, the
// documents its `$ref`s reach and a JSON Lines file of instances, listed in
// manifest.json, which every engine's measurement reads. Same seed, same bytes.
//
//   node bench/corpus/generate.mjs path/to/yaosu [OUT]
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { commonDocuments, exampleInstances, expandForms, sizeSteps } from './case_type_sets.mjs';
import { complaints } from './complaint_instances.mjs';
import { seededRandom } from './random.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const SEED = 15;
const COMPLAINTS = 20000;

export function generateCorpus(yaosu, out = path.join(root, 'build/bench-corpus')) {
  mkdirSync(path.join(out, 'instances'), { recursive: true });
  const sets = [];
  const addSet = (set, instances) => {
    const texts = instances.map((instance) => JSON.stringify(instance));
    const file = path.join(out, 'instances', `${set.name.replace(/[^a-z0-9-]+/gi, '_')}.jsonl`);
    writeFileSync(file, texts.join('\n') + '\n');
    const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / texts.length;
    sets.push({ ...set, instances: file, count: texts.length, bytes: Math.round(bytes), formatAssertion: true });
  };

  const fixed = complaints(seededRandom(SEED), COMPLAINTS);
  addSet({ name: 'complaint', group: 'fixed', schema: path.join(here, 'complaint.schema.json'), documents: [] }, fixed);

  const documents = commonDocuments(root);
  const forms = expandForms(yaosu, path.join(out, 'expanded'));
  for (const { caseType, form, schema } of forms) {
    const instances = exampleInstances(root, caseType, form).map((example) => example.instance);
    addSet({ name: `examples ${caseType} ${form}`, group: 'examples', schema, documents }, instances);
  }
  const schemaOf = (caseType, form) => forms.find((f) => f.caseType === caseType && f.form === form).schema;
  for (const step of sizeSteps(root, forms)) {
    addSet({ name: `size ${step.label}`, group: 'size', schema: schemaOf(step.caseType, step.form), documents }, [
      step.instance,
    ]);
  }
  const manifest = { seed: SEED, forms: forms.map(({ caseType, form }) => ({ caseType, form })), sets };
  writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [yaosu, out] = process.argv.slice(2);
  if (!yaosu) {
    console.error('usage: node bench/corpus/generate.mjs path/to/yaosu [OUT]');
    process.exit(2);
  }
  const { sets } = generateCorpus(yaosu, out && path.resolve(out));
  console.log(`bench corpus: ${sets.length} sets, ${sets.reduce((sum, set) => sum + set.count, 0)} instances`);
}
