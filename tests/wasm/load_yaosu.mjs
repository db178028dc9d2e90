// The built wasm module for the Node tests of the bindings: YAOSU_WASM_JS
// names the built yaosu.js (default build/wasm/wasm/yaosu.js; ctest sets it).
// Under Node 20 the module is handed its .wasm bytes (it cannot fetch a file URL).
//
//   import { loadYaosu, repositoryRoot } from './load_yaosu.mjs';
//   const yaosu = await loadYaosu();
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const wasmJsPath = process.env.YAOSU_WASM_JS || path.join(repositoryRoot, 'build/wasm/wasm/yaosu.js');

export async function loadYaosu() {
  const { default: createYaosu } = await import(pathToFileURL(wasmJsPath).href);
  return createYaosu({ wasmBinary: readFileSync(wasmJsPath.replace(/\.js$/, '.wasm')) });
}
