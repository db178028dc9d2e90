// Records the published-filings fixtures: every example that files (the valid
// ones and the seeded faults that are only warnings) becomes a filing made by
// the native `yaosu` of the commit named below, with what `verify`, `render`
// and `compare` said of it then. Run once, when a case-type version is
// published — never to make a failing test pass: a filing is a legal record,
// and tests/cli/published_filings_cli_test.js and
// tests/wasm/published_filings.test.mjs hold every later build to these bytes.
//
//   node tests/filing/published/record.mjs build/native/cli/yaosu <commit> <folder> [case-type...]
//
// <folder> (under tests/filing/published/) is new for each recording: the
// version published, e.g. 2025.1. Earlier folders are never rewritten. Name
// the case types when only they moved to the new version (the others' filings
// are recorded under the version they still have).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordedHtml } from './recorded_html.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const [yaosu, commit, folder, ...caseTypes] = process.argv.slice(2);
if (!yaosu || !commit || !folder) {
  console.error('usage: node record.mjs path/to/yaosu <commit> <folder> [case-type...]');
  process.exit(2);
}
const recording = path.join(here, folder);
if (existsSync(recording)) {
  console.error(`${recording} exists: a recording is never rewritten`);
  process.exit(2);
}
const CREATED = '2025-10-08T09:30:00+08:00';
const tmp = mkdtempSync(path.join(os.tmpdir(), 'yaosu-record-'));
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

function run(args, input) {
  const result = spawnSync(yaosu, args, { input: input ?? '', maxBuffer: 1 << 26 });
  if (result.error) throw result.error;
  return result;
}

// Every example instance, valid or seeded, by case type and form.
function instances() {
  const list = [];
  const examples = path.join(root, 'tests/cases/examples');
  const chosen = (caseType) => caseTypes.length === 0 || caseTypes.includes(caseType);
  for (const caseType of readdirSync(examples).sort().filter(chosen)) {
    for (const form of readdirSync(path.join(examples, caseType)).sort()) {
      for (const kind of ['valid', 'invalid']) {
        const kindFolder = path.join(examples, caseType, form, kind);
        for (const name of readdirSync(kindFolder)
          .filter((n) => n.endsWith('.json'))
          .sort()) {
          const parsed = JSON.parse(readFileSync(path.join(kindFolder, name), 'utf8'));
          const instance = kind === 'valid' ? parsed : parsed.instance;
          list.push({ caseType, form, name: `${kind}-${name.replace(/\.json$/, '')}`, instance });
        }
      }
    }
  }
  return list;
}

const outDir = path.join(recording, 'filings');
mkdirSync(outDir, { recursive: true });
const expected = { recorded_with: commit, created_at: CREATED, filings: {}, comparisons: {} };
const filed = [];
for (const { caseType, form, name, instance } of instances()) {
  const made = run(
    ['file', '--case', caseType, '--form', form, '--created-at', CREATED, '-'],
    JSON.stringify(instance),
  );
  if (made.status !== 0) continue; // a form with errors does not file
  const file = `${caseType}.${form}.${name}.filing.json`;
  writeFileSync(path.join(outDir, file), made.stdout);
  const html = path.join(tmp, 'page.html');
  const docx = path.join(tmp, 'page.docx');
  const rendered = run(['render', path.join(outDir, file), '--html', html, '--docx', docx]);
  if (rendered.status !== 0) throw new Error(`render ${file}: ${rendered.stderr}`);
  const verified = run(['verify', '--json', path.join(outDir, file)]);
  const verdict = JSON.parse(verified.stdout.toString());
  delete verdict.file;
  expected.filings[file] = {
    verify_exit: verified.status,
    verify: verdict,
    html_sha256: sha256(recordedHtml(readFileSync(html, 'utf8'))),
    docx_sha256: sha256(readFileSync(docx)),
  };
  filed.push({ caseType, form, file });
}
for (const complaint of filed.filter((f) => f.form === 'complaint')) {
  for (const answer of filed.filter((f) => f.form === 'answer' && f.caseType === complaint.caseType)) {
    const html = path.join(tmp, 'disputes.html');
    const args = [path.join(outDir, complaint.file), path.join(outDir, answer.file)];
    const table = run(['compare', '--json', ...args]);
    const page = run(['compare', '--html', html, ...args]);
    if (page.status !== table.status) throw new Error(`compare ${complaint.file} ${answer.file}: exit codes differ`);
    expected.comparisons[`${complaint.file} ${answer.file}`] = {
      exit: table.status,
      json_sha256: sha256(JSON.stringify(JSON.parse(table.stdout.toString()))), // as JSON.stringify writes it
      html_sha256: sha256(recordedHtml(readFileSync(html, 'utf8'))),
    };
  }
}
writeFileSync(path.join(recording, 'expected.json'), `${JSON.stringify(expected, null, 1)}\n`);
console.log(`recorded ${filed.length} filings and ${Object.keys(expected.comparisons).length} comparisons`);
