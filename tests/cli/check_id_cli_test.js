#!/usr/bin/env node
// End-to-end test of `yaosu check-id`: kind detection, what each identifier
// encodes, the --json shape, and the exit codes (0 valid, 1 invalid, 2 usage).
// Check characters are worked out by hand in tests/law/identifiers_test.cpp.
//
//   node tests/cli/check_id_cli_test.js path/to/yaosu
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { yaosuUnderTest, runYaosu } = require('./support.js');

const yaosu = yaosuUnderTest();

// A fixed "today", so birth dates in the future stay in the future.
const AS_OF = ['--as-of', '2025-06-01'];

function run(args, input) {
  return runYaosu(yaosu, ['check-id', ...args], input);
}

function json(value) {
  const result = run([value, '--json', ...AS_OF]);
  assert.equal(result.stderr, '');
  return { status: result.status, report: JSON.parse(result.stdout) };
}

test('the GB 11643 example decodes: Beijing Chaoyang, 1949-12-31, female', () => {
  const { status, report } = json('11010519491231002X');
  assert.equal(status, 0);
  assert.equal(report.kind, 'cn-resident-id');
  assert.equal(report.valid, true);
  assert.equal(report.reason, null);
  assert.equal(report.region, '110105');
  assert.equal(report.birth_date, '1949-12-31');
  assert.equal(report.sex, 'female');
  assert.equal(report.legacy, false);
});

test('a wrong check character exits 1 and names the expected one', () => {
  const { status, report } = json('110105194912310031');
  assert.equal(status, 1);
  assert.equal(report.valid, false);
  assert.equal(report.reason, 'check_character');
  assert.equal(report.params.expected, '8');
  assert.match(report.message.zh, /应为 8/);
  assert.equal(report.sex, 'male');
});

test('30 February is not a birth date', () => {
  const { status, report } = json('110105199002300028');
  assert.equal(status, 1);
  assert.equal(report.reason, 'birth_date');
  assert.equal(report.birth_date, null);
});

test('a birth date after --as-of is rejected', () => {
  const result = run(['440301202412310014', '--json', '--as-of', '2024-12-30']);
  assert.equal(result.status, 1);
  assert.equal(JSON.parse(result.stdout).reason, 'birth_date_in_future');
  assert.equal(run(['440301202412310014', '--as-of', '2024-12-31']).status, 0);
});

test('a 15-digit legacy number is recognised', () => {
  const { status, report } = json('110105491231002');
  assert.equal(status, 0);
  assert.equal(report.legacy, true);
  assert.equal(report.birth_date, '1949-12-31');
});

test('a unified social credit code is recognised and decoded', () => {
  const { status, report } = json('91350100M000100Y43');
  assert.equal(status, 0);
  assert.equal(report.kind, 'cn-uscc');
  assert.equal(report.region, '350100');
  assert.equal(report.registration_authority.code, '9');
  assert.equal(report.organization_type.name, '企业');
  assert.equal(report.sex, null);
  const wrong = json('91350100M000100Y44');
  assert.equal(wrong.status, 1);
  assert.equal(wrong.report.params.expected, '3');
});

test('mobile numbers: a usual prefix, and an unusual one that only warns', () => {
  assert.equal(json('13800138000').report.kind, 'cn-mobile');
  assert.equal(json('13800138000').report.reason, null);
  const unusual = json('12012345678');
  assert.equal(unusual.status, 0);
  assert.equal(unusual.report.valid, true);
  assert.equal(unusual.report.severity, 'warning');
  assert.equal(unusual.report.reason, 'unusual_prefix');
});

test('landline numbers with area code and extension', () => {
  const { status, report } = json('0472-5123456-8');
  assert.equal(status, 0);
  assert.equal(report.kind, 'cn-landline');
  assert.equal(report.area_code, '0472');
  assert.equal(report.extension, '8');
  assert.equal(json('010-6234567').report.reason, 'local_number');
});

test('text output says valid or invalid, why, and what it encodes', () => {
  const valid = run(['11010519491231002X', ...AS_OF]);
  assert.equal(valid.status, 0);
  assert.match(valid.stdout, /valid .*cn-resident-id/);
  assert.match(valid.stdout, /birth date: 1949-12-31/);
  assert.match(valid.stdout, /sex:\s+female/);
  const invalid = run(['110105194912310031', ...AS_OF]);
  assert.equal(invalid.status, 1);
  assert.match(invalid.stdout, /invalid .*check_character/s);
});

test('an unrecognisable value is invalid, and - reads stdin', () => {
  const unknown = json('hello');
  assert.equal(unknown.status, 1);
  assert.equal(unknown.report.kind, 'unknown');
  const piped = run(['-', '--json', ...AS_OF], '11010519491231002X\n');
  assert.equal(piped.status, 0);
  assert.equal(JSON.parse(piped.stdout).birth_date, '1949-12-31');
});

for (const [name, args] of [
  ['no value', []],
  ['two values', ['13800138000', '13900139000']],
  ['an unknown option', ['13800138000', '--frob']],
  ['a bad --as-of date', ['13800138000', '--as-of', '2025-02-30']],
  ['an empty stdin', ['-']],
]) {
  test(`usage: ${name} exits 2`, () => {
    const result = run(args);
    assert.equal(result.status, 2, `stdout: ${result.stdout} stderr: ${result.stderr}`);
    assert.notEqual(result.stderr, '');
  });
}

test('--help exits 0', () => {
  assert.equal(run(['--help']).status, 0);
});
