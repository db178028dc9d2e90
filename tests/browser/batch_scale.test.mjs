// Batch filing at scale in Chromium (issue #13): 10,000 rows of 信用卡 complaints
// with a known set of seeded faults (tests/cases/batch_scale.mjs, the same table
// as the CLI's test) filed in the page — progress shown as the rows go, a run
// cancelled half-way leaves nothing, a second run gives exactly the expected
// filings and problem rows in its ZIP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { screenshot, useBrowser } from './support.mjs';
import { readCsv } from '../cases/batch_table.mjs';
import { scaleTable } from '../cases/batch_scale.mjs';

const suite = await useBrowser();
const skip = suite.skip;
const ROWS = 10000;

// zipEntry: the bytes of one stored (uncompressed) entry of a ZIP, found by its central directory record.
function zipEntry(zip, name) {
  for (let at = zip.indexOf('PK\x01\x02'); at >= 0; at = zip.indexOf('PK\x01\x02', at + 4)) {
    const length = zip.readUInt16LE(at + 28);
    if (zip.subarray(at + 46, at + 46 + length).toString('utf8') !== name) continue;
    const size = zip.readUInt32LE(at + 20);
    const local = zip.readUInt32LE(at + 42);
    assert.equal(zip.readUInt16LE(local + 8), 0, `${name} is stored`);
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    return zip.subarray(data, data + size);
  }
  throw new Error(`${name} is not in the ZIP`);
}

test(
  `${ROWS} 信用卡 rows filed in the browser: progress, cancel, the expected filings and problem rows`,
  { skip },
  async (t) => {
    const { csv, faults } = scaleTable(ROWS);
    const context = await suite.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(suite.app.url + '#/batch');
    await page.locator('h1', { hasText: '批量生成文书' }).waitFor({ timeout: 20000 });
    await page.getByLabel('案由与文书').selectOption({ label: '民事起诉状（信用卡纠纷）' });
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'cards.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.locator('.batch-chosen', { hasText: 'UTF-8' }).waitFor();
    const run = page.getByRole('button', { name: '开始生成' });
    const bar = page.getByRole('progressbar', { name: '批量生成进度' });

    // Cancelled once some rows are done: nothing is offered, the table can be run again.
    await run.click();
    await page.waitForFunction(() => Number(document.querySelector('.batch-result progress')?.value) > 0, null, {
      timeout: 60000,
    });
    assert.equal(Number(await bar.getAttribute('max')), ROWS);
    assert.match(
      await page.locator('.batch-result p').textContent(),
      /^已检查 \d+ \/ 10000 行（通过 \d+ 行，未通过 \d+ 行）$/,
    );
    await page.getByRole('button', { name: '取消' }).click();
    await page.locator('.batch-result', { hasText: '已取消，没有生成任何文书' }).waitFor();
    assert.equal(await page.getByRole('button', { name: /下载全部结果/ }).count(), 0);
    assert.equal(await run.isDisabled(), false);

    // Run through: the summary, the problems of the faulty rows only, and the set.
    const started = performance.now();
    await run.click();
    const summary = page.locator('.batch-summary');
    await summary.waitFor({ timeout: 300000 });
    const seconds = (performance.now() - started) / 1000;
    t.diagnostic(`${ROWS} rows filed in ${seconds.toFixed(1)} s: ${Math.round(ROWS / seconds)} rows/s`);
    const filed = ROWS - faults.size;
    assert.equal(await summary.textContent(), `共 ${ROWS} 行：${filed} 行已生成文书，${faults.size} 行未通过。`);
    await screenshot(page, 'batch-10000');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /下载全部结果/ }).click(),
    ]);
    const zip = readFileSync(await download.path());
    const index = JSON.parse(zipEntry(zip, 'index.json').toString('utf8'));
    assert.equal(index.table.rows, ROWS);
    assert.deepEqual(index.refused, [...faults.keys()]);
    assert.equal(index.filed.length, filed);
    assert.equal(index.filed.at(-1).row, faults.has(ROWS + 1) ? ROWS : ROWS + 1);
    const [, ...problems] = readCsv(zipEntry(zip, 'problems.csv').toString('utf8'));
    assert.deepEqual([...new Set(problems.map((p) => Number(p[0])))], [...faults.keys()]);
    for (const [row, fault] of faults) {
      assert.ok(
        problems.some((p) => Number(p[0]) === row && p[4] === fault.code && p[2].endsWith(` ${fault.key}`)),
        `row ${row}: ${fault.code} at ${fault.key}`,
      );
    }
    const filing = JSON.parse(zipEntry(zip, index.filed[0].file).toString('utf8'));
    assert.equal(filing.digest.value, index.filed[0].digest);
    await context.close();
  },
);
