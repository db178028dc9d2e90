// Yaosu's wasm build in Node on the corpus: the Embind Validator of
// wasm/bindings.cpp, text in and result text out, with format assertion on and
// the set's documents passed as options. Loaded as tests/wasm/*.test.mjs load
// it: the .wasm bytes handed over as wasmBinary (the loader's own fetch() of a
// path does not work in Node).
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

import { documentsOf, instanceTexts, microsPerItem } from './timing.mjs';

export async function loadYaosu(jsPath) {
  const { default: createYaosu } = await import(pathToFileURL(jsPath).href);
  return createYaosu({ wasmBinary: await readFile(jsPath.replace(/\.js$/, '.wasm')) });
}

export function measureWasm(yaosu, manifest, minSeconds) {
  return manifest.sets.map((set) => {
    const options = JSON.stringify({ formatAssertion: set.formatAssertion, documents: documentsOf(set) });
    const validator = new yaosu.Validator(readFileSync(set.schema, 'utf8'), options);
    if (!validator.ok()) throw new Error(`wasm: ${set.schema} does not compile: ${validator.schemaDiagnostics()}`);
    const texts = instanceTexts(set);
    const verdicts = texts.map((text) => (JSON.parse(validator.validate(text)).valid ? '1' : '0')).join('');
    let sink = 0;
    const textUs = microsPerItem(texts.length, minSeconds, () => {
      for (const text of texts) sink += validator.validate(text).length;
    });
    validator.delete();
    return { name: set.name, count: texts.length, text_us: textUs, verdicts, sink };
  });
}
