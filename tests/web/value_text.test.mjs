// Element data in plain words (web/shared/value_text.js) and who sues whom
// (web/shared/parties.js), in plain Node, in Chinese and in English.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { Labels } from '../../web/shared/labels.js';
import { valueLines } from '../../web/shared/value_text.js';
import { fileStem, partiesLine } from '../../web/shared/parties.js';
import { getLanguage, setLanguage } from '../../web/shared/i18n.js';

// i18n.js tells the page of a language switch; here there is no page.
globalThis.document ??= { documentElement: {} };
globalThis.window ??= new EventTarget();
const inEnglish = (work) => {
  setLanguage('en');
  try {
    return work();
  } finally {
    setLanguage('zh');
  }
};
after(() => assert.equal(getLanguage(), 'zh'));

const labels = new Labels({
  fields: {
    'claims.principal/amount': { zh: '金额', en: 'Amount' },
    as_of: { zh: '截至日期', en: 'As of' },
    payments: { zh: '还款', en: 'Payments' },
    'claims.principal/payments/date': { zh: '日期', en: 'Date' },
  },
  values: { 'method=cash': { zh: '现金', en: 'Cash' }, true: { zh: '是', en: 'Yes' }, false: { zh: '否', en: 'No' } },
});

test("a row's data: one line per field, labelled, nested fields indented, choices in words", () => {
  const value = {
    amount: 100000,
    as_of: '2025-09-30',
    method: 'cash',
    until_paid: true,
    payments: [{ date: '2025-01-01' }],
  };
  assert.deepEqual(valueLines(value, 'claims.principal', labels), [
    '金额：100000',
    '截至日期：2025-09-30',
    'method：现金',
    'until_paid：是',
    '还款：',
    '  (1)：',
    '    日期：2025-01-01',
  ]);
  assert.deepEqual(
    inEnglish(() => valueLines({ amount: 5, until_paid: false }, 'claims.principal', labels)),
    ['Amount：5', 'until_paid：No'],
  );
});

test('nothing stated says so; a value without words is shown as it is', () => {
  assert.deepEqual(valueLines(undefined, 'claims.principal', labels), ['（未填写）']);
  assert.deepEqual(valueLines({}, 'claims.principal', labels), ['（未填写）']);
  assert.deepEqual(valueLines({ amount: '' }, 'claims.principal', labels), ['金额：（未填写）']);
  assert.deepEqual(valueLines('cheque', 'claims.principal', labels), ['cheque']);
  assert.deepEqual(
    inEnglish(() => valueLines(null, 'claims.principal', labels)),
    ['(not stated)'],
  );
});

test('who sues whom, and a file name from it', () => {
  const instance = { plaintiffs: [{ name: ' 王小明 ' }, { name: '张三' }], defendants: [{ name: '李大海' }] };
  assert.equal(partiesLine(instance), '王小明等 诉 李大海');
  assert.equal(partiesLine({ defendants: [{ name: '李大海' }] }), '？ 诉 李大海');
  assert.equal(partiesLine({ plaintiffs: [{ name: '' }] }), '');
  assert.equal(
    inEnglish(() => partiesLine(instance)),
    '王小明 et al. v 李大海',
  );
  assert.equal(
    fileStem({ instance, name: '草稿' }, '民事起诉状', '2025-10-08'),
    '王小明等诉李大海_民事起诉状_2025-10-08',
  );
  assert.equal(fileStem({ instance: {}, name: 'a/b' }, '', '2025-10-08'), 'a_b_2025-10-08');
});
