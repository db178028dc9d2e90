// The words the form shows for fields and choices (web/shared/labels.js), in plain
// Node: a row's own words first, then the property's, then the schema title;
// a composed case type's own words over labels.json's; section guidance with
// its English from labels.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Labels, wordsOf } from '../../web/shared/labels.js';

const published = new Labels({
  fields: { 'claims.principal/amount': { zh: '本金金额', en: 'Principal' }, amount: { zh: '金额', en: 'Amount' } },
  values: {
    'claims.interest/until_paid=true': { zh: '计至实际清偿之日', en: 'Until paid' },
    'method=cash': { zh: '现金', en: 'Cash' },
    true: { zh: '是', en: 'Yes' },
  },
  guidance: { 请如实填写: 'Fill in truthfully' },
});

test("a field: the row's own label, then the property's, then the schema title, then its name", () => {
  assert.deepEqual(published.field('claims.principal', 'amount', 'amount'), { zh: '本金金额', en: 'Principal' });
  assert.deepEqual(published.field('claims.interest', 'amount', 'amount'), { zh: '金额', en: 'Amount' });
  assert.deepEqual(published.field('claims.interest', 'rate', 'rate', { title: '利率 / Rate' }), {
    zh: '利率',
    en: 'Rate',
  });
  assert.deepEqual(published.field('claims.interest', 'rate', 'rate', { title: '利率' }), { zh: '利率' });
  assert.deepEqual(published.field('claims.interest', 'rate', 'rate'), { zh: 'rate', en: 'rate' });
});

test("a choice: the row's own words, then the property's, then the value's, then the value itself", () => {
  assert.deepEqual(published.value('until_paid', true, 'claims.interest', 'until_paid'), {
    zh: '计至实际清偿之日',
    en: 'Until paid',
  });
  assert.deepEqual(published.value('until_paid', true, 'claims.principal', 'until_paid'), { zh: '是', en: 'Yes' });
  assert.deepEqual(published.value('method', 'cash'), { zh: '现金', en: 'Cash' });
  assert.deepEqual(published.value('method', 'cheque'), { zh: 'cheque', en: 'cheque' });
});

test("a composed case type's own words come first; labels.json fills in the rest", () => {
  const own = wordsOf({ words: { fields: { amount: { zh: '借款金额', en: 'Loan amount' } } } }, published);
  assert.deepEqual(own.field('claims.interest', 'amount', 'amount'), { zh: '借款金额', en: 'Loan amount' });
  assert.deepEqual(own.field('claims.principal', 'amount', 'amount'), { zh: '本金金额', en: 'Principal' });
  assert.deepEqual(own.value('method', 'cash'), { zh: '现金', en: 'Cash' });
  assert.equal(wordsOf({ ok: true }, published), published, "a form without words of its own uses labels.json's");
});

test('section guidance gets its English from labels.json where the form has none', () => {
  assert.deepEqual(published.guidance({ zh: '请如实填写' }), { zh: '请如实填写', en: 'Fill in truthfully' });
  assert.deepEqual(published.guidance({ zh: '请如实填写', en: 'Own' }), { zh: '请如实填写', en: 'Own' });
  assert.deepEqual(published.guidance({ zh: '别的' }), { zh: '别的' });
  assert.equal(published.guidance(undefined), undefined);
});
