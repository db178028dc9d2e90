// Batch filing in wasm under Node (wasm/batch_bindings.cpp), as the page's worker
// calls it: the 信用卡 scale table (tests/cases/batch_scale.mjs) at 1,010 rows,
// its progress told each whole percent, exactly the seeded faults refused.
//
//   node --no-experimental-fetch --test tests/wasm/batch.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scaleTable } from '../cases/batch_scale.mjs';
import { loadYaosu } from './load_yaosu.mjs';

const yaosu = await loadYaosu();
const ROWS = 1010;

test('a table of 1,010 rows filed in wasm: progress each percent, the seeded faults refused', () => {
  const { csv, faults } = scaleTable(ROWS);
  const told = [];
  const done = yaosu.fileBatch('credit-card', 'complaint', csv, '2025-10-08T09:30:00+08:00', false, (p) =>
    told.push({ ...p }),
  );
  const result = JSON.parse(done.result);
  assert.equal(result.ok, true);
  assert.deepEqual(result.index.refused, [...faults.keys()]);
  assert.equal(result.index.filed.length, ROWS - faults.size);
  for (const [row, fault] of faults) {
    assert.ok(
      result.problems.some((p) => p.row === row && p.code === fault.code && p.column_name.endsWith(` ${fault.key}`)),
      `row ${row}: ${fault.code}`,
    );
  }
  assert.equal(told.length, 101); // 0 % … 100 %, each once
  assert.deepEqual(told.at(-1), { done: ROWS, total: ROWS, filed: ROWS - faults.size, refused: faults.size });
  assert.ok(told.every((p, i) => i === 0 || p.done > told[i - 1].done));
  assert.equal(done.zip[0], 0x50); // "PK"
});

test('without a progress function, and for a table that cannot be read, nothing is told and nothing thrown', () => {
  const silent = yaosu.fileBatch('credit-card', 'complaint', 'vm\n1\n', '2025-10-08T09:30:00+08:00', false, null);
  const refused = JSON.parse(silent.result);
  assert.equal(refused.ok, false);
  assert.equal(refused.diagnostics[0].code, 'batch.header.unknown_key');
  assert.equal(silent.zip, null);
});
