// The page's own message catalogs (web/messages/, looked up by web/shared/messages.js),
// held as the engine's are (tests/diagnostics/): every code the page's code
// names is in a catalog, in Chinese and in English with the same placeholders;
// every catalog entry is named somewhere in web/; the lookup fills
// placeholders, falls back to Chinese, and shows an unknown code as itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOGS, messageIn } from '../../web/shared/messages.js';

const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web');

// sources: every script of the web app outside the catalogs themselves, as [file, text].
function sources(dir = web) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === path.join(web, 'messages') ? [] : sources(full);
    return /\.m?js$/.test(entry.name) ? [[path.relative(web, full), readFileSync(full, 'utf8')]] : [];
  });
}

const catalog = Object.assign({}, ...Object.values(CATALOGS));
const prefixes = [...new Set(Object.keys(catalog).map((code) => code.split('.')[0]))];
// A code is written as a quoted literal starting with a catalog's prefix: 'start.created'.
const CODE = new RegExp(`['"\`]((?:${prefixes.join('|')})\\.[a-z0-9_.]+)['"\`]`, 'g');
const used = new Map(); // code → files naming it
for (const [file, text] of sources()) {
  for (const [, code] of text.matchAll(CODE)) used.set(code, [...(used.get(code) ?? []), file]);
}
const placeholders = (words) => [...words.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

test('no code is in two catalogs', () => {
  const seen = new Map();
  for (const [name, entries] of Object.entries(CATALOGS)) {
    for (const code of Object.keys(entries)) {
      assert.ok(!seen.has(code), `${code} is in ${seen.get(code)} and ${name}`);
      seen.set(code, name);
    }
  }
});

test('every catalog entry has Chinese and English with the same placeholders', () => {
  for (const [code, entry] of Object.entries(catalog)) {
    assert.deepEqual(Object.keys(entry).sort(), ['en', 'zh'], code);
    assert.ok(typeof entry.zh === 'string' && entry.zh.trim(), `${code} has no Chinese`);
    assert.ok(typeof entry.en === 'string' && entry.en.trim(), `${code} has no English`);
    assert.deepEqual(placeholders(entry.en), placeholders(entry.zh), `${code}: the placeholders differ`);
  }
});

test('every code named in web/ is in a catalog', () => {
  const missing = [...used]
    .filter(([code]) => !Object.hasOwn(catalog, code))
    .map(([code, files]) => `${code} (${files.join(', ')})`);
  assert.deepEqual(missing, []);
  assert.ok(used.size > 100, `only ${used.size} codes found: is the pattern still right?`);
});

test('every catalog entry is named somewhere in web/', () => {
  assert.deepEqual(
    Object.keys(catalog).filter((code) => !used.has(code)),
    [],
  );
});

// A {zh, en} pair written in the source: `{ zh: '…', en: … }` (the words of a
// case type come from the engine and the schemas as values, never as literals).
const PAIR = /\{\s*zh:\s*['"`]/;

test('the guided form says its own sentences by code, with no {zh, en} pair of its own', () => {
  const form = sources().filter(([file]) => file.startsWith(`form${path.sep}`));
  assert.ok(form.length > 10, `only ${form.length} files in web/form: is the path still right?`);
  const pairs = form.filter(([, text]) => PAIR.test(text)).map(([file]) => file);
  assert.deepEqual(pairs, [], 'these files still write {zh, en} pairs: give their sentences codes in messages/form.js');
  const formCodes = [...used].filter(
    ([code, files]) => code.startsWith('form.') && files.some((file) => file.startsWith('form')),
  );
  assert.ok(formCodes.length > 50, `only ${formCodes.length} form.* codes named in web/form`);
});

test('the lookup fills placeholders, falls back to Chinese, and shows an unknown code as itself', () => {
  assert.equal(messageIn('zh', 'start.created', { name: '借款' }), '已新建草稿“借款”。');
  assert.equal(messageIn('en', 'start.created', { name: 'loan' }), 'Draft “loan” created.');
  assert.equal(messageIn('en', 'staff.summary', { total: 2, passed: 1, failed: 1 }), '2 files: 1 passed, 1 failed');
  assert.equal(messageIn('zh', 'form.needed', { filled: 7, total: 7 }), '必填 7/7');
  assert.equal(messageIn('en', 'form.row.article', { law: 'Civil Code', article: 667 }), 'Civil Code, art. 667');
  assert.equal(messageIn('fr', 'start.open'), '打开');
  assert.equal(messageIn('zh', 'start.renamed'), '已重命名为“{name}”。', 'a missing parameter stays visible');
  assert.equal(messageIn('zh', 'start.no_such_code'), 'start.no_such_code');
  assert.equal(messageIn('zh', 'toString'), 'toString', "only the catalogs' own codes");
});
