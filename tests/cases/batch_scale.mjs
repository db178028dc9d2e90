// A large batch table of 信用卡 complaints with a known set of seeded faults, the
// same for the CLI, wasm and browser tests and the benchmark (issue #13: 10,000
// rows, exactly the expected filings and problem rows). Row r (the spreadsheet's
// row number, the header is row 1) is example (r - 2) mod n of the n valid 信用卡
// complaint examples (in file-name order), written as a bank's export writes it;
// every 101 rows, five rows carry one fault each, and some good rows write an
// amount or a date the other ways people write them.
//
//   const { csv, faults, examples } = scaleTable(10000);
//   faults.get(1010)   // {code: 'batch.cell.not_a_number', key: 'claims.principal.amount'}
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tableOf } from './batch_table.mjs';

const VALID = path.join(path.dirname(fileURLToPath(import.meta.url)), 'examples/credit-card/complaint/valid');

// FAULTS: by row mod 101, what is changed and the problem it must give (code, and the key of its column).
const FAULTS = new Map([
  [
    0,
    {
      code: 'batch.cell.not_a_number',
      key: 'claims.principal.amount',
      set: (f) => (f.claims.principal.amount = '四万八千六百'),
    },
  ],
  [
    17,
    {
      code: 'batch.cell.not_a_date',
      key: 'claims.principal.as_of',
      set: (f) => (f.claims.principal.as_of = '2025-02-30'),
    },
  ],
  [33, { code: 'schema.required', key: 'defendants.1.name', set: (f) => (f.defendants[0].name = '') }],
  [
    50,
    {
      code: 'case.computed_mismatch',
      key: 'claims.total',
      set: (f) => (f.claims.total = Number(f.claims.total) + 100),
    },
  ],
  [77, { code: 'batch.cell.not_yes_no', key: 'agent.present', set: (f) => (f.agent.present = '也许') }],
]);

// WRITTEN_OTHERWISE: good rows whose cells are written another way, read to the same value.
const yuan = (amount) => `¥${Number(amount).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
const chineseDate = (date) => {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

export function scaleTable(rows) {
  const examples = readdirSync(VALID)
    .sort()
    .map((name) => JSON.parse(readFileSync(path.join(VALID, name), 'utf8')));
  const faults = new Map();
  const instances = [];
  for (let row = 2; row < rows + 2; row += 1) {
    const form = structuredClone(examples[(row - 2) % examples.length]);
    const fault = FAULTS.get(row % 101);
    if (fault) {
      fault.set(form);
      faults.set(row, { code: fault.code, key: fault.key });
    } else if (row % 7 === 3) {
      form.claims.principal.amount = yuan(form.claims.principal.amount);
    } else if (row % 11 === 4) {
      form.claims.principal.as_of = chineseDate(form.claims.principal.as_of);
    }
    instances.push(form);
  }
  return { csv: tableOf(instances), faults, examples, exampleOf: (row) => (row - 2) % examples.length };
}
