// The start page's catalogue of case types (web/start/case_catalog.js): grouped by
// field, found by cause, search words and titles in either language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catalogGroups, matches } from '../../web/start/case_catalog.js';

const lending = [
  {
    case_type: 'private-lending',
    form: 'answer',
    area: 'civil',
    title: { zh: '民事答辩状（民间借贷纠纷）', en: 'Civil answer (Private lending dispute)' },
  },
  {
    case_type: 'private-lending',
    form: 'complaint',
    area: 'civil',
    cause: { zh: '民间借贷纠纷', en: 'Private lending dispute' },
    keywords: { zh: ['借条', '欠款'], en: ['IOU'] },
    title: { zh: '民事起诉状（民间借贷纠纷）', en: 'Civil complaint (Private lending dispute)' },
  },
];
const sales = [
  {
    case_type: 'sales-contract',
    form: 'complaint',
    area: 'commercial',
    cause: { zh: '买卖合同纠纷', en: 'Sales contract dispute' },
    keywords: { zh: ['货款'], en: ['goods'] },
    title: { zh: '民事起诉状（买卖合同纠纷）', en: 'Civil complaint (Sales contract dispute)' },
  },
];
const unplaced = [
  { case_type: 'fixture-iou', form: 'complaint', title: { zh: '民事起诉状（借据）', en: 'Complaint (IOU)' } },
];

test('case types are grouped by field in the batch order, complaint first', () => {
  const groups = catalogGroups([...sales, ...lending, ...unplaced]);
  assert.deepEqual(
    groups.map((g) => g.area),
    ['civil', 'commercial', 'other'],
  );
  assert.deepEqual(
    groups[0].caseTypes[0].forms.map((f) => f.form),
    ['complaint', 'answer'],
  );
  assert.equal(groups[1].name, '商事');
});

test('a search finds a case type by its cause, its search words or a title, in either language', () => {
  assert.deepEqual(
    catalogGroups([...lending, ...sales], '借条').map((g) => g.caseTypes[0].caseType),
    ['private-lending'],
  );
  assert.deepEqual(
    catalogGroups([...lending, ...sales], 'goods').map((g) => g.caseTypes[0].caseType),
    ['sales-contract'],
  );
  assert.deepEqual(
    catalogGroups([...lending, ...sales], '纠纷').flatMap((g) => g.caseTypes.map((c) => c.caseType)),
    ['private-lending', 'sales-contract'],
  );
  assert.equal(catalogGroups([...lending, ...sales], '离婚').length, 0);
  assert.ok(matches(lending, '  '));
  assert.ok(matches(lending, 'iou 借款'.replace('借款', '借条')));
  assert.ok(!matches(lending, 'iou 货款'));
});
