// The built wasm module for the Node tests of the bindings: YAOSU_WASM_JS
// names the built yaosu.js (default build/wasm/wasm/yaosu.js; ctest sets it).
// Under Node 20 the module is handed its .wasm bytes (it cannot fetch a file URL).
//
//   import { loadYaosu, repositoryRoot } from './load_yaosu.mjs';
//   const yaosu = await loadYaosu();                       // every case type's files added (as the page's
//                                                          // worker adds one when the page names it)
//   const bare = await loadYaosu({ formFiles: false });    // the wasm as it loads: case.json files only
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formBundles } from '../../web/server/form_bundles.mjs';

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const wasmJsPath = process.env.YAOSU_WASM_JS || path.join(repositoryRoot, 'build/wasm/wasm/yaosu.js');

export async function loadYaosu({ formFiles = true } = {}) {
  const { default: createYaosu } = await import(pathToFileURL(wasmJsPath).href);
  const yaosu = await createYaosu({ wasmBinary: readFileSync(wasmJsPath.replace(/\.js$/, '.wasm')) });
  if (formFiles) {
    for (const [folder, bundle] of formBundles(path.join(repositoryRoot, 'schemas'))) {
      const added = JSON.parse(yaosu.addFormFiles(bundle));
      if (!added.ok) throw new Error(`${folder}: ${JSON.stringify(added.diagnostics)}`);
    }
  }
  return yaosu;
}
