#!/usr/bin/env node
// End-to-end test of `yaosu cases` and `yaosu validate --case … --form …`:
// the installed case types, filled forms checked with the whole case type
// (schema, computed values, rules), messages in Chinese, --json, stdin, the
// exit codes (0 valid, 1 invalid, 2 usage or unreadable input), and a case
// type loaded from a folder with --schemas (no C++ change needed).
//
//   node tests/cli/cases_cli_test.js path/to/yaosu
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { yaosuUnderTest, runYaosu } = require('./support.js');

const yaosu = yaosuUnderTest();
const root = path.resolve(__dirname, '..', '..');
const lending = path.join(root, 'tests', 'cases', 'examples', 'private-lending', 'complaint');
const validExample = path.join(lending, 'valid', 'transfer-loan-overdue.json');
// The current version of 民间借贷, as its case.json states it.
const lendingVersion = JSON.parse(
  fs.readFileSync(path.join(root, 'schemas', 'cases', 'private-lending', 'case.json'), 'utf8'),
).version;
const fixtureSchemas = path.join(root, 'tests', 'cases', 'fixtures', 'schemas');

function validate(args, input) {
  return runYaosu(yaosu, ['validate', '--case', 'private-lending', '--form', 'complaint', ...args], input);
}

test('yaosu cases lists the built-in case types and forms', () => {
  const result = runYaosu(yaosu, ['cases', '--json']);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stderr, '');
  const forms = JSON.parse(result.stdout);
  const complaint = forms.find((f) => f.id === 'private-lending.complaint');
  assert.ok(complaint, result.stdout);
  assert.equal(complaint.case_type, 'private-lending');
  assert.equal(complaint.form, 'complaint');
  assert.equal(complaint.title.zh, '民事起诉状（民间借贷纠纷）');
  assert.ok(complaint.rows > 30);
  // Every case type under schemas/cases/ is installed, once per form; with --all, also every
  // published version under schemas/published/<type>/<version>/<form>/.
  for (const type of fs.readdirSync(path.join(root, 'schemas', 'cases'), { withFileTypes: true })) {
    if (!type.isDirectory()) continue;
    for (const form of ['complaint', 'answer']) {
      assert.equal(forms.filter((f) => f.case_type === type.name && f.form === form).length, 1, `${type.name}/${form}`);
    }
  }
  const all = JSON.parse(runYaosu(yaosu, ['cases', '--all', '--json']).stdout);
  const publishedRoot = path.join(root, 'schemas', 'published');
  for (const type of fs
    .readdirSync(publishedRoot)
    .filter((name) => fs.statSync(path.join(publishedRoot, name)).isDirectory())) {
    for (const version of fs.readdirSync(path.join(publishedRoot, type))) {
      for (const form of fs.readdirSync(path.join(publishedRoot, type, version))) {
        assert.ok(
          all.some((f) => f.case_type === type && f.form === form && f.version === version),
          `${type} ${version} ${form}`,
        );
      }
    }
  }
  assert.ok(all.length >= forms.length);
  const human = runYaosu(yaosu, ['cases']);
  assert.equal(human.status, 0);
  assert.ok(
    human.stdout.includes(`private-lending  complaint  ${lendingVersion}  民事起诉状（民间借贷纠纷）`),
    human.stdout,
  );
});

test('a correct complaint is valid, with its computed values', () => {
  const result = validate([validExample]);
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /transfer-loan-overdue\.json: valid \(0 errors, 0 warnings, 0 notes\)/);
  const json = validate(['--json', validExample]);
  const report = JSON.parse(json.stdout);
  assert.equal(report.id, 'private-lending.complaint');
  assert.equal(report.version, lendingVersion);
  assert.equal(report.valid, true);
  assert.deepEqual(report.diagnostics, []);
  assert.equal(typeof report.computed, 'object');
  assert.equal(typeof report.states, 'object');
});

test('a seeded fault exits 1 and names the element, code and Chinese message', () => {
  const fixture = JSON.parse(fs.readFileSync(path.join(lending, 'invalid', 'missing_total_claim.json'), 'utf8'));
  const result = validate(['-'], JSON.stringify(fixture.instance));
  assert.equal(result.status, 1, result.stdout + result.stderr);
  assert.match(result.stdout, /<stdin>: invalid/);
  assert.match(result.stdout, /error {2}\/claims {2}schema\.required {2}\S/);
  const report = JSON.parse(validate(['--json', '-'], JSON.stringify(fixture.instance)).stdout);
  assert.equal(report.valid, false);
  const missing = report.diagnostics.find((d) => d.code === 'schema.required');
  assert.equal(missing.instanceLocation, '/claims');
  assert.ok(missing.message.zh.length > 0 && missing.message.zh !== 'schema.required');
  // --lang en switches the message language.
  const english = validate(['--lang', 'en', '-'], JSON.stringify(fixture.instance));
  assert.match(english.stdout, /[A-Za-z]{4,}/);
});

test('several files: the exit status is the worst of them', () => {
  const bad = path.join(lending, 'invalid', 'missing_total_claim.json');
  const tmp = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'yaosu-cases-'));
  const badInstance = path.join(tmp, 'bad.json');
  fs.writeFileSync(badInstance, JSON.stringify(JSON.parse(fs.readFileSync(bad, 'utf8')).instance));
  const result = validate(['--json', validExample, badInstance]);
  assert.equal(result.status, 1);
  const lines = result.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  assert.deepEqual(
    lines.map((l) => l.valid),
    [true, false],
  );
  const broken = path.join(tmp, 'broken.json');
  fs.writeFileSync(broken, '{"plaintiffs": [');
  const unreadable = validate([validExample, broken]);
  assert.equal(unreadable.status, 2);
  assert.match(unreadable.stderr, /broken\.json:1:/);
});

test('usage errors exit 2', () => {
  assert.equal(runYaosu(yaosu, ['validate', '--case', 'private-lending', validExample]).status, 2);
  const unknown = runYaosu(yaosu, ['validate', '--case', 'no-such-case', '--form', 'complaint', validExample]);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /yaosu cases/);
  assert.equal(validate(['--lang', 'fr', validExample]).status, 2);
  assert.equal(validate(['--schema', 'x.json', validExample]).status, 2);
  assert.equal(runYaosu(yaosu, ['cases', '--bogus']).status, 2);
  assert.equal(runYaosu(yaosu, ['cases', '--schemas', '/no/such/folder']).status, 2);
});

test('--schemas loads a case type that exists only as data in a folder', () => {
  const listed = runYaosu(yaosu, ['cases', '--json', '--schemas', fixtureSchemas]);
  assert.equal(listed.status, 0, listed.stderr);
  assert.deepEqual(
    JSON.parse(listed.stdout).map((f) => f.id),
    ['fixture_iou.complaint'],
  );
  const form = {
    debtors: [{ kind: 'natural_person', name: '李四', phone: '13904721234' }],
    debt: { amount: 1000, repaid: 1200, written_iou: false },
    claims: { amount: 800, total: 800 },
  };
  const result = runYaosu(
    yaosu,
    ['validate', '--schemas', fixtureSchemas, '--case', 'fixture-iou', '--form', 'complaint', '--json', '-'],
    JSON.stringify(form),
  );
  assert.equal(result.status, 1, result.stderr);
  const report = JSON.parse(result.stdout);
  const repaid = report.diagnostics.find((d) => d.code === 'iou.repaid_exceeds_debt');
  assert.equal(repaid.instanceLocation, '/debt/repaid');
  assert.equal(repaid.message.zh, '已还1200元多于欠款1000元');
  assert.equal(report.computed.total_claim, 80000);
});
