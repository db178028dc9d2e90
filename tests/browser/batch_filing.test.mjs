// Batch filing in the page (#/batch, web/batch/) in Debian's Chromium: the blank
// table of a form downloaded, a table of cases saved as GB18030 (a Chinese
// desktop's spreadsheet) filed in this browser — the good rows as filings in one
// ZIP with the same bytes the engine makes of each form alone, the bad row's
// problems shown by row and column as text — and no request leaves the origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { recordRequests, root, screenshot, useBrowser } from './support.mjs';
import { tableOf } from '../cases/batch_table.mjs';

const suite = await useBrowser();
const skip = suite.skip;
const BOM = '\ufeff';
const FORM = '民事起诉状（信用卡纠纷）';

const example = (name) =>
  JSON.parse(readFileSync(path.join(root, 'tests/cases/examples/credit-card/complaint/valid', `${name}.json`), 'utf8'));

// entryNames: the names in a ZIP's central directory.
function entryNames(zip) {
  const names = [];
  for (let at = zip.indexOf('PK\x01\x02'); at >= 0; at = zip.indexOf('PK\x01\x02', at + 4)) {
    const length = zip.readUInt16LE(at + 28);
    names.push(zip.subarray(at + 46, at + 46 + length).toString('utf8'));
  }
  return names;
}

test(
  'a table of cases saved as GB18030 is filed in the browser, the bad row shown by row and column',
  { skip },
  async () => {
    const context = await suite.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const requests = recordRequests(page);
    await page.goto(suite.app.url + '#/batch');
    await page.locator('h1', { hasText: '批量生成文书' }).waitFor({ timeout: 20000 });
    await page.getByLabel('案由与文书').selectOption({ label: FORM });
    await page.getByLabel('每类多项预留').fill('5'); // every list of the examples fits

    const [templateDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载表格模板（CSV）' }).click(),
    ]);
    assert.equal(templateDownload.suggestedFilename(), `${FORM}-批量表格模板.csv`);
    const template = readFileSync(await templateDownload.path(), 'utf8');
    assert.ok(template.startsWith(BOM));
    const header = template.slice(1).trim().split(',');
    assert.ok(header.includes('被告5·姓名/名称 [defendants.5.name]'));

    const good = [example('bank-sues-cardholder-overdraft'), example('instalments-guarantor-lawyer-fee')];
    const bad = structuredClone(good[0]);
    bad.claims.principal.amount = '<img src=x onerror=alert(1)>';
    const utf8 = tableOf([good[0], bad, good[1]], header);
    const gb18030 = spawnSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: utf8, maxBuffer: 1 << 26 });
    assert.equal(gb18030.status, 0, String(gb18030.stderr));
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: '信用卡案件.csv', mimeType: 'text/csv', buffer: gb18030.stdout });
    await page.locator('.batch-chosen', { hasText: 'GB18030' }).waitFor();

    await page.getByRole('button', { name: '开始生成' }).click();
    const summary = page.locator('.batch-summary');
    await summary.waitFor({ timeout: 60000 });
    assert.equal(await summary.textContent(), '共 3 行：2 行已生成文书，1 行未通过。');
    const cells = await page.locator('.batch-problems tbody tr').first().locator('td').allTextContents();
    assert.equal(cells[0], '3');
    assert.match(cells[1], /^[A-Z]+ .*\[claims\.principal\.amount\]$/);
    assert.match(cells[2], /“<img src=x onerror=alert\(1\)>”不是数字/);
    assert.equal(await page.locator('.batch-problems img').count(), 0, 'user text is only ever text');
    await screenshot(page, 'batch-filed');

    const [setDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /下载全部结果/ }).click(),
    ]);
    assert.match(setDownload.suggestedFilename(), /^民事起诉状（信用卡纠纷）-批量-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = readFileSync(await setDownload.path());
    assert.deepEqual(entryNames(zip), [
      'filings/row-00002.filing.json',
      'filings/row-00004.filing.json',
      'problems.csv',
      'index.json',
    ]);
    // The filing of row 2 is the engine's filing of that form alone (its time is the batch's).
    const stored = (name) => {
      const at = zip.indexOf(Buffer.from(name)) + name.length;
      return zip.subarray(at, zip.indexOf(Buffer.from('\n'), at)).toString('utf8');
    };
    const text = stored('filings/row-00002.filing.json');
    const filing = JSON.parse(text.slice(text.indexOf('{')));
    const alone = await page.evaluate(
      async ({ instance, created }) => {
        const { Engine } = await import('/engine/engine.js');
        const engine = new Engine();
        return engine.call('produceFiling', 'credit-card', 'complaint', JSON.stringify(instance), created);
      },
      { instance: good[0], created: filing.created_at },
    );
    assert.ok(alone.ok);
    assert.equal(JSON.parse(alone.text).digest.value, filing.digest.value);

    const origin = new URL(suite.app.url).origin;
    const outside = requests.filter(
      (url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
    );
    assert.deepEqual(outside, [], 'requests outside the origin');
    await context.close();
  },
);

test('a file that is no table in UTF-8 or GBK is refused before anything runs', { skip }, async () => {
  const page = await suite.browser.newPage();
  await page.goto(suite.app.url + '#/batch');
  await page.locator('h1', { hasText: '批量生成文书' }).waitFor({ timeout: 20000 });
  await page.locator('input[type=file]').setInputFiles({
    name: 'photo.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([0x61, 0x81, 0x20, 0xff, 0xfe]),
  });
  await page.locator('.batch-chosen', { hasText: '不是 UTF-8 或 GBK 编码的表格' }).waitFor();
  assert.equal(await page.getByRole('button', { name: '开始生成' }).isDisabled(), true);
  await page.close();
});
