// Filings made before a change still verify, print and compare as they did —
// in wasm, byte for byte as the native command recorded them
// (tests/filing/published/, checked natively by tests/cli/published_filings_cli_test.js).
// Environment: YAOSU_WASM_JS as in cases.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadYaosu } from './load_yaosu.mjs';
import { formBundles } from '../../web/server/form_bundles.mjs';
import { recordedHtml } from '../filing/published/recorded_html.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const yaosu = await loadYaosu();

const published = path.join(root, 'tests/filing/published');
const recordings = readdirSync(published).filter((name) => existsSync(path.join(published, name, 'expected.json')));
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

test('the published filings are there', () => assert.ok(recordings.includes('2025.1')));

test("a filing of a version whose files are not added yet is refused until they are, as the page's worker adds them", async () => {
  const fresh = await loadYaosu({ formFiles: false }); // as the app's wasm loads: versions listed, no files
  const text = readFileSync(
    path.join(published, '2025.1/filings/private-lending.complaint.valid-transfer-loan-overdue.filing.json'),
    'utf8',
  );
  const { case: key } = JSON.parse(text);
  assert.equal(JSON.parse(fresh.verifyFiling(text)).ok, false);
  const folder = fresh.formFilesToAdd(key.case_type, key.form, key.version);
  assert.equal(folder, 'published/private-lending/2025.1/complaint');
  const bundle = formBundles(path.join(root, 'schemas')).get(folder);
  const broken = JSON.parse(fresh.addFormFiles(bundle.replace('"folder":"published/', '"folder":"elsewhere/')));
  assert.deepEqual([broken.ok, broken.diagnostics[0].code], [false, 'case.bundle_malformed']);
  assert.equal(JSON.parse(fresh.addFormFiles(bundle)).ok, true);
  assert.equal(fresh.formFilesToAdd(key.case_type, key.form, key.version), '');
  assert.deepEqual(JSON.parse(fresh.verifyFiling(text)), JSON.parse(yaosu.verifyFiling(text)));
  assert.equal(JSON.parse(fresh.verifyFiling(text)).ok, true);
});

for (const recording of recordings) {
  const expected = JSON.parse(readFileSync(path.join(published, recording, 'expected.json'), 'utf8'));
  const read = (name) => readFileSync(path.join(published, recording, 'filings', name), 'utf8');

  test(`${recording}: every filing verifies and prints in wasm as it did natively when it was made`, () => {
    for (const [name, recorded] of Object.entries(expected.filings)) {
      const text = read(name);
      const { file, ...verdict } = JSON.parse(yaosu.verifyFiling(text));
      assert.deepEqual(verdict, recorded.verify, name);
      const page = JSON.parse(yaosu.renderFilingHtml(text));
      assert.equal(page.ok, true, name);
      assert.equal(sha256(Buffer.from(recordedHtml(page.html), 'utf8')), recorded.html_sha256, `${name}: HTML`);
      assert.equal(sha256(yaosu.renderFilingDocx(text)), recorded.docx_sha256, `${name}: DOCX`);
    }
  });

  test(`${recording}: every complaint and answer compare in wasm to the recorded dispute table`, () => {
    for (const [pair, recorded] of Object.entries(expected.comparisons)) {
      const [complaint, answer] = pair.split(' ').map(read);
      const { ok, ...table } = JSON.parse(yaosu.compareFilings(complaint, answer));
      assert.equal(ok, recorded.exit === 0, pair);
      assert.equal(sha256(JSON.stringify(table)), recorded.json_sha256, `${pair}: JSON`);
      const page = JSON.parse(yaosu.compareFilingsHtml(complaint, answer));
      assert.equal(sha256(Buffer.from(recordedHtml(page.html), 'utf8')), recorded.html_sha256, `${pair}: HTML`);
    }
  });
}
