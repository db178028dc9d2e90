// ESLint's flat config (`npm run lint`; scripts/test.sh runs it): the rules
// that find mistakes — ESLint's recommended set and a few more — over every
// script of the repository: the web app (browser, workers, the service worker,
// its Node server), the tests, the fuzz seeds and the scripts. How the code is
// laid out is Prettier's job (prettier.config.mjs), so the one layout rule here
// is the line width, for the comments Prettier does not wrap.
import js from '@eslint/js';
import globals from 'globals';

export default [
  // Build outputs and installed packages; the wasm glue is Emscripten's own output.
  { ignores: ['build/', 'node_modules/', '**/*.d.ts'] },

  js.configs.recommended,

  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module', globals: globals.node },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `catch (error)` whose error is not needed reads better as `catch {`, which the
      // code already uses; an unused parameter before a used one (`(_, index)`) is fine.
      'no-unused-vars': ['error', { args: 'after-used', caughtErrors: 'all', ignoreRestSiblings: true }],
      // `==` only where null and undefined mean the same (`value == null`).
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-var': 'error',
      'prefer-const': ['error', { destructuring: 'all' }],
      'no-shadow': ['error', { builtinGlobals: false, hoist: 'functions' }],
      'no-implicit-coercion': ['error', { allow: ['!!'] }],
      'object-shorthand': ['error', 'always', { avoidQuotes: true }],
      'no-throw-literal': 'error',
      'no-self-compare': 'error',
      'no-unmodified-loop-condition': 'error',
      // A name used before its definition in the same scope (a temporal dead zone); a
      // helper defined lower in the file and called later from a function is fine.
      'no-use-before-define': ['error', { functions: false, classes: false, variables: false }],
      // Comments up to Prettier's width too: Prettier holds the code to 120 columns (all
      // but a string it cannot break) but never wraps a comment. Lines of code are left to it.
      'max-len': ['error', { code: 120, tabWidth: 2, ignoreUrls: true, ignorePattern: '^\\s*(?!//|/\\*|\\*)' }],
    },
  },

  // The web app runs in the browser: pages, Web Workers, the service worker.
  {
    files: ['web/**/*.js'],
    languageOptions: { globals: { ...globals.browser, ...globals.worker } },
  },
  { files: ['web/sw.js'], languageOptions: { globals: globals.serviceworker } },
  // Its tiny static server runs in Node.
  { files: ['web/server/*.mjs'], languageOptions: { globals: globals.node } },

  // The browser tests are Node scripts whose page.evaluate() callbacks run in the page.
  {
    files: ['tests/browser/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    // A callback of page.evaluate(fn, { inputs }) runs in the page and receives the
    // test's values under their own names on purpose: there, shadowing is the idiom.
    rules: { 'no-shadow': 'off' },
  },

  // CommonJS: the CLI tests and the Unicode table generator (`require`, no `import`).
  {
    files: ['tests/cli/*.js', 'scripts/*.js'],
    languageOptions: { sourceType: 'commonjs' },
  },

  // Emscripten's --pre-js / --extern-pre-js fragments: pasted into the engine's glue,
  // where `Module` and `ENV` exist (tests/wasm/node_env.js), or at the top of the
  // ES module (wasm/node_shim.js, which defines `require` and `__dirname` for Node).
  {
    files: ['tests/wasm/node_env.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.node, Module: 'readonly', ENV: 'readonly' } },
  },
  {
    files: ['wasm/node_shim.js'],
    // `require` and `__dirname` are defined for the Emscripten glue that follows, not used here.
    rules: { 'no-unused-vars': ['error', { varsIgnorePattern: '^(require|__dirname)$' }] },
  },
  {
    // A --post-js fragment: the glue's own names are in scope (Embind's type registry, the heap, malloc).
    files: ['wasm/text_in.js'],
    languageOptions: {
      sourceType: 'script',
      globals: {
        ...globals.browser,
        addOnInit: 'readonly',
        registeredTypes: 'readonly',
        HEAPU8: 'readonly',
        HEAPU32: 'readonly',
        _malloc: 'readonly',
        _free: 'readonly',
      },
    },
  },
];
