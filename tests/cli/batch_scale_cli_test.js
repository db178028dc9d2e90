#!/usr/bin/env node
// Batch filing at scale (issue #13): 10,000 rows of 信用卡 complaints with a known
// set of seeded faults (tests/cases/batch_scale.mjs) give exactly the expected
// filings and problem rows, with progress as JSON lines. YAOSU_BATCH_ROWS sets
// the row count (fewer under the sanitizers: tests/cli/CMakeLists.txt).
//
//   node tests/cli/batch_scale_cli_test.js path/to/yaosu
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { yaosuUnderTest, CREATED } = require('./support.js');
const { spawnSync } = require('node:child_process');

const yaosu = yaosuUnderTest();
const ROWS = Number(process.env.YAOSU_BATCH_ROWS) || 10000;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'yaosu-batch-scale-'));

test(`${ROWS} rows of 信用卡 complaints with seeded faults: exactly the expected filings and problem rows`, async () => {
  const { scaleTable } = await import('../cases/batch_scale.mjs');
  const { readCsv } = await import('../cases/batch_table.mjs');
  const { csv, faults, examples, exampleOf } = scaleTable(ROWS);
  const table = path.join(tmp, 'cards.csv');
  fs.writeFileSync(table, csv);
  const out = path.join(tmp, 'filed');
  const args = ['file', '--batch', table, '--case', 'credit-card', '--form', 'complaint', '--out', out, '--json'];
  const run = spawnSync(yaosu, [...args, '--created-at', CREATED], { encoding: 'utf8', maxBuffer: 1 << 26 });
  assert.equal(run.status, 1, run.stderr); // some rows refused

  // Progress as JSON lines, each whole percent, then the result.
  const lines = run.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  const progress = lines.filter((line) => line.progress).map((line) => line.progress);
  assert.ok(progress.length >= Math.min(ROWS, 100) && progress.length <= 101, `${progress.length} progress lines`);
  progress.forEach((p, i) => {
    assert.equal(p.total, ROWS);
    assert.equal(p.filed + p.refused, p.done);
    if (i > 0) assert.ok(p.done > progress[i - 1].done);
  });
  assert.equal(progress.at(-1).done, ROWS);
  const { problems: problemCount, ...result } = lines.at(-1).result;
  assert.deepEqual(result, { out, rows: ROWS, filed: ROWS - faults.size, refused: faults.size });

  // The index: the faulty rows refused, every other row filed, one digest per example.
  const index = JSON.parse(fs.readFileSync(path.join(out, 'index.json'), 'utf8'));
  assert.deepEqual(index.refused, [...faults.keys()]);
  const filedRows = index.filed.map((f) => f.row);
  const expectedFiled = Array.from({ length: ROWS }, (_, i) => i + 2).filter((row) => !faults.has(row));
  assert.deepEqual(filedRows, expectedFiled);
  const digests = new Map();
  for (const { row, digest, file } of index.filed) {
    const example = exampleOf(row);
    if (!digests.has(example)) digests.set(example, digest);
    assert.equal(digest, digests.get(example), `row ${row}: an amount or a date written otherwise reads the same`);
    if (row % 997 === 0) assert.ok(fs.existsSync(path.join(out, file)), file);
  }
  assert.equal(digests.size, examples.length);
  assert.equal(fs.readdirSync(path.join(out, 'filings')).length, expectedFiled.length);

  // The problems table: only the faulty rows, each with its seeded problem at its column.
  const [heading, ...problems] = readCsv(fs.readFileSync(path.join(out, 'problems.csv'), 'utf8'));
  assert.equal(problems.length, problemCount);
  assert.deepEqual(heading.slice(0, 5), ['行号', '文件行', '列', '要素位置', '代码']);
  assert.deepEqual([...new Set(problems.map((p) => Number(p[0])))], [...faults.keys()]);
  for (const [row, fault] of faults) {
    const found = problems.filter((p) => Number(p[0]) === row);
    assert.ok(
      found.some((p) => p[4] === fault.code && p[2].endsWith(` ${fault.key}`)),
      `row ${row}: ${fault.code} at ${fault.key}; found ${JSON.stringify(found.map((p) => [p[2], p[4]]))}`,
    );
  }
});
