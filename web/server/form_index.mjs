// The list of forms the start page, the staff view and batch filing show
// (forms/index.json): the engine's own `cases()` — every current form's
// summary: id, title, template, rows, cause, keywords — asked once at build
// time of the built wasm with every case type's files added, because the
// app's wasm carries none of them until the page names one
// (form_bundles.mjs). The worker answers `cases` with this file.
//
//   node web/server/form_index.mjs build/web/engine/yaosu.js schemas build/web/forms/index.json
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formBundles } from './form_bundles.mjs';

// loadWithFormFiles: the built wasm at `wasmJs` in Node (its .wasm bytes handed over), with every
// bundle of `schemas` added — or none, `schemas` null: as the page's wasm starts. The Node tests load it so too.
export async function loadWithFormFiles(wasmJs, schemas) {
  const { default: createYaosu } = await import(pathToFileURL(path.resolve(wasmJs)).href);
  const yaosu = await createYaosu({ wasmBinary: fs.readFileSync(wasmJs.replace(/\.js$/, '.wasm')) });
  for (const [folder, bundle] of schemas ? formBundles(schemas) : []) {
    const added = JSON.parse(yaosu.addFormFiles(bundle));
    if (!added.ok) throw new Error(`${folder}: ${JSON.stringify(added.diagnostics)}`);
  }
  return yaosu;
}

// formIndex: the text of cases() of the wasm at `wasmJs` once every bundle of `schemas` is added.
export async function formIndex(wasmJs, schemas) {
  return (await loadWithFormFiles(wasmJs, schemas)).cases();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [wasmJs, schemas, out] = process.argv.slice(2);
  if (!wasmJs || !schemas || !out || !fs.existsSync(wasmJs) || !fs.existsSync(schemas)) {
    console.error('usage: node web/server/form_index.mjs YAOSU_JS SCHEMAS_FOLDER OUTPUT_FILE');
    process.exit(2);
  }
  const index = await formIndex(wasmJs, schemas);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, index);
  console.log(`form index: ${JSON.parse(index).length} forms in ${out}`);
}
