// --extern-pre-js of yaosu.js: Emscripten 3.1.6's ES module output still uses
// the CommonJS names `require` and `__dirname` when it runs under Node, and
// neither exists in an ES module. Define them at module scope, for Node only;
// in browsers and workers they stay unused.
const yaosuInNode =
  typeof process === 'object' && typeof process.versions === 'object' && typeof process.versions.node === 'string';
const require = yaosuInNode ? (await import('node:module')).createRequire(import.meta.url) : undefined;
const __dirname = yaosuInNode ? require('node:path').dirname(require('node:url').fileURLToPath(import.meta.url)) : '';
