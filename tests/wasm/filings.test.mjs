// Node tests of the filing bindings (wasm/filing_bindings.cpp): every valid
// example becomes a filing in wasm with the same bytes as the native
// `yaosu file`, verifies the same way, and a complaint and its answer compare
// the same way. Environment as in cases.test.mjs (YAOSU_WASM_JS, YAOSU_NATIVE_CLI).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadYaosu } from './load_yaosu.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const nativeCli = process.env.YAOSU_NATIVE_CLI || path.join(root, 'build/native/cli/yaosu');
const haveNative = existsSync(nativeCli);
const CREATED = '2025-10-08T09:30:00+08:00';

const yaosu = await loadYaosu();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'yaosu-wasm-filings-'));

function native(args, input) {
  const result = spawnSync(nativeCli, args, { input: input ?? '', encoding: 'utf8', timeout: 60000 });
  if (result.error) throw result.error;
  return result;
}

function requireNative(t) {
  if (haveNative) return true;
  if (process.env.CI === 'true') assert.fail(`no native yaosu at ${nativeCli} to compare with`);
  t.skip('no native yaosu to compare with');
  return false;
}

function validExamples() {
  const list = [];
  const examples = path.join(root, 'tests/cases/examples');
  for (const caseType of readdirSync(examples)) {
    for (const form of readdirSync(path.join(examples, caseType))) {
      const folder = path.join(examples, caseType, form, 'valid');
      for (const name of readdirSync(folder)
        .filter((n) => n.endsWith('.json'))
        .sort()) {
        list.push({ caseType, form, name, text: readFileSync(path.join(folder, name), 'utf8') });
      }
    }
  }
  return list;
}

function produce(caseType, form, text) {
  const result = JSON.parse(yaosu.produceFiling(caseType, form, text, CREATED));
  assert.equal(result.ok, true, JSON.stringify(result.diagnostics));
  return result.text;
}

test('every valid example files, verifies, and matches the native CLI byte for byte', (t) => {
  const all = validExamples();
  assert.ok(all.length >= 8);
  const compareNative = requireNative(t);
  for (const { caseType, form, name, text } of all) {
    const filing = produce(caseType, form, text);
    const verification = JSON.parse(yaosu.verifyFiling(filing));
    assert.equal(verification.ok, true, `${name}: ${JSON.stringify(verification.problems)}`);
    if (!compareNative) continue;
    const printed = native(['file', '--case', caseType, '--form', form, '--created-at', CREATED, '-'], text);
    assert.equal(printed.status, 0, printed.stderr);
    assert.equal(filing + '\n', printed.stdout, name);
    const stored = path.join(tmp, `${caseType}-${form}-${name}`);
    writeFileSync(stored, printed.stdout);
    const nativeCheck = JSON.parse(native(['verify', '--json', stored]).stdout);
    delete nativeCheck.file;
    assert.equal(JSON.stringify(verification), JSON.stringify(nativeCheck), name);
  }
});

test('a tampered filing is caught in wasm', () => {
  const { caseType, form, text } = validExamples()[0];
  const filing = JSON.parse(produce(caseType, form, text));
  filing.created_at = '2025-10-09T09:30:00+08:00';
  const verification = JSON.parse(yaosu.verifyFiling(JSON.stringify(filing)));
  assert.equal(verification.ok, false);
  assert.equal(verification.digest.matches, false);
  assert.equal(JSON.parse(yaosu.verifyFiling('{"format": ')).ok, false);
});

test('a complaint and its answer compare the same in wasm and natively', (t) => {
  const pairs = [
    ['private-lending', 'transfer-loan-overdue.json', 'borrower-admits-most.json'],
    ['sales-contract', 'cement-acknowledged-debt.json', 'cement-limitation-defence.json'],
  ];
  for (const [caseType, complaintName, answerName] of pairs) {
    const read = (form, name) =>
      readFileSync(path.join(root, 'tests/cases/examples', caseType, form, 'valid', name), 'utf8');
    const complaint = produce(caseType, 'complaint', read('complaint', complaintName));
    const answer = produce(caseType, 'answer', read('answer', answerName));
    const table = JSON.parse(yaosu.compareFilings(complaint, answer));
    assert.equal(table.ok, true, JSON.stringify(table.diagnostics));
    assert.ok(table.counts.admitted + table.counts.disputed > 0);
    const refused = JSON.parse(yaosu.compareFilings(answer, complaint));
    assert.equal(refused.ok, false);
    assert.equal(refused.diagnostics[0].code, 'filing.compare_not_complaint');
    if (!requireNative(t)) continue;
    const c = path.join(tmp, `c-${caseType}.json`);
    const a = path.join(tmp, `a-${caseType}.json`);
    writeFileSync(c, complaint);
    writeFileSync(a, answer);
    const page = path.join(tmp, `disputes-${caseType}.html`);
    const nativeTable = JSON.parse(native(['compare', '--json', '--html', page, c, a]).stdout);
    delete table.ok;
    assert.equal(JSON.stringify(table), JSON.stringify(nativeTable), caseType);
    assert.equal(JSON.parse(yaosu.compareFilingsHtml(complaint, answer)).html, readFileSync(page, 'utf8'), caseType);
  }
});

test('a filing prints to the same HTML and DOCX bytes in wasm and natively', (t) => {
  for (const { caseType, form, name, text } of validExamples()) {
    const filing = produce(caseType, form, text);
    const html = JSON.parse(yaosu.renderFilingHtml(filing));
    assert.equal(html.ok, true, name);
    assert.match(html.html, /^<!DOCTYPE html>/i);
    assert.deepEqual(html.problems, []);
    const docx = yaosu.renderFilingDocx(filing);
    assert.ok(docx instanceof Uint8Array && docx.length > 1000, name);
    assert.equal(String.fromCharCode(docx[0], docx[1]), 'PK');
    if (!requireNative(t)) return;
    const stored = path.join(tmp, `render-${caseType}-${form}-${name}`);
    writeFileSync(stored, filing + '\n');
    const printed = native(['render', stored, '--html', stored + '.html', '--docx', stored + '.docx']);
    assert.equal(printed.status, 0, printed.stderr);
    assert.equal(html.html, readFileSync(stored + '.html', 'utf8'), name);
    assert.ok(Buffer.from(docx).equals(readFileSync(stored + '.docx')), name);
  }
  assert.equal(yaosu.renderFilingDocx('{"format": '), null);
  assert.equal(JSON.parse(yaosu.renderFilingHtml('{}')).ok, false);
});
