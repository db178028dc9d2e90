// Pre-js for the wasm test binaries: hand Node's environment (CI=true among it)
// to the module's getenv(), which otherwise sees only Emscripten's defaults.
Module['preRun'] = Module['preRun'] || [];
Module['preRun'].push(function () {
  if (typeof process !== 'undefined') Object.assign(ENV, process.env);
});
