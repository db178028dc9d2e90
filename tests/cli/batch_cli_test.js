#!/usr/bin/env node
// End-to-end test of batch filing: `yaosu cases --table` gives a blank table,
// `yaosu file --batch` files a table of cases into a folder that appears whole
// (filings, DOCX, index, problems) or not at all — from UTF-8 with or without a
// BOM and from GB18030, as spreadsheet programs save them.
//
//   node tests/cli/batch_cli_test.js path/to/yaosu
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { yaosuUnderTest, runYaosu, CREATED } = require('./support.js');

const yaosu = yaosuUnderTest();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'yaosu-batch-'));
const examples = path.resolve(__dirname, '..', 'cases', 'examples');
const BOM = '\ufeff';

// The table writer the batch tests share (an ES module).
const tables = import('../cases/batch_table.mjs');

function example(name) {
  return JSON.parse(fs.readFileSync(path.join(examples, 'credit-card', 'complaint', 'valid', `${name}.json`), 'utf8'));
}

function batch(table, out, ...extra) {
  return runYaosu(yaosu, [
    'file',
    '--batch',
    table,
    '--case',
    'credit-card',
    '--form',
    'complaint',
    '--out',
    out,
    '--created-at',
    CREATED,
    ...extra,
  ]);
}

// The template's header: label [key], every element, lists to two entries; five hold every list of the examples.
const template = runYaosu(yaosu, ['cases', '--table', 'credit-card.complaint']);
const wide = runYaosu(yaosu, ['cases', '--table', 'credit-card.complaint', '--entries', '5']);
const header = wide.stdout.replace(BOM, '').trim().split(',');
const good = [example('bank-sues-cardholder-overdraft'), example('instalments-guarantor-lawyer-fee')];

test('yaosu cases --table prints a blank table: label [key] for every element, UTF-8 with a BOM', () => {
  assert.equal(template.status, 0, template.stderr);
  assert.ok(template.stdout.startsWith(BOM));
  const blank = template.stdout.replace(BOM, '').trim().split(',');
  assert.ok(blank.includes('被告1·姓名/名称 [defendants.1.name]'), blank.join('\n'));
  assert.ok(blank.includes('被告2·当事人类型 [defendants.2.kind]'));
  assert.ok(!blank.some((h) => h.endsWith('[defendants.3.name]')));
  assert.ok(header.includes('被告5·姓名/名称 [defendants.5.name]'));
  const described = JSON.parse(runYaosu(yaosu, ['cases', '--table', 'credit-card.complaint', '--json']).stdout);
  const kind = described.columns.find((c) => c.key === 'defendants.1.kind');
  assert.deepEqual(
    kind.choices.map((c) => c.value),
    ['natural_person', 'organisation'],
  );
  assert.equal(runYaosu(yaosu, ['cases', '--table', 'credit-card']).status, 2);
  assert.equal(runYaosu(yaosu, ['cases', '--table', 'no-such.complaint']).status, 2);
});

test('a table of good rows is filed whole: one filing per row, the same as yaosu file makes, and its DOCX', async () => {
  const { tableOf } = await tables;
  const table = path.join(tmp, 'good.csv');
  fs.writeFileSync(table, BOM + tableOf(good, header));
  const out = path.join(tmp, 'good');
  const result = batch(table, out, '--docx');
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /2 of 2 rows filed/);
  const index = JSON.parse(fs.readFileSync(path.join(out, 'index.json'), 'utf8'));
  assert.equal(index.format, 'yaosu-batch/1');
  assert.deepEqual(
    index.filed.map((f) => [f.row, f.file]),
    [
      [2, 'filings/row-00002.filing.json'],
      [3, 'filings/row-00003.filing.json'],
    ],
  );
  assert.deepEqual(index.refused, []);
  const alone = runYaosu(yaosu, [
    'file',
    '--case',
    'credit-card',
    '--form',
    'complaint',
    '--created-at',
    CREATED,
    path.join(examples, 'credit-card', 'complaint', 'valid', 'bank-sues-cardholder-overdraft.json'),
  ]);
  assert.equal(fs.readFileSync(path.join(out, 'filings', 'row-00002.filing.json'), 'utf8'), alone.stdout);
  const verified = runYaosu(yaosu, ['verify', path.join(out, 'filings', 'row-00003.filing.json')]);
  assert.equal(verified.status, 0, verified.stdout + verified.stderr);
  const docx = fs.readFileSync(path.join(out, 'docx', 'row-00003.docx'));
  assert.equal(docx.subarray(0, 2).toString(), 'PK');
  assert.equal(fs.readFileSync(path.join(out, 'problems.csv'), 'utf8').split('\r\n')[1], '');
});

test('a table saved as GB18030 (a Chinese desktop spreadsheet) files the same', async () => {
  const { tableOf } = await tables;
  const utf8 = path.join(tmp, 'utf8.csv');
  fs.writeFileSync(utf8, tableOf(good, header));
  const gbk = path.join(tmp, 'gb18030.csv');
  const converted = spawnSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030', utf8], { maxBuffer: 1 << 26 });
  assert.equal(converted.status, 0, String(converted.stderr));
  fs.writeFileSync(gbk, converted.stdout);
  assert.notDeepEqual(fs.readFileSync(gbk), fs.readFileSync(utf8));
  assert.equal(batch(utf8, path.join(tmp, 'from-utf8')).status, 0);
  assert.equal(batch(gbk, path.join(tmp, 'from-gb18030')).status, 0);
  for (const row of ['row-00002', 'row-00003']) {
    assert.equal(
      fs.readFileSync(path.join(tmp, 'from-gb18030', 'filings', `${row}.filing.json`), 'utf8'),
      fs.readFileSync(path.join(tmp, 'from-utf8', 'filings', `${row}.filing.json`), 'utf8'),
    );
  }
  // Bytes that are neither: the line is named, nothing is written.
  const broken = path.join(tmp, 'broken.csv');
  fs.writeFileSync(broken, Buffer.concat([Buffer.from('signature.date\r\n2025-01-01\r\n'), Buffer.from([0x81, 0x20])]));
  const refused = batch(broken, path.join(tmp, 'from-broken'));
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /line 3/);
  assert.ok(!fs.existsSync(path.join(tmp, 'from-broken')));
});

// calc-gb18030.csv: the same two rows saved by LibreOffice Calc as GB18030 CSV (its own quoting and
// line ends; tests/batch/fixtures/make_calc_export.mjs says how it was made).
test('a table a desktop spreadsheet exported as GB18030 files as its UTF-8 source does', async () => {
  const { tableOf } = await tables;
  const exported = path.resolve(__dirname, '..', 'batch', 'fixtures', 'calc-gb18030.csv');
  const source = path.join(tmp, 'calc-source.csv');
  fs.writeFileSync(source, tableOf(good, header));
  assert.notDeepEqual(fs.readFileSync(exported), fs.readFileSync(source));
  const fromCalc = batch(exported, path.join(tmp, 'from-calc'));
  assert.equal(fromCalc.status, 0, fromCalc.stdout + fromCalc.stderr);
  assert.equal(batch(source, path.join(tmp, 'from-source')).status, 0);
  for (const row of ['row-00002', 'row-00003']) {
    assert.equal(
      fs.readFileSync(path.join(tmp, 'from-calc', 'filings', `${row}.filing.json`), 'utf8'),
      fs.readFileSync(path.join(tmp, 'from-source', 'filings', `${row}.filing.json`), 'utf8'),
    );
  }
});

test('bad rows come back in problems.csv by row and column; the good ones are filed', async () => {
  const { tableOf } = await tables;
  const bad = structuredClone(good[0]);
  bad.claims.principal.amount = '四万八千六百';
  bad.signature.date = '2025/10/15'; // read as 2025-10-15: no problem
  const table = path.join(tmp, 'mixed.csv');
  fs.writeFileSync(table, tableOf([good[0], bad, good[1]], header));
  const out = path.join(tmp, 'mixed');
  const result = batch(table, out);
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stdout, /2 of 3 rows filed, 1 refused/);
  const index = JSON.parse(fs.readFileSync(path.join(out, 'index.json'), 'utf8'));
  assert.deepEqual(index.refused, [3]);
  assert.deepEqual(fs.readdirSync(path.join(out, 'filings')).sort(), [
    'row-00002.filing.json',
    'row-00004.filing.json',
  ]);
  const problems = fs.readFileSync(path.join(out, 'problems.csv'), 'utf8');
  assert.ok(problems.startsWith(BOM + '行号,文件行,列,'));
  const lines = problems.trim().split('\r\n');
  assert.match(
    lines[1],
    /^3,3,[A-Z]+ 透支本金·尚欠本金（元） \[claims\.principal\.amount\],,batch\.cell\.not_a_number,错误,.*四万八千六百/,
  );
  // and what follows from it: the total no longer adds up
  assert.match(lines[2], /^3,3,[A-Z]+ 标的总额 \[claims\.total\],\/claims\/total,case\.computed_mismatch/);
});

test('a table that cannot be read, or a folder that exists, writes nothing', () => {
  const unknown = path.join(tmp, 'unknown.csv');
  fs.writeFileSync(unknown, 'signature.date,claims.nothing\r\n2025-01-01,1\r\n');
  const refused = batch(unknown, path.join(tmp, 'unknown'));
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /batch\.header\.unknown_key/);
  assert.match(refused.stderr, /第2列的列名“claims\.nothing”/);
  assert.ok(!fs.existsSync(path.join(tmp, 'unknown')));
  assert.deepEqual(
    fs.readdirSync(tmp).filter((name) => name.includes('.partial-')),
    [],
  );
  const unterminated = path.join(tmp, 'unterminated.csv');
  fs.writeFileSync(unterminated, 'signature.date\r\n"2025-01-01\r\n');
  assert.match(batch(unterminated, path.join(tmp, 'unterminated')).stderr, /第2行开始的单元格有左引号/);
  fs.mkdirSync(path.join(tmp, 'exists'));
  const exists = batch(unknown, path.join(tmp, 'exists'));
  assert.equal(exists.status, 2);
  assert.match(exists.stderr, /exists already/);
  assert.equal(runYaosu(yaosu, ['file', '--batch', unknown]).status, 2);
  assert.equal(runYaosu(yaosu, ['file', '--batch', '--help']).status, 0);
});
