// Node tests of the Embind bundle (wasm/bindings.cpp → yaosu.js + yaosu.wasm):
// real behaviour through the JavaScript API the web app uses. No npm packages.
//
//   node --no-experimental-fetch --test tests/wasm/bindings.test.mjs
//
// YAOSU_WASM_JS names the built yaosu.js (ctest sets it); by default the wasm
// preset's output, build/wasm/wasm/yaosu.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadYaosu } from './load_yaosu.mjs';

const yaosu = await loadYaosu();

function validate(schema, instanceText, options = {}) {
  const schemaText = typeof schema === 'string' ? schema : JSON.stringify(schema);
  return JSON.parse(yaosu.validate(schemaText, instanceText, JSON.stringify(options)));
}

const person = {
  type: 'object',
  properties: { name: { type: 'string' }, age: { type: 'integer', minimum: 0 } },
  required: ['name'],
};

test('version is the project version', () => {
  assert.match(yaosu.version(), /^\d+\.\d+\.\d+/);
});

test('a valid instance', () => {
  const r = validate(person, '{"name": "张三", "age": 30}');
  assert.equal(r.ok, true);
  assert.equal(r.valid, true);
  assert.deepEqual(r.diagnostics, []);
  assert.equal(r.output.valid, true);
});

test('an invalid instance names the code, the instance and the keyword', () => {
  const r = validate(person, '{"name": 5, "age": -1}');
  assert.equal(r.ok, true);
  assert.equal(r.valid, false);
  const type = r.diagnostics.find((d) => d.code === 'schema.type');
  assert.ok(type, JSON.stringify(r.diagnostics));
  assert.equal(type.instanceLocation, '/name');
  assert.equal(type.keywordLocation, '/properties/name/type');
  assert.equal(type.severity, 'error');
  const minimum = r.diagnostics.find((d) => d.code === 'schema.minimum');
  assert.ok(minimum, JSON.stringify(r.diagnostics));
  assert.equal(minimum.instanceLocation, '/age');
  assert.equal(r.output.valid, false);
});

test('a missing required property', () => {
  const r = validate(person, '{}');
  assert.equal(r.valid, false);
  const required = r.diagnostics.find((d) => d.code === 'schema.required');
  assert.ok(required, JSON.stringify(r.diagnostics));
  assert.equal(required.instanceLocation, '');
  assert.match(JSON.stringify(required.params), /"name"/);
  assert.equal(required.message.zh, '缺少必填项“name”');
  assert.equal(required.message.en, 'The required field "name" is missing');
});

test('malformed instance JSON reports line and column', () => {
  const r = validate(person, '{\n  "name": "张三",\n  "age": ,\n}');
  assert.equal(r.ok, false);
  assert.equal(r.stage, 'instance');
  assert.equal(r.valid, false);
  const [d] = r.diagnostics;
  assert.equal(d.code, 'json.syntax');
  assert.equal(d.params.line, 3);
  assert.equal(typeof d.params.column, 'number');
  assert.equal(d.params.column, 10); // the "," after "age":
});

test('malformed schema JSON is a schema diagnostic', () => {
  const r = validate('{"type": "string"', '"x"');
  assert.equal(r.ok, false);
  assert.equal(r.stage, 'schema');
  assert.equal(r.schemaDiagnostics[0].code, 'json.syntax');
});

test('a Chinese pattern matches code points', () => {
  const schema = { type: 'string', pattern: '^[\\u4e00-\\u9fa5]{2,4}$' };
  assert.equal(validate(schema, '"张三"').valid, true);
  assert.equal(validate(schema, '"欧阳娜娜"').valid, true);
  const one = validate(schema, '"张"');
  assert.equal(one.valid, false);
  assert.equal(one.diagnostics[0].code, 'schema.pattern');
  assert.equal(validate(schema, '"Zhang"').valid, false);
});

test('minLength and maxLength count code points, not bytes or UTF-16 units', () => {
  const schema = { type: 'string', minLength: 2, maxLength: 2 };
  assert.equal(validate(schema, '"张三"').valid, true); // 6 UTF-8 bytes
  assert.equal(validate(schema, '"😀😀"').valid, true); // 4 UTF-16 units
  const short = validate(schema, '"张"');
  assert.equal(short.valid, false);
  assert.equal(short.diagnostics[0].code, 'schema.minLength');
  assert.equal(validate(schema, '"😀"').valid, false);
  const long = validate(schema, '"张三丰"');
  assert.equal(long.diagnostics[0].code, 'schema.maxLength');
});

test('format is an annotation unless asked to assert', () => {
  const schema = { type: 'string', format: 'email' };
  assert.equal(validate(schema, '"not an email"').valid, true);
  const asserted = validate(schema, '"not an email"', { formatAssertion: true });
  assert.equal(asserted.valid, false);
  assert.equal(asserted.diagnostics[0].code, 'schema.format');
  assert.equal(validate(schema, '"zhang.san@example.com"', { formatAssertion: true }).valid, true);
});

test('bad options come back as diagnostics', () => {
  const r = JSON.parse(yaosu.validate('{}', '1', '{"formatAssertion": "yes"}'));
  assert.equal(r.ok, false);
  assert.equal(r.stage, 'options');
  assert.equal(r.schemaDiagnostics[0].code, 'options.invalid');
  assert.equal(r.schemaDiagnostics[0].params.field, 'formatAssertion');
  // A misspelt option is not silently ignored.
  const typo = JSON.parse(yaosu.validate('{}', '1', '{"formatAsertion": true}'));
  assert.equal(typo.stage, 'options');
  assert.equal(typo.schemaDiagnostics[0].params.field, 'formatAsertion');
  // Empty options mean the defaults.
  assert.equal(JSON.parse(yaosu.validate('{}', '1', '')).valid, true);
});

test('documents in the options are reachable by $ref', () => {
  const options = {
    documents: { 'https://yaosu.example/name.json': { type: 'string', minLength: 2 } },
  };
  const schema = { $ref: 'https://yaosu.example/name.json' };
  assert.equal(validate(schema, '"张三"', options).valid, true);
  assert.equal(validate(schema, '"张"', options).valid, false);
  const missing = validate(schema, '"张三"');
  assert.equal(missing.ok, false);
  assert.equal(missing.stage, 'schema');
  assert.ok(missing.schemaDiagnostics.length > 0);
});

test('Validator compiles once and validates many instances', () => {
  const v = new yaosu.Validator(JSON.stringify(person), '{}');
  try {
    assert.equal(v.ok(), true);
    assert.deepEqual(JSON.parse(v.schemaDiagnostics()), []);
    assert.equal(JSON.parse(v.validate('{"name": "李四"}')).valid, true);
    assert.equal(JSON.parse(v.validate('{"name": 1}')).valid, false);
    assert.equal(JSON.parse(v.validate('{"name": ')).stage, 'instance');
  } finally {
    v.delete();
  }
});

test('a broken schema gives a Validator that is not ok', () => {
  const v = new yaosu.Validator('{"type": 5}', '{}');
  try {
    assert.equal(v.ok(), false);
    assert.ok(JSON.parse(v.schemaDiagnostics()).length > 0);
    const r = JSON.parse(v.validate('1'));
    assert.equal(r.ok, false);
    assert.equal(r.stage, 'schema');
  } finally {
    v.delete();
  }
});

test('hostile input is a diagnostic, not a crash', () => {
  const deep = '['.repeat(100000) + ']'.repeat(100000);
  const r = validate({}, deep);
  assert.equal(r.ok, false);
  assert.equal(r.diagnostics[0].code, 'json.too_deep');
  // A lone surrogate is mangled by the JavaScript → UTF-8 conversion (here it
  // swallows the closing quote); the damage is still only a diagnostic.
  const bad = validate({ type: 'string' }, '"\uD800"');
  assert.equal(bad.ok, false);
  assert.equal(bad.diagnostics[0].code, 'json.syntax');
  // A megabyte string still validates.
  const big = validate({ type: 'string', maxLength: 10 }, JSON.stringify('字'.repeat(1 << 20)));
  assert.equal(big.valid, false);
  assert.equal(big.diagnostics[0].code, 'schema.maxLength');
  // The module is still usable afterwards.
  assert.equal(validate(person, '{"name": "王五"}').valid, true);
});

// wasm/text_in.js writes strings with TextEncoder; the engine must get the bytes Embind's own way gave.
test('strings reach the engine byte for byte', () => {
  const text = '张三 😀 é\u0000\u007f\u0800\uffff';
  assert.equal(validate({ const: text }, JSON.stringify(text)).valid, true);
  // Every unit of a 3-byte character: the room TextEncoder is given is filled exactly.
  const wide = '诉'.repeat(20000);
  assert.equal(validate({ const: wide, maxLength: 20000 }, JSON.stringify(wide)).valid, true);
  assert.equal(validate({ maxLength: 3 }, JSON.stringify('😀😀😀')).valid, true); // code points, not units
});

test('a lone surrogate is not replaced on the way in', () => {
  // Not UTF-16: Embind's own encoding is kept, and the engine sees broken text, never a silent U+FFFD.
  const r = validate(true, '"\uD83D"');
  assert.equal(r.ok, false);
  assert.equal(r.diagnostics[0].code, 'json.syntax');
});
