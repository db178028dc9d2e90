// The built wasm module for the Node tests of the bindings: YAOSU_WASM_JS
// names the built yaosu.js (default build/wasm/wasm/yaosu.js; ctest sets it).
// Under Node 20 the module is handed its .wasm bytes (it cannot fetch a file URL).
//
//   import { loadYaosu, repositoryRoot } from './load_yaosu.mjs';
//   const yaosu = await loadYaosu();                       // every case type's files added (as the page's
//                                                          // worker adds one when the page names it)
//   const bare = await loadYaosu({ formFiles: false });    // the wasm as it loads: case.json files only
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadWithFormFiles } from '../../web/server/form_index.mjs';

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const wasmJsPath = process.env.YAOSU_WASM_JS || path.join(repositoryRoot, 'build/wasm/wasm/yaosu.js');

export const loadYaosu = ({ formFiles = true } = {}) =>
  loadWithFormFiles(wasmJsPath, formFiles ? path.join(repositoryRoot, 'schemas') : null);
