// `yaosu file --batch` on the 10,000-row 信用卡 table of the scale tests
// (tests/cases/batch_scale.mjs: the valid examples round-robin, five seeded faults
// every 101 rows): rows per second and peak memory, without and with the DOCX.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { scaleTable } from '../../tests/cases/batch_scale.mjs';
import { runMeasured } from './measured_run.mjs';

const ROWS = 10000;
const CREATED = '2025-10-08T09:30:00+08:00';

export function measureBatch(yaosu, folder) {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const { csv, faults } = scaleTable(ROWS);
  const table = path.join(folder, 'cards.csv');
  writeFileSync(table, csv);
  const runs = {};
  for (const [label, extra] of [
    ['filings', []],
    ['filings and DOCX', ['--docx']],
  ]) {
    const out = path.join(folder, label.replace(/ /g, '-'));
    const args = ['file', '--batch', table, '--case', 'credit-card', '--form', 'complaint', '--out', out];
    const run = runMeasured([yaosu, ...args, '--created-at', CREATED, ...extra]);
    runs[label] = { ...run, rows_per_second: ROWS / run.seconds };
  }
  return { rows: ROWS, refused: faults.size, table_bytes: Buffer.byteLength(csv), runs };
}
