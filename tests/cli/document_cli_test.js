#!/usr/bin/env node
// End-to-end test of `yaosu render`: a filed complaint and answer printed as
// HTML and DOCX; LibreOffice opens the DOCX, its text export equals the HTML
// page line by line, and its PDF export carries the title, the sections and
// the digest. Needs soffice and
// pdftotext (scripts/setup.sh --tests installs them); without them the
// LibreOffice part is skipped, except under CI=true where that fails.
//
//   node tests/cli/document_cli_test.js path/to/yaosu
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { yaosuUnderTest, runYaosu, fileExample } = require('./support.js');

const yaosu = yaosuUnderTest();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'yaosu-render-'));

function have(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

// printed: a filing of an example rendered to HTML and DOCX; returns their paths.
function printed(caseType, form, name) {
  const filing = path.join(tmp, `${caseType}-${form}-${name}.json`);
  const made = fileExample(yaosu, caseType, form, name, filing);
  assert.equal(made.status, 0, made.stderr);
  const rendered = runYaosu(yaosu, ['render', filing, '--html', `${filing}.html`, '--docx', `${filing}.docx`]);
  assert.equal(rendered.status, 0, rendered.stderr);
  return { filing, html: `${filing}.html`, docx: `${filing}.docx` };
}

// htmlLines: the text lines of the page body, as a reader sees them.
function htmlLines(file) {
  const body = fs.readFileSync(file, 'utf8').split(/<body[^>]*>/)[1];
  return body
    .replace(/<br>/g, '\n')
    .replace(/<\/(td|th|p|h1|h2|tr|footer)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

// pdftotext joins a word hyphenated at a line end (0472-|5123456 → 04725123456), so
// hyphens are left out of the comparison along with whitespace.
const squeeze = (text) => text.replace(/[\s-]+/g, '');

test('the printed page has the template title, every section, the answers and the digest', () => {
  const { filing, html } = printed('private-lending', 'complaint', 'transfer-loan-overdue');
  const lines = htmlLines(html);
  assert.equal(lines[0], '民事起诉状');
  for (const section of ['当事人信息', '诉讼请求', '约定管辖和诉前保全', '事实与理由', '对纠纷解决方式的意愿']) {
    assert.ok(lines.includes(section), section);
  }
  assert.ok(lines.some((l) => l.includes('壹拾万肆仟伍佰元整')));
  assert.ok(lines.some((l) => l.startsWith('日期：2025年10月8日')));
  const digest = JSON.parse(fs.readFileSync(filing, 'utf8')).digest.value;
  assert.ok(lines[lines.length - 1].includes(digest));
  const stdout = runYaosu(yaosu, ['render', filing]);
  assert.equal(stdout.stdout, fs.readFileSync(html, 'utf8'));
});

test('a tampered filing is still printed, with a warning and exit status 1', () => {
  const { filing } = printed('sales-contract', 'answer', 'refrigerators-misuse');
  const altered = path.join(tmp, 'altered.json');
  fs.writeFileSync(
    altered,
    fs.readFileSync(filing, 'utf8').replace('2025-10-08T09:30:00+08:00', '2025-10-09T09:30:00+08:00'),
  );
  const result = runYaosu(yaosu, ['render', altered]);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /摘要不符/);
  assert.match(result.stdout, /民事答辩状/);
  assert.equal(runYaosu(yaosu, ['render']).status, 2);
});

// libreoffice: converts `files` with `filter` into `outdir` (one profile for the whole test).
function libreoffice(files, filter, outdir) {
  const profile = path.join(tmp, 'lo-profile');
  const convert = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', filter, '--outdir', outdir, ...files],
    { encoding: 'utf8', timeout: 180000, env: { ...process.env, HOME: tmp } },
  );
  assert.equal(convert.status, 0, convert.stderr);
  return convert;
}

test('LibreOffice opens the DOCX: its text matches the HTML line by line, and it prints to PDF', (t) => {
  if (!have('soffice') || !have('pdftotext')) {
    if (process.env.CI === 'true') assert.fail('soffice and pdftotext are needed (scripts/setup.sh --tests)');
    t.skip('soffice or pdftotext not installed');
    return;
  }
  const documents = [
    printed('private-lending', 'complaint', 'company-lender-monthly-rate-guarantor'),
    printed('sales-contract', 'answer', 'cement-limitation-defence'),
  ];
  const docx = documents.map((d) => d.docx);
  // The document as LibreOffice reads it (tables row by row), against the HTML page.
  const textFolder = path.join(tmp, 'text');
  libreoffice(docx, 'txt:Text (encoded):UTF8', textFolder);
  for (const { html, docx: file } of documents) {
    const lines = htmlLines(html);
    const footer = lines.pop(); // page footers are not part of a text export
    const text = fs
      .readFileSync(path.join(textFolder, path.basename(file).replace(/\.docx$/, '.txt')), 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line.length > 0);
    assert.deepEqual(text, lines, path.basename(file));
    assert.match(footer, /SHA-256 [0-9a-f]{64}$/);
  }
  // Printed through LibreOffice to PDF: the page carries the title, sections and the digest.
  libreoffice(docx, 'pdf', tmp);
  for (const { html, docx: file } of documents) {
    const pdf = spawnSync('pdftotext', [file.replace(/\.docx$/, '.pdf'), '-'], { encoding: 'utf8' });
    assert.equal(pdf.status, 0, pdf.stderr);
    const pdfText = squeeze(pdf.stdout);
    const lines = htmlLines(html);
    for (const line of [lines[0], lines[1], lines[2], lines[lines.length - 1]]) {
      assert.ok(pdfText.includes(squeeze(line)), `${path.basename(file)}: "${line}" is not in the PDF`);
    }
  }
});
