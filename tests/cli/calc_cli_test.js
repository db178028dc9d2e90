#!/usr/bin/env node
// End-to-end test of `yaosu calc`: each calculator's figure, steps and
// citations (text and --json), and the exit codes (0 figure, 1 no figure for
// these facts, 2 bad usage).
//
//   node tests/cli/calc_cli_test.js path/to/yaosu
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { yaosuUnderTest, runYaosu } = require('./support.js');

const yaosu = yaosuUnderTest();

function calc(...args) {
  return runYaosu(yaosu, ['calc', ...args]);
}

function calcJson(...args) {
  const result = calc(...args, '--json');
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout);
}

test('a 100,000 yuan property case pays 2,300 yuan, band by band, citing art. 13', () => {
  const r = calc('fee', '--amount', '100000', '--date', '2025-06-01');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /案件受理费：2300\.00 元/);
  assert.match(r.stdout, /10000\.00元至100000\.00元的部分 90000\.00元 × 2\.5% = 2250\.00元/);
  assert.match(r.stdout, /诉讼费用交纳办法.*第十三条第一项/);
});

test('--json gives the figure in fen with steps and citations', () => {
  const out = calcJson('fee', '--amount', '20000000', '--date', '2025-06-01');
  assert.equal(out.value, 14180000);
  assert.equal(out.unit, 'fen');
  assert.equal(out.display, '141800.00');
  assert.ok(out.steps.length >= 9);
  assert.ok(out.citations.length >= 1);
  assert.deepEqual(out.warnings, []);
});

test('the simplified procedure halves the fee (art. 16)', () => {
  assert.equal(
    calcJson('fee', '--amount', '100000', '--procedure', 'simplified', '--date', '2025-06-01').display,
    '1150.00',
  );
});

test('a divorce case gives the provincial range', () => {
  const out = calcJson('fee', '--kind', 'divorce', '--amount', '300000', '--date', '2025-06-01');
  assert.equal(out.display, '550.00');
  assert.equal(out.display_max, '800.00');
});

test('a labour dispute pays 10 yuan', () => {
  assert.equal(calcJson('fee', '--kind', 'labour', '--date', '2025-06-01').display, '10.00');
});

test('preservation of 1,000,000 yuan is capped at 5,000 yuan', () => {
  assert.equal(calcJson('preservation-fee', '--amount', '1000000', '--date', '2025-06-01').display, '5000.00');
});

test('the one-year LPR on 2020-04-20 is 3.85%, and the day before 4.05%', () => {
  assert.equal(calcJson('lpr', '--date', '2020-04-20').display, '3.85%');
  assert.equal(calcJson('lpr', '--date', '2020-04-19').display, '4.05%');
  assert.equal(calcJson('lpr', '--date', '2020-04-20', '--term', '5y').display, '4.65%');
});

test('an LPR after the last verified date comes with a warning', () => {
  const out = calcJson('lpr', '--date', '2026-11-25');
  assert.equal(out.display, '3%');
  assert.equal(out.warnings[0].code, 'law.param.unverified');
});

test('no LPR before 2019-08-20: exit 1 with the reason', () => {
  const r = calc('lpr', '--date', '2019-08-19', '--json');
  assert.equal(r.status, 1);
  assert.equal(JSON.parse(r.stdout).error[0].code, 'law.param.before_first');
});

test('the rate cap of a contract formed on 2020-08-20 is 4 × 3.85% = 15.4%', () => {
  const r = calc('rate-cap', '--contract-date', '2020-08-20');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /15\.4%/);
  assert.match(r.stdout, /第二十五条/);
});

test('before 2020-08-20 the cap is 24%, void above 36%', () => {
  const out = calcJson('rate-cap', '--contract-date', '2020-08-19');
  assert.equal(out.display, '24%');
  assert.equal(out.display_max, '36%');
});

test('interest on 100,000 yuan at 15.4% over leap year 2024 on a 365 basis is 15,442.19 yuan', () => {
  const out = calcJson(
    'interest',
    '--principal',
    '100000',
    '--rate',
    '15.4',
    '--from',
    '2024-01-01',
    '--to',
    '2025-01-01',
    '--basis',
    '365',
  );
  assert.equal(out.display, '15442.19');
});

test('bad usage exits 2', () => {
  assert.equal(calc().status, 2);
  assert.equal(calc('nothing').status, 2);
  assert.equal(calc('fee').status, 2);
  assert.equal(calc('fee', '--amount', '12.345').status, 2);
  assert.equal(calc('fee', '--amount', '100', '--kind', 'unknown').status, 2);
  assert.equal(calc('lpr', '--date', '2024-02-30').status, 2);
  assert.equal(
    calc('interest', '--principal', '1', '--rate', '1', '--from', '2024-01-01', '--to', '2024-02-01', '--basis', '366')
      .status,
    2,
  );
  assert.equal(calc('rate-cap', '--contract-date', '2024-01-01', '--extra').status, 2);
});
