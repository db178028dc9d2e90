#!/usr/bin/env node
// End-to-end test of `yaosu file`, `yaosu verify` and `yaosu compare`: a
// reproducible filing, refusal of a form with errors, verification of many
// files on several threads in input order, tampering caught, and the dispute
// table of a complaint and its answer. Exit codes: 0 ok, 1 failed check, 2 usage.
//
//   node tests/cli/filing_cli_test.js path/to/yaosu
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { yaosuUnderTest, runYaosu, fileExample, CREATED } = require('./support.js');

const yaosu = yaosuUnderTest();
const examples = path.resolve(__dirname, '..', 'cases', 'examples');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'yaosu-filing-'));

function example(relative) {
  return path.join(examples, relative);
}

// file: produces a filing of an example into tmp and returns its path.
function file(caseType, form, name) {
  const out = path.join(tmp, `${caseType}-${form}-${name}.filing.json`);
  const result = fileExample(yaosu, caseType, form, name, out);
  assert.equal(result.status, 0, result.stderr);
  return out;
}

test('yaosu file writes the same canonical bytes for the same input', () => {
  const first = fs.readFileSync(file('private-lending', 'complaint', 'transfer-loan-overdue'), 'utf8');
  const again = runYaosu(
    yaosu,
    ['file', '--case', 'private-lending', '--form', 'complaint', '--created-at', CREATED, '-'],
    JSON.stringify(
      JSON.parse(fs.readFileSync(example('private-lending/complaint/valid/transfer-loan-overdue.json'), 'utf8')),
      null,
      7,
    ),
  );
  assert.equal(again.status, 0, again.stderr);
  assert.equal(again.stdout, first);
  assert.ok(first.endsWith('\n') && !first.slice(0, -1).includes('\n'), 'one line of canonical JSON');
  const filing = JSON.parse(first);
  assert.equal(filing.format, 'yaosu-filing/1');
  assert.equal(filing.created_at, CREATED);
  assert.match(filing.digest.value, /^[0-9a-f]{64}$/);
});

test('yaosu file refuses a form with errors and lists them', () => {
  const fixture = JSON.parse(
    fs.readFileSync(example('private-lending/complaint/invalid/repaid_exceeds_principal.json'), 'utf8'),
  );
  const result = runYaosu(
    yaosu,
    ['file', '--case', 'private-lending', '--form', 'complaint', '--created-at', CREATED, '-'],
    JSON.stringify(fixture.instance),
  );
  assert.equal(result.status, 1);
  assert.equal(result.stdout, '');
  assert.match(result.stderr, /lending\.repaid_exceeds_principal/);
  const json = runYaosu(
    yaosu,
    ['file', '--case', 'private-lending', '--form', 'complaint', '--json', '-'],
    JSON.stringify(fixture.instance),
  );
  assert.equal(JSON.parse(json.stdout).ok, false);
  assert.equal(
    runYaosu(
      yaosu,
      ['file', '--case', 'private-lending', '--form', 'complaint', '--created-at', 'soon', '-'],
      fs.readFileSync(example('private-lending/complaint/valid/transfer-loan-overdue.json')),
    ).status,
    1,
  );
  assert.equal(runYaosu(yaosu, ['file', '--case', 'private-lending', example('x.json')]).status, 2);
});

test('yaosu verify checks many files on several threads, in the order given', () => {
  const good = [
    file('private-lending', 'complaint', 'company-lender-monthly-rate-guarantor'),
    file('private-lending', 'answer', 'borrower-admits-most'),
    file('sales-contract', 'complaint', 'steel-unpaid-price'),
    file('sales-contract', 'answer', 'steel-penalty-too-high'),
  ];
  const tampered = path.join(tmp, 'tampered.json');
  fs.writeFileSync(
    tampered,
    fs
      .readFileSync(good[0], 'utf8')
      .replace('"company-lender', '"company-lender')
      .replace(/"total":(\d+)/, '"total":1$1'),
  );
  const broken = path.join(tmp, 'broken.json');
  fs.writeFileSync(broken, '{"format": ');
  const files = [...good, tampered, ...good];
  const result = runYaosu(yaosu, ['verify', '--json', '--jobs', '2', ...files]);
  assert.equal(result.status, 1, result.stderr);
  const lines = result.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  assert.deepEqual(
    lines.map((l) => path.basename(l.file)),
    files.map((f) => path.basename(f)),
  );
  assert.deepEqual(
    lines.map((l) => l.ok),
    [true, true, true, true, false, true, true, true, true],
  );
  assert.equal(lines[4].digest.matches, false);
  assert.ok(
    lines[4].problems.some(
      (p) => p.code === 'filing.digest_mismatch' && /不对应/.test(p.message.zh) && !/被改动/.test(p.message.zh),
    ),
  );
  const human = runYaosu(yaosu, ['verify', good[0], tampered]);
  assert.match(human.stdout, /: ok\n/);
  assert.match(human.stdout, /tampered\.json: NOT OK/);
  assert.equal(runYaosu(yaosu, ['verify', good[0], broken]).status, 2);
  assert.equal(runYaosu(yaosu, ['verify', '--jobs', '0', good[0]]).status, 2);
  assert.equal(runYaosu(yaosu, ['verify']).status, 2);
});

test('yaosu compare lists admitted, disputed and unanswered elements', () => {
  const complaint = file('private-lending', 'complaint', 'transfer-loan-overdue');
  const answer = file('private-lending', 'answer', 'borrower-admits-most');
  const result = runYaosu(yaosu, ['compare', '--json', complaint, answer]);
  assert.equal(result.status, 0, result.stderr);
  const table = JSON.parse(result.stdout);
  assert.deepEqual(
    table.disputed.map((d) => d.row),
    ['claims.interest', 'claims.total'],
  );
  assert.equal(table.disputed[0].complaint.amount, 4500);
  assert.match(table.disputed[0].reasons, /4487\.67/);
  assert.ok(table.admitted.some((a) => a.row === 'claims.principal'));
  assert.equal(table.complaint.ok, true);
  const page = path.join(tmp, 'disputes.html');
  assert.equal(runYaosu(yaosu, ['compare', '--html', page, complaint, answer]).status, 0);
  const html = fs.readFileSync(page, 'utf8');
  assert.match(html, /争议焦点/);
  assert.ok(html.indexOf('争议焦点') < html.indexOf('无争议事实'));
  const human = runYaosu(yaosu, ['compare', complaint, answer]);
  assert.match(human.stdout, /有异议 2 项/);
  assert.match(human.stdout, /争议焦点/);
  // The plaintiff's side reads as the complaint prints it, not as JSON.
  assert.match(human.stdout, /原告：截至2025年9月30日止，尚欠利息4500\.00元/);
  assert.doesNotMatch(human.stdout, /原告：\{/);
  const crossed = runYaosu(yaosu, ['compare', complaint, file('sales-contract', 'answer', 'steel-penalty-too-high')]);
  assert.equal(crossed.status, 1);
  assert.match(crossed.stderr, /答辩状/);
  assert.equal(runYaosu(yaosu, ['compare', complaint]).status, 2);
});
