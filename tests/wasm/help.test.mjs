// Node tests of what the bindings add for issue #11: FormSession.help (the
// figures beside the checks, core/assist/form_help.h), the "incomplete" mark
// on added diagnostics, summarizeFiling for court staff, and the messages only
// the bindings emit (options.invalid, case.unknown_form) with every
// placeholder filled.
//
//   node --no-experimental-fetch --test tests/wasm/help.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadYaosu } from './load_yaosu.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const yaosu = await loadYaosu();
const PLACEHOLDER = /\{\w+(\|term)?\}/;

test('the messages only the bindings emit have every placeholder filled, in both languages', () => {
  const options = JSON.parse(yaosu.validate('{}', '1', '{"maxDepth": "deep"}'));
  const form = JSON.parse(yaosu.caseForm('no-such-case', 'complaint', ''));
  const messages = [...options.schemaDiagnostics, ...form.diagnostics].map((d) => [d.code, d.message]);
  assert.deepEqual(
    messages.map(([code]) => code),
    ['options.invalid', 'case.unknown_form'],
  );
  for (const [code, message] of messages) {
    for (const words of [message.zh, message.en]) assert.doesNotMatch(words, PLACEHOLDER, `${code}: ${words}`);
  }
});

test('help gives the fee of the total the form files, with today until the form is dated', () => {
  const session = new yaosu.FormSession(
    'private-lending',
    'complaint',
    JSON.stringify({
      claims: {
        principal: { as_of: '2025-09-30', amount: 195000 },
        interest: { as_of: '2025-09-30', amount: 36000 },
        total: 200000,
      },
    }),
  );
  const help = JSON.parse(session.help('2025-10-08'));
  assert.deepEqual(help.as_of, { pointer: '/signature/date', date: '2025-10-08', given: false });
  assert.equal(help.fee.amount_fen, 20000000);
  assert.deepEqual(
    help.fee.choices.map((choice) => [choice.procedure, choice.fee.display]),
    [
      ['ordinary', '4300.00'],
      ['simplified', '2150.00'],
      ['mediation_or_withdrawal', '2150.00'],
    ],
  );
  assert.equal(help.today_values.court_fee, 430000);
  session.delete();
});

test("a divorce's fee is of kind divorce, on the property to divide the form computes", () => {
  const session = new yaosu.FormSession(
    'divorce',
    'complaint',
    JSON.stringify({
      claims: { property: { present: true, houses: [{ details: '住房一套', value: 1200000, owner: 'plaintiff' }] } },
    }),
  );
  const help = JSON.parse(session.help('2026-12-06'));
  assert.equal(help.fee.amount_source, 'computed_value');
  assert.equal(help.fee.amount_fen, 120000000);
  assert.match(help.fee.amount_label.zh, /^要求分割的夫妻共同财产价值合计/);
  assert.match(help.fee.choices[0].when.zh, /离婚/);
  assert.equal(help.fee.choices[0].fee.value, help.today_values.court_fee);
  session.delete();
});

test('a missing element is marked incomplete; a wrong check character is not', () => {
  const session = new yaosu.FormSession('private-lending', 'complaint', '');
  const blank = JSON.parse(session.snapshot());
  assert.ok(blank.added.length > 0 && blank.added.every((d) => d.incomplete === (d.code === 'schema.required')));
  const wrong = JSON.parse(
    session.set(
      '/plaintiffs',
      JSON.stringify([{ kind: 'natural_person', id_type: 'resident_id', id_number: '110105194912310021' }]),
    ),
  );
  const format = wrong.added.find((d) => d.code === 'schema.format');
  assert.equal(format.incomplete, false);
  assert.equal(format.message.zh, '身份证号码校验位不正确：最后一位应为 X，填写的是 1，请核对号码');
  session.delete();
});

test("summarizeFiling lists a filing's warnings apart, with their element", () => {
  const example = JSON.parse(
    readFileSync(path.join(root, 'tests/cases/examples/private-lending/complaint/invalid/rate_above_cap.json'), 'utf8'),
  );
  const made = JSON.parse(
    yaosu.produceFiling('private-lending', 'complaint', JSON.stringify(example.instance), '2025-10-08T09:30:00+08:00'),
  );
  const summary = JSON.parse(yaosu.summarizeFiling(made.text));
  assert.equal(summary.ok, true);
  assert.deepEqual(summary.problems, []);
  assert.deepEqual(
    summary.summary.warnings.map((w) => [w.code, w.element.row]),
    [['private-lending.rate_above_cap', 'facts.rate']],
  );
});
