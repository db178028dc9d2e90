#!/usr/bin/env node
// Filings made before a change still verify, print and compare as they did:
// every filing in tests/filing/published/<recording>/filings/ (made with an
// earlier, published version of its case type; see the README there) gets
// from today's `yaosu` the same verification, the same HTML and DOCX bytes and
// the same dispute tables as were recorded when it was made.
//
//   node tests/cli/published_filings_cli_test.js path/to/yaosu
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { yaosuUnderTest, runYaosu } = require('./support.js');

const yaosu = yaosuUnderTest();
const published = path.resolve(__dirname, '..', 'filing', 'published');
const recordings = fs
  .readdirSync(published)
  .filter((name) => fs.existsSync(path.join(published, name, 'expected.json')));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'yaosu-published-'));
const sha256 = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex');
// The page's bytes as recorded: without its Content-Security-Policy line (recorded_html.mjs).
const recordedPages = import('../filing/published/recorded_html.mjs');
// YAOSU_TEST_SAMPLE=n (set by tests/cli/CMakeLists.txt): print and compare every n-th entry only.
const every = Math.max(1, Number(process.env.YAOSU_TEST_SAMPLE) || 1);
const sampled = (entries) => entries.filter((_, i) => i % every === 0);

// Every form installed today has filings recorded: a case type is published the day its first filing
// can be made, so a change that would alter its filings is caught from then on (the README there).
test('there are published filings of every case type and form', () => {
  assert.ok(recordings.includes('2025.1'));
  const names = recordings.flatMap((r) =>
    Object.keys(JSON.parse(fs.readFileSync(path.join(published, r, 'expected.json'), 'utf8')).filings),
  );
  const installed = JSON.parse(runYaosu(yaosu, ['cases', '--json']).stdout).map((form) => form.id);
  assert.ok(installed.length >= 10, installed.join(', '));
  for (const form of installed) {
    assert.ok(
      names.some((name) => name.startsWith(`${form}.`)),
      `${form}: no filing recorded (node tests/filing/published/record.mjs …)`,
    );
  }
});

for (const recording of recordings) {
  const expected = JSON.parse(fs.readFileSync(path.join(published, recording, 'expected.json'), 'utf8'));
  const filingPath = (name) => path.join(published, recording, 'filings', name);

  test(`${recording}: every filing recorded is there`, () => {
    assert.deepEqual(
      fs.readdirSync(path.join(published, recording, 'filings')).sort(),
      Object.keys(expected.filings).sort(),
    );
  });

  test(`${recording}: every filing verifies as it did when it was made`, () => {
    const names = Object.keys(expected.filings);
    const result = runYaosu(yaosu, ['verify', '--json', ...names.map(filingPath)]);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    assert.equal(lines.length, names.length, result.stderr);
    names.forEach((name, i) => {
      const { file, ...verdict } = lines[i];
      assert.equal(path.basename(file), name);
      assert.deepEqual(verdict, expected.filings[name].verify, name);
    });
    assert.equal(result.status, Math.max(...names.map((name) => expected.filings[name].verify_exit)));
  });

  test(`${recording}: every filing prints to the same HTML and DOCX bytes`, async () => {
    const { recordedHtml } = await recordedPages;
    for (const [name, recorded] of sampled(Object.entries(expected.filings))) {
      const html = path.join(tmp, 'page.html');
      const docx = path.join(tmp, 'page.docx');
      const printed = runYaosu(yaosu, ['render', filingPath(name), '--html', html, '--docx', docx]);
      assert.equal(printed.status, 0, `${name}: ${printed.stderr}`);
      assert.equal(sha256(recordedHtml(fs.readFileSync(html, 'utf8'))), recorded.html_sha256, `${name}: HTML`);
      assert.equal(sha256(fs.readFileSync(docx)), recorded.docx_sha256, `${name}: DOCX`);
    }
  });

  test(`${recording}: every complaint and answer compare to the same dispute table`, async () => {
    const { recordedHtml } = await recordedPages;
    for (const [pair, recorded] of sampled(Object.entries(expected.comparisons))) {
      const [complaint, answer] = pair.split(' ').map(filingPath);
      const html = path.join(tmp, 'disputes.html');
      // One run writes both: the table as JSON on stdout, the page to `html`.
      const table = runYaosu(yaosu, ['compare', '--json', '--html', html, complaint, answer]);
      assert.equal(table.status, recorded.exit, pair);
      assert.equal(sha256(JSON.stringify(JSON.parse(table.stdout))), recorded.json_sha256, `${pair}: JSON`);
      assert.equal(sha256(recordedHtml(fs.readFileSync(html, 'utf8'))), recorded.html_sha256, `${pair}: HTML`);
    }
  });
}
