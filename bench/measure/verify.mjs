// `yaosu verify --jobs 2` on a few thousand filings: every example that files
// (made with `yaosu file`, as tests/filing/published/record.mjs makes them),
// copied round-robin to FILINGS files. Throughput in filings/s and peak memory.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { exampleInstances } from '../corpus/case_type_sets.mjs';
import { runMeasured } from './measured_run.mjs';

const FILINGS = 4000;
const CREATED = '2025-10-08T09:30:00+08:00';

// makeFilings: files every example that files, then copies them to `count` files.
export function makeFilings(yaosu, root, forms, folder, count = FILINGS) {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(path.join(folder, 'made'), { recursive: true });
  const made = [];
  for (const { caseType, form } of forms) {
    for (const [index, { instance }] of exampleInstances(root, caseType, form).entries()) {
      const args = ['file', '--case', caseType, '--form', form, '--created-at', CREATED, '-'];
      const run = spawnSync(yaosu, args, { input: JSON.stringify(instance), maxBuffer: 1 << 26 });
      if (run.status !== 0) continue; // a form with errors does not file
      const file = path.join(folder, 'made', `${caseType}.${form}.${index}.filing.json`);
      writeFileSync(file, run.stdout);
      made.push(file);
    }
  }
  const files = [];
  for (let i = 0; i < count; i += 1) {
    const file = path.join(folder, `${String(i).padStart(5, '0')}.filing.json`);
    copyFileSync(made[i % made.length], file);
    files.push(file);
  }
  return { distinct: made.length, files };
}

// measureVerify: one timed `yaosu verify --jobs 2` over `files`.
export function measureVerify(yaosu, files) {
  const run = runMeasured([yaosu, 'verify', '--jobs', '2', ...files]);
  return { filings: files.length, ...run, per_second: files.length / run.seconds };
}
