// The hostile-input corpus (tests/hostile/corpus.json) through the JS bindings, as
// tests/hostile/hostile_corpus_test.cpp runs it through core natively: the same
// inputs, the same expected codes, read from the one corpus. An input crosses as
// its very bytes (Embind takes a Uint8Array for a std::string), so invalid UTF-8
// reaches the engine as it would from a file. Environment: YAOSU_WASM_JS.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadYaosu, repositoryRoot } from './load_yaosu.mjs';

const CREATED = '2025-10-08T09:30:00+08:00';
const corpus = JSON.parse(readFileSync(path.join(repositoryRoot, 'tests/hostile/corpus.json'), 'utf8'));
const yaosu = await loadYaosu();

// bytes: an input of the corpus as the bytes it stands for (text, hex or repeat, as corpus.json says).
function bytes(input) {
  if ('text' in input) return new TextEncoder().encode(input.text);
  if ('hex' in input) return Uint8Array.from(input.hex.match(/../g), (pair) => parseInt(pair, 16));
  const { open, count, middle, close, fill = '', fill_count: fillCount = 0 } = input.repeat;
  return new TextEncoder().encode(open.repeat(count) + middle + fill.repeat(fillCount) + close.repeat(count));
}

const codes = (diagnostics) => diagnostics.map((d) => d.code);

test('every input gets its parse diagnostic from every binding that reads JSON, or is checked', () => {
  assert.ok(corpus.inputs.length >= 20);
  for (const input of corpus.inputs) {
    const text = bytes(input);
    const form = JSON.parse(yaosu.validateForm('private-lending', 'complaint', text));
    const verified = JSON.parse(yaosu.verifyFiling(text));
    const printed = JSON.parse(yaosu.renderFilingHtml(text));
    const session = new yaosu.FormSession('private-lending', 'complaint', text);
    try {
      if (input.parse === 'value') {
        assert.equal(form.ok, true, `${input.id}: ${JSON.stringify(form.diagnostics)}`);
        assert.equal(verified.ok, false, input.id); // none of them is a genuine filing
        assert.ok(verified.problems.length > 0, input.id);
        assert.equal(verified.inputError, undefined, input.id);
      } else {
        assert.equal(form.ok, false, input.id);
        assert.equal(form.diagnostics[0].code, input.parse, input.id);
        assert.equal(verified.inputError, true, input.id);
        assert.equal(verified.problems[0].code, input.parse, input.id);
        assert.equal(printed.ok, false, input.id);
        assert.equal(printed.diagnostics[0].code, input.parse, input.id);
        // An empty draft is a new form, not a broken one.
        assert.equal(session.ok(), text.length === 0, input.id);
      }
    } finally {
      session.delete();
    }
    if ('table' in input) {
      const batch = yaosu.fileBatch('credit-card', 'complaint', text, CREATED, false, null);
      const result = JSON.parse(batch.result);
      assert.equal(result.ok, false, input.id);
      assert.equal(result.diagnostics[0].code, input.table, input.id);
      assert.equal(batch.zip, null, input.id);
    }
  }
});

test('every filing gets its verification', () => {
  assert.ok(corpus.filings.length >= 1);
  for (const entry of corpus.filings) {
    const check = JSON.parse(yaosu.verifyFiling(readFileSync(path.join(repositoryRoot, entry.file), 'utf8')));
    assert.equal(check.ok, false, entry.id);
    assert.equal(check.digest.matches, entry.digest_matches, entry.id);
    assert.deepEqual(codes(check.problems), entry.verify, entry.id);
  }
});

// everyTextElement: `value` with each string in it (at any depth) replaced by `text`.
function everyTextElement(value, text) {
  if (typeof value === 'string') return text;
  if (Array.isArray(value)) return value.map((v) => everyTextElement(v, text));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, everyTextElement(v, text)]));
  }
  return value;
}

function firstValidExample(caseType, form) {
  const folder = path.join(repositoryRoot, 'tests/cases/examples', caseType, form, 'valid');
  const name = readdirSync(folder)
    .filter((n) => n.endsWith('.json'))
    .sort()[0];
  return JSON.parse(readFileSync(path.join(folder, name), 'utf8'));
}

// escapeHtml: as core's EscapeHtml (core/render/html_renderer.cpp).
const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

test('hostile text in every element of every form is printed escaped, in the HTML and the DOCX', () => {
  assert.ok(corpus.texts.length >= 9);
  const forms = JSON.parse(yaosu.cases());
  assert.ok(forms.length >= 2);
  for (const form of forms) {
    const example = firstValidExample(form.case_type, form.form);
    for (const hostile of corpus.texts) {
      const where = `${form.id} ${hostile.id}`;
      const instance = everyTextElement(example, hostile.text);
      const check = JSON.parse(yaosu.validateForm(form.case_type, form.form, JSON.stringify(instance)));
      assert.equal(check.ok, true, where);
      assert.ok(check.diagnostics.length > 0, where); // dates and choices no longer hold
      const filing = JSON.stringify({
        case: { id: form.id, case_type: form.case_type, form: form.form, version: form.version },
        instance,
        created_at: hostile.text,
        digest: { value: hostile.text },
      });
      const printed = JSON.parse(yaosu.renderFilingHtml(filing));
      assert.equal(printed.ok, true, where);
      const docx = new TextDecoder().decode(yaosu.renderFilingDocx(filing)); // stored, not deflated
      for (const raw of hostile.raw) assert.ok(!printed.html.includes(raw), `${where}: ${raw} reached the HTML`);
      if (/[<>&"']/.test(hostile.text)) {
        assert.ok(!printed.html.includes(hostile.text), `${where}: the HTML holds the text unescaped`);
        assert.ok(!docx.includes(hostile.text), `${where}: the DOCX holds the text unescaped`);
        assert.ok(printed.html.includes(escapeHtml(hostile.text)), `${where}: the text is not on the page`);
        assert.ok(docx.includes(escapeHtml(hostile.text).replaceAll('&#39;', '&apos;')), `${where}: not in the DOCX`);
      } else {
        assert.ok(printed.html.includes(hostile.text), `${where}: plain text must print as typed`);
      }
    }
  }
});

// tableWithEveryCell: a batch table of one row: the example's elements as columns, every cell `text`.
function tableWithEveryCell(example, text) {
  const keys = [];
  const walk = (value, key) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${key}.${i + 1}`));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, key ? `${key}.${k}` : k);
    else if (value !== null) keys.push(key);
  };
  walk(example, '');
  const line = (cells) => cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(',') + '\r\n';
  return line(keys) + line(keys.map(() => text));
}

test('hostile text in every cell of a batch reaches its problems as text, and never the index', () => {
  const example = firstValidExample('credit-card', 'complaint');
  for (const hostile of corpus.texts) {
    const batch = yaosu.fileBatch(
      'credit-card',
      'complaint',
      tableWithEveryCell(example, hostile.text),
      CREATED,
      false,
      null,
    );
    const result = JSON.parse(batch.result);
    assert.equal(result.ok, true, `${hostile.id}: ${JSON.stringify(result.diagnostics)}`);
    assert.deepEqual(result.index.refused, [2], hostile.id);
    assert.ok(
      result.problems.some((p) => p.message.zh.includes(hostile.text)),
      `${hostile.id}: the text never reached the problems`,
    );
    assert.ok(!JSON.stringify(result.index).includes(hostile.text), hostile.id);
  }
});
