// The app's one engine, started as the page begins: index.html loads this
// module on its own (async), so the worker and its wasm load while the page's
// other modules are still arriving; app.js imports the same instance.
import { Engine } from './engine.js';

export const engine = new Engine();
