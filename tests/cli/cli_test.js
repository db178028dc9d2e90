#!/usr/bin/env node
// End-to-end test of the `yaosu` command: a scripted Bowtie harness session
// (protocol version 1) and the exit codes and output of `yaosu validate`.
//
//   node tests/cli/cli_test.js path/to/yaosu
//
// Prints one line per check and exits 1 if any failed.
'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { yaosuUnderTest, runYaosu, check, finish } = require('./support.js');

const yaosu = yaosuUnderTest();

const DIALECT = 'https://json-schema.org/draft/2020-12/schema';
function run(args, input) {
  return runYaosu(yaosu, args, input);
}

// bowtieSession: sends `requests` (one JSON per line) and returns the process
// result with its replies parsed.
function bowtieSession(requests) {
  const input = requests.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n';
  const result = run(['bowtie'], input);
  const lines = result.stdout.split('\n').filter((line) => line.trim() !== '');
  return { ...result, replies: lines.map((line) => JSON.parse(line)) };
}

// ---- Bowtie harness ----------------------------------------------------------

check('bowtie: a full session (start, dialect, runs with a registry, an errored case, stop)', () => {
  const session = bowtieSession([
    { cmd: 'start', version: 1 },
    { cmd: 'dialect', dialect: DIALECT },
    { cmd: 'dialect', dialect: 'http://json-schema.org/draft-07/schema#' },
    {
      cmd: 'run',
      seq: 1,
      case: {
        description: 'a $ref into the registry',
        schema: { $ref: 'http://example.com/string.json' },
        registry: { 'http://example.com/string.json': { type: 'string', minLength: 2 } },
        tests: [
          { description: 'two code points', instance: '张三' },
          { description: 'one code point', instance: '张' },
          { description: 'not a string', instance: 12 },
        ],
      },
    },
    {
      cmd: 'run',
      seq: 2,
      case: {
        description: 'an unresolvable $ref',
        schema: { $ref: 'http://example.com/missing.json' },
        tests: [{ description: 'anything', instance: 1 }],
      },
    },
    {
      cmd: 'run',
      seq: 3,
      case: {
        description: 'the harness goes on after an errored case',
        schema: { const: 37 },
        tests: [
          { description: 'not 37', instance: {} },
          { description: 'is 37', instance: 37 },
        ],
      },
    },
    {
      cmd: 'run',
      seq: 4,
      case: {
        description: 'registries do not leak between cases',
        schema: { $ref: 'http://example.com/string.json' },
        tests: [{ description: 'a string', instance: 'ab' }],
      },
    },
    {
      cmd: 'run',
      seq: 'seq-5',
      case: {
        description: 'schemas without $schema are 2020-12',
        schema: { prefixItems: [{ type: 'integer' }] },
        registry: null,
        tests: [{ description: 'prefixItems applies', instance: ['x'] }],
      },
    },
    { cmd: 'stop' },
    { cmd: 'run', seq: 99, case: { description: 'after stop', schema: {}, tests: [{ instance: 1 }] } },
  ]);
  assert.equal(session.status, 0, `exit status (stderr: ${session.stderr})`);
  assert.equal(session.replies.length, 8, 'one reply per request before stop, none for stop or after it');

  const [started, dialectOk, dialectOther, run1, run2, run3, run4, run5] = session.replies;
  assert.equal(started.version, 1);
  const impl = started.implementation;
  assert.equal(impl.name, 'yaosu');
  assert.equal(impl.language, 'c++');
  assert.deepEqual(impl.dialects, [DIALECT]);
  for (const key of ['version', 'homepage', 'issues', 'source', 'os', 'os_version', 'language_version']) {
    assert.equal(typeof impl[key], 'string', `implementation.${key}`);
  }
  assert.deepEqual(dialectOk, { ok: true });
  assert.deepEqual(dialectOther, { ok: false });
  assert.deepEqual(run1, { seq: 1, results: [{ valid: true }, { valid: false }, { valid: false }] });
  assert.equal(run2.seq, 2);
  assert.equal(run2.errored, true, `seq 2 answered ${JSON.stringify(run2)}`);
  assert.equal(typeof run2.context.message, 'string');
  assert.deepEqual(run3, { seq: 3, results: [{ valid: false }, { valid: true }] });
  assert.equal(run4.seq, 4);
  assert.equal(run4.errored, true, `seq 4 answered ${JSON.stringify(run4)}`);
  assert.deepEqual(run5, { seq: 'seq-5', results: [{ valid: false }] });
});

check('bowtie: a malformed case is answered as errored, not a crash', () => {
  const session = bowtieSession([
    { cmd: 'start', version: 1 },
    { cmd: 'run', seq: 7, case: { description: 'no tests', schema: {} } },
    { cmd: 'stop' },
  ]);
  assert.equal(session.status, 0);
  assert.equal(session.replies[1].seq, 7);
  assert.equal(session.replies[1].errored, true);
});

check('bowtie: end of input without stop exits 0', () => {
  const session = bowtieSession([{ cmd: 'start', version: 1 }]);
  assert.equal(session.status, 0);
  assert.equal(session.replies.length, 1);
});

for (const [name, requests] of [
  ['a request before start', [{ cmd: 'run', seq: 1, case: { description: 'x', schema: {}, tests: [] } }]],
  ['an unsupported protocol version', [{ cmd: 'start', version: 2 }]],
  ['an unparseable line', [{ cmd: 'start', version: 1 }, '{"cmd": "run", ']],
  ['an unknown command', [{ cmd: 'start', version: 1 }, { cmd: 'explode' }]],
  [
    'a run without seq',
    [
      { cmd: 'start', version: 1 },
      { cmd: 'run', case: {} },
    ],
  ],
]) {
  check(`bowtie: ${name} ends the harness with status 2 and a message`, () => {
    const session = bowtieSession(requests);
    assert.equal(session.status, 2);
    assert.match(session.stderr, /yaosu bowtie: /);
  });
}

// ---- yaosu validate ------------------------------------------------------------

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yaosu-cli-test-'));
function write(name, text) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

const schema = write(
  'schema.json',
  JSON.stringify({
    type: 'object',
    required: ['name'],
    properties: { name: { $ref: 'https://example.com/name.json' } },
  }),
);
const nameSchema = write('name.json', JSON.stringify({ type: 'string', minLength: 2 }));
const ref = `--ref=https://example.com/name.json=${nameSchema}`;
const valid = write('valid.json', '{"name": "张三"}');
const invalid = write('invalid.json', '{"name": "张"}');
const malformed = write('malformed.json', '{\n  "name": "张三",\n  oops\n}');
const dateSchema = write('date-schema.json', '{"format": "date"}');
const badDate = write('bad-date.json', '"2024-13-45"');
const brokenSchema = write('broken-schema.json', '{"$ref": "https://example.com/nowhere.json"}');

check('validate: a valid instance exits 0', () => {
  const result = run(['validate', '--schema', schema, ref, valid]);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /valid\.json: valid/);
});

check('validate: an invalid instance exits 1 and names the failing keyword', () => {
  const result = run(['validate', '--schema', schema, ref, invalid]);
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stdout, /invalid\.json: invalid/);
  assert.match(result.stdout, /\/name: /);
  assert.match(result.stdout, /minLength/);
});

check('validate: valid and invalid together exit 1', () => {
  assert.equal(run(['validate', '--schema', schema, ref, valid, invalid]).status, 1);
});

check('validate: - reads the instance from stdin', () => {
  const result = run(['validate', '--schema', schema, ref, '-'], '{"name": "ab"}');
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /<stdin>: valid/);
});

check('validate: --json prints the basic output, one line per instance', () => {
  const result = run(['validate', '--json', '--schema', schema, ref, valid, invalid]);
  assert.equal(result.status, 1, result.stderr);
  const lines = result.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  assert.equal(lines.length, 2);
  assert.equal(lines[0].valid, true);
  assert.equal(lines[0].instance, valid);
  assert.equal(lines[1].valid, false);
  assert.ok(Array.isArray(lines[1].errors) && lines[1].errors.length > 0, JSON.stringify(lines[1]));
  assert.ok(
    lines[1].errors.some((e) => e.instanceLocation === '/name'),
    JSON.stringify(lines[1]),
  );
});

check('validate: --format-assertion turns format into an assertion', () => {
  assert.equal(run(['validate', '--schema', dateSchema, badDate]).status, 0);
  assert.equal(run(['validate', '--format-assertion', '--schema', dateSchema, badDate]).status, 1);
});

check('validate: malformed JSON exits 2 with file, line and column', () => {
  const result = run(['validate', '--schema', schema, ref, valid, malformed]);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /malformed\.json:3:\d+: malformed JSON/);
  assert.match(result.stdout, /valid\.json: valid/, 'the other instances are still checked');
});

check('validate: an unreadable instance exits 2', () => {
  const result = run(['validate', '--schema', schema, ref, path.join(dir, 'missing.json')]);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /cannot open .*missing\.json/);
});

check('validate: a folder as instance exits 2', () => {
  const result = run(['validate', '--schema', schema, ref, dir]);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /is a directory/);
});

check('validate: a schema that does not compile exits 2', () => {
  const result = run(['validate', '--schema', brokenSchema, valid]);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /does not compile/);
});

check('validate: a malformed schema exits 2', () => {
  assert.equal(run(['validate', '--schema', malformed, valid]).status, 2);
});

for (const [name, args] of [
  ['no command', []],
  ['an unknown command', ['frobnicate']],
  ['validate without --schema', ['validate', valid]],
  ['validate without instances', ['validate', '--schema', schema]],
  ['validate with an unknown option', ['validate', '--schema', schema, '--frob', valid]],
  ['--ref without =', ['validate', '--schema', schema, '--ref', 'nothing', valid]],
  ['stdin named twice', ['validate', '--schema', '-', '-']],
]) {
  check(`usage: ${name} exits 2`, () => {
    const result = run(args);
    assert.equal(result.status, 2, `stdout: ${result.stdout} stderr: ${result.stderr}`);
    assert.notEqual(result.stderr, '');
  });
}

check('help and version exit 0', () => {
  assert.equal(run(['help']).status, 0);
  assert.equal(run(['validate', '--help']).status, 0);
  assert.match(run(['--version']).stdout, /^yaosu \d+\.\d+\.\d+/);
});

fs.rmSync(dir, { recursive: true, force: true });
finish('all yaosu command checks passed');
