#!/usr/bin/env node
// End-to-end test of `yaosu rule eval`: results, rule errors, --json, @FILE
// and the exit codes (0 result, 1 rule error, 2 usage or unreadable input).
//
//   node tests/cli/rule_cli_test.js path/to/yaosu
'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { yaosuUnderTest, runYaosu, check, finish } = require('./support.js');

const yaosu = yaosuUnderTest();

function rule(...args) {
  return runYaosu(yaosu, ['rule', ...args]);
}

check('a result prints the value and exits 0', () => {
  const r = rule('eval', '{"+": [1, {"var": "x"}]}', '{"x": 2}');
  assert.equal(r.status, 0);
  assert.equal(r.stdout.trim(), '3');
});

check('--json wraps the result', () => {
  const r = rule('eval', '{"cat": ["原告", {"var": "name"}]}', '{"name": "张三"}', '--json');
  assert.equal(r.status, 0);
  assert.deepEqual(JSON.parse(r.stdout), { result: '原告张三' });
});

check('a rule error exits 1 with its type', () => {
  const r = rule('eval', '{"/": [1, 0]}', '--json');
  assert.equal(r.status, 1);
  assert.equal(JSON.parse(r.stdout).error.type, 'NaN');
});

check('an unknown operator is a rule error', () => {
  const r = rule('eval', '{"frobnicate": 1}', '--json');
  assert.equal(r.status, 1);
  assert.equal(JSON.parse(r.stdout).error.type, 'Unknown Operator');
});

check('RULE and DATA may be @files', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yaosu-rule-'));
  fs.writeFileSync(path.join(dir, 'rule.json'), '{"missing": ["a", "b"]}');
  fs.writeFileSync(path.join(dir, 'data.json'), '{"a": 1}');
  const r = rule('eval', '@' + path.join(dir, 'rule.json'), '@' + path.join(dir, 'data.json'), '--json');
  assert.equal(r.status, 0);
  assert.deepEqual(JSON.parse(r.stdout), { result: ['b'] });
});

check('malformed JSON, unreadable files and bad usage exit 2', () => {
  assert.equal(rule('eval', '{"+": [1').status, 2);
  assert.equal(rule('eval', '@/nonexistent/rule.json').status, 2);
  assert.equal(rule().status, 2);
  assert.equal(rule('run', '1').status, 2);
});

finish('all yaosu rule checks passed');
console.log('all rule CLI checks passed');
