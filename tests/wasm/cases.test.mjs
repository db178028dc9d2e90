// Node tests of the case-type bindings (wasm/case_bindings.cpp): the built-in
// case types, and every example of every form checked in wasm — with the same
// JSON, byte for byte, as the native `yaosu validate --case … --json`.
//
//   node --no-experimental-fetch --test tests/wasm/cases.test.mjs
//
// YAOSU_WASM_JS names the built yaosu.js (default build/wasm/wasm/yaosu.js);
// YAOSU_NATIVE_CLI the native yaosu to compare with (default
// build/native/cli/yaosu; scripts/test.sh builds it first). Without it the
// comparison is skipped, except under CI=true where that is a failure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadYaosu } from './load_yaosu.mjs';
import { formBundles } from '../../web/server/form_bundles.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const nativeCli = process.env.YAOSU_NATIVE_CLI || path.join(root, 'build/native/cli/yaosu');
const haveNative = existsSync(nativeCli);

const yaosu = await loadYaosu();

function native(args, input) {
  const result = spawnSync(nativeCli, args, { input: input ?? '', encoding: 'utf8', timeout: 60000 });
  if (result.error) throw result.error;
  return result;
}

// examples: [{caseType, form, kind, name, instance, expect?}] from tests/cases/examples/<case_type>/<form>/.
function examples() {
  const list = [];
  const examplesRoot = path.join(root, 'tests/cases/examples');
  for (const caseType of readdirSync(examplesRoot, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const form of readdirSync(path.join(examplesRoot, caseType.name))) {
      for (const kind of ['valid', 'invalid']) {
        const folder = path.join(root, 'tests/cases/examples', caseType.name, form, kind);
        if (!existsSync(folder)) continue;
        for (const name of readdirSync(folder)
          .filter((n) => n.endsWith('.json'))
          .sort()) {
          const document = JSON.parse(readFileSync(path.join(folder, name), 'utf8'));
          list.push({
            caseType: caseType.name,
            form,
            kind,
            name,
            instance: kind === 'valid' ? document : document.instance,
            expect: document.expect,
          });
        }
      }
    }
  }
  return list;
}

test('cases() lists every form folder, as yaosu cases --json does', (t) => {
  const forms = JSON.parse(yaosu.cases());
  const lending = forms.find((f) => f.id === 'private-lending.complaint');
  assert.ok(lending);
  assert.equal(lending.title.zh, '民事起诉状（民间借贷纠纷）');
  const folders = examples().map((e) => `${e.caseType}/${e.form}`);
  for (const folder of new Set(folders))
    assert.ok(
      forms.some((f) => `${f.case_type}/${f.form}` === folder),
      folder,
    );
  if (!haveNative) {
    if (process.env.CI === 'true') assert.fail(`no native yaosu at ${nativeCli} to compare with`);
    t.skip('no native yaosu to compare with');
    return;
  }
  assert.deepEqual(forms, JSON.parse(native(['cases', '--json']).stdout));
});

test("a form's files are added when it is first named, as the page's worker adds them", async () => {
  // The app's wasm lists every form (each case.json) without its other files.
  const bare = await loadYaosu({ formFiles: false });
  assert.deepEqual(JSON.parse(bare.cases()), [], 'the list is of forms whose files are there');
  const bundles = formBundles(path.join(root, 'schemas'));
  for (const [version, folder] of [
    ['', 'cases/private-lending'],
    ['2025.2', 'published/private-lending/2025.2/complaint'],
  ]) {
    assert.equal(bare.formFilesToAdd('private-lending', 'complaint', version), folder);
    assert.equal(JSON.parse(bare.caseForm('private-lending', 'complaint', version)).ok, false, folder);
    assert.deepEqual(JSON.parse(bare.addFormFiles(bundles.get(folder))), { files: 5 + (version ? 2 : 0), ok: true });
    assert.equal(bare.formFilesToAdd('private-lending', 'complaint', version), '');
    assert.equal(
      bare.caseForm('private-lending', 'complaint', version),
      yaosu.caseForm('private-lending', 'complaint', version),
    );
  }
  assert.equal(bare.formFilesToAdd('private-lending', 'answer', ''), '', "a case type's folder holds all its forms");
});

test('a bundle read by JavaScript (addReadFormFiles) is added, or refused, as addFormFiles adds or refuses its text', async () => {
  const bundle = formBundles(path.join(root, 'schemas')).get('cases/divorce');
  const read = await loadYaosu({ formFiles: false });
  const malformed = [
    [null, '/folder'],
    [{ files: [] }, '/folder'],
    [{ folder: 'cases/divorce', files: {} }, '/files'],
    [{ folder: 'cases/divorce', files: [{ path: 'cases/divorce/case.json' }] }, '/files/0'],
    [{ folder: 'cases/divorce', files: [{ path: 'cases/labour/x.json', text: '{}' }] }, '/files/0/path'],
    [{ folder: 'cases/divorce', files: [{ path: 'cases/divorce/../x.json', text: '{}' }] }, '/files/0/path'],
  ];
  for (const [shape, reason] of malformed) {
    const viaText = JSON.parse(read.addFormFiles(JSON.stringify(shape)));
    const viaRead = JSON.parse(read.addReadFormFiles(shape));
    assert.deepEqual(viaRead, viaText, reason);
    assert.deepEqual(
      [viaRead.ok, viaRead.diagnostics[0].code, viaRead.diagnostics[0].params.reason],
      [false, 'case.bundle_malformed', reason],
    );
  }
  assert.equal(read.formFilesToAdd('divorce', 'complaint', ''), 'cases/divorce', 'nothing of a refused bundle is kept');
  assert.deepEqual(JSON.parse(read.addReadFormFiles(JSON.parse(bundle))), JSON.parse(yaosu.addFormFiles(bundle)));
  assert.equal(read.caseForm('divorce', 'complaint', ''), yaosu.caseForm('divorce', 'complaint', ''));
});

test("caseForm() gives a form's schema and the shared ones with their keys in the order their files write them", () => {
  const inOrder = (text) => JSON.stringify(JSON.parse(text)); // JSON.parse keeps the order of names
  const published = JSON.parse(yaosu.caseForm('private-lending', 'complaint', '2025.2'));
  const file = readFileSync(path.join(root, 'schemas/published/private-lending/2025.2/complaint/schema.json'), 'utf8');
  assert.equal(JSON.stringify(published.schema), inOrder(file));
  const current = JSON.parse(yaosu.caseForm('private-lending', 'complaint', ''));
  const shared = readdirSync(path.join(root, 'schemas/common')).filter((name) => name.endsWith('.json'));
  assert.ok(shared.length > 0);
  for (const name of shared) {
    const text = readFileSync(path.join(root, 'schemas/common', name), 'utf8');
    assert.equal(JSON.stringify(current.shared[JSON.parse(text).$id]), inOrder(text), name);
  }
});

test('caseForm() gives an earlier version when asked, for the filings made with it', () => {
  const newest = JSON.parse(yaosu.caseForm('private-lending', 'complaint', ''));
  const earlier = JSON.parse(yaosu.caseForm('private-lending', 'complaint', '2025.2'));
  assert.equal(earlier.ok, true);
  assert.equal(earlier.manifest.version, '2025.2');
  assert.notEqual(newest.manifest.version, '2025.2');
  assert.ok(earlier.words.fields, 'a composed version carries its words');
  assert.equal(JSON.parse(yaosu.caseForm('private-lending', 'complaint', '2025.1')).manifest.version, '2025.1');
  const missing = JSON.parse(yaosu.caseForm('private-lending', 'complaint', '1999.1'));
  assert.equal(missing.ok, false);
  assert.equal(missing.diagnostics[0].code, 'case.unknown_form');
});

test('caseForm() gives the element rows and computed values of a form', () => {
  const form = JSON.parse(yaosu.caseForm('private-lending', 'complaint', ''));
  assert.equal(form.ok, true);
  assert.equal(form.summary.id, 'private-lending.complaint');
  const claims = form.elements.sections.find((s) => s.id === 'claims');
  assert.deepEqual(
    claims.rows
      .filter((row) => row.number)
      .map((row) => row.label.zh)
      .slice(0, 2),
    ['本金', '利息'],
  );
  assert.equal(claims.rows.find((row) => row.id === 'claims.principal').number, 1);
  // A composed form carries its words, row-specific choices among them.
  assert.equal(form.words.fields['facts.amount/delivery'].zh, '提供方式');
  assert.equal(form.words.values['facts.rate/unit=per_quarter'].zh, '季');
  // Its schema comes as written: a row's fields in the order the author wrote them.
  assert.deepEqual(Object.keys(form.schema.properties.claims.properties.principal.properties), [
    'as_of',
    'amount',
    'currency',
  ]);
  assert.ok(Array.isArray(form.computed));
  const { version } = JSON.parse(readFileSync(path.join(root, 'schemas/cases/private-lending/case.json'), 'utf8'));
  assert.equal(form.schema.$id, `https://yaosu.cn/schemas/cases/private-lending/complaint/${version}/schema.json`);
  assert.ok(form.shared['https://yaosu.cn/schemas/common/party.json']);
  assert.match(form.document.rows['claims.principal'], /尚欠本金/);
});

test('an unknown form and malformed JSON are refused with diagnostics', () => {
  const unknown = JSON.parse(yaosu.validateForm('no-such-case', 'complaint', '{}'));
  assert.equal(unknown.ok, false);
  assert.equal(unknown.diagnostics[0].code, 'case.unknown_form');
  assert.match(unknown.diagnostics[0].message.zh, /no-such-case/);
  const malformed = JSON.parse(yaosu.validateForm('private-lending', 'complaint', '{"plaintiffs": ['));
  assert.equal(malformed.ok, false);
  assert.equal(malformed.diagnostics[0].code, 'json.syntax');
});

test('every example gives in wasm what its file expects, and what the native CLI prints', (t) => {
  const all = examples();
  assert.ok(all.length >= 10, `only ${all.length} examples`);
  for (const example of all) {
    const label = `${example.caseType}/${example.form}/${example.kind}/${example.name}`;
    const text = JSON.stringify(example.instance);
    const result = JSON.parse(yaosu.validateForm(example.caseType, example.form, text));
    assert.equal(result.ok, true, label);
    if (example.kind === 'valid') {
      assert.deepEqual(result.diagnostics, [], label);
    } else {
      assert.equal(result.diagnostics.length, example.expect.length, label);
      for (const expected of example.expect) {
        assert.ok(
          result.diagnostics.some(
            (d) =>
              d.code === expected.code &&
              (expected.instance_location === undefined || d.instanceLocation === expected.instance_location),
          ),
          `${label}: ${JSON.stringify(expected)}`,
        );
      }
    }
    if (!haveNative) continue;
    const printed = native(['validate', '--case', example.caseType, '--form', example.form, '--json', '-'], text);
    const nativeResult = JSON.parse(printed.stdout);
    delete nativeResult.file;
    delete result.ok;
    assert.equal(JSON.stringify(result), JSON.stringify(nativeResult), label);
  }
  if (!haveNative) {
    if (process.env.CI === 'true') assert.fail(`no native yaosu at ${nativeCli} to compare with`);
    t.diagnostic('native comparison skipped: no native yaosu');
  }
});

test('a FormSession answers each change with what changed', () => {
  const session = new yaosu.FormSession('private-lending', 'complaint', '');
  try {
    assert.equal(session.ok(), true);
    const first = JSON.parse(session.snapshot());
    assert.equal(first.valid, false);
    assert.equal(first.progress.filled, 0);
    const example = readFileSync(
      path.join(root, 'tests/cases/examples/private-lending/complaint/valid/transfer-loan-overdue.json'),
      'utf8',
    );
    const filled = JSON.parse(session.set('', example));
    assert.equal(filled.valid, true);
    assert.ok(filled.removed.length > 0);
    const wrong = JSON.parse(session.set('/facts/repayment/principal_repaid', '200000'));
    const added = wrong.added.find((d) => d.code === 'private-lending.repaid_exceeds_principal');
    assert.ok(added && added.key && added.message.zh.length > 0);
    const fixed = JSON.parse(session.set('/facts/repayment/principal_repaid', '0'));
    assert.deepEqual(fixed.removed, [added.key]);
    assert.deepEqual(JSON.parse(session.instance()), JSON.parse(example));
    assert.equal(JSON.parse(session.set('/x', '{')).ok, false);
  } finally {
    session.delete();
  }
  const unknown = new yaosu.FormSession('no-such-case', 'complaint', '');
  assert.equal(unknown.ok(), false);
  assert.equal(JSON.parse(unknown.set('/a', '1')).diagnostics[0].code, 'case.unknown_form');
  unknown.delete();
});
