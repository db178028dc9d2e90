// The schema tool's Web Worker (validator.html): loads yaosu.wasm once and answers validation
// requests, so typing never waits on the engine. It keeps the last compiled
// schema (an Embind Validator) and recompiles only when the schema or the
// options change.
//
//   → {id, schema, instance, options}       (texts; options as JSON text)
//   ← {id, result}                           (result: parsed YaosuResult, see wasm/yaosu.d.ts)
//   ← {ready: true, version} | {fatal: message}
import createYaosu from '../engine/yaosu.js';

const enginePromise = createYaosu();
let compiled = null; // {key, validator}

function validatorFor(yaosu, schema, options) {
  const key = JSON.stringify([schema, options]);
  if (compiled && compiled.key === key) return compiled.validator;
  if (compiled) compiled.validator.delete();
  compiled = { key, validator: new yaosu.Validator(schema, options) };
  return compiled.validator;
}

enginePromise.then(
  (yaosu) => postMessage({ ready: true, version: yaosu.version() }),
  (error) => postMessage({ fatal: String(error) }),
);

self.onmessage = async (event) => {
  const { id, schema, instance, options } = event.data;
  const yaosu = await enginePromise;
  const validator = validatorFor(yaosu, schema, options);
  postMessage({ id, result: JSON.parse(validator.validate(instance)) });
};
