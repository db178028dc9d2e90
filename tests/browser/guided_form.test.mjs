// The guided form in Debian's Chromium, as a litigant uses it: a whole
// 民间借贷 complaint filled from scratch, a seeded error shown on its element
// and gone once fixed, the court fee following the amount, every value back
// after a reload, the filing, DOCX and printed PDF, a keyboard-only pass
// through one section, and no request outside the page's origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { artifacts, recordRequests, screenshot, useBrowser } from './support.mjs';
import { engineSettled, example, fillForm, newDraft, openFilledDraft, savedDraft, setLeaf } from './form_filling.mjs';

const suite = await useBrowser();

async function newPage() {
  const context = await suite.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const requests = recordRequests(page);
  page.on('pageerror', (error) => {
    throw error;
  });
  return { page, requests };
}

function assertSameOrigin(requests) {
  const origin = new URL(suite.app.url).origin;
  const outside = requests.filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url));
  assert.deepEqual(outside, [], 'requests outside the origin');
}

test(
  'a complete 民间借贷 complaint filled from scratch has no problem and is saved as typed',
  { skip: suite.skip },
  async () => {
    const { page, requests } = await newPage();
    const data = example('private-lending', 'complaint', 'transfer-loan-overdue');
    const id = await newDraft(page, suite.app.url, 'private-lending', 'complaint');
    await screenshot(page, 'form-empty');
    await fillForm(page, data);
    await engineSettled(page);
    assert.deepEqual((await savedDraft(page, id)).instance, data);
    assert.equal(await page.locator('.problems li.error').count(), 0);
    assert.match(await page.locator('.problem-summary').textContent(), /没有发现问题/);
    assert.match(await page.locator('[data-computed="court_fee"]').textContent(), /2,390\.00/);
    await screenshot(page, 'form-complete');
    assertSameOrigin(requests);
    await page.context().close();
  },
);

test(
  'a seeded error appears on its element and goes when fixed; the court fee follows the amount',
  { skip: suite.skip },
  async () => {
    const { page } = await newPage();
    const id = await newDraft(page, suite.app.url, 'private-lending', 'complaint');
    await page.locator('#one-page').check();
    await setLeaf(page, '/signature/date', '2025-03-04');
    await setLeaf(page, '/claims/principal/amount', '100000');
    await setLeaf(page, '/claims/total', '100000');
    await engineSettled(page);
    const fee = page.locator('[data-computed="court_fee"] [data-procedure="ordinary"]');
    assert.match(await fee.textContent(), /2,300\.00/);
    await fee.locator('summary').click();
    assert.match(await fee.textContent(), /诉讼费用交纳办法/);

    // A resident ID whose check digit is wrong: the problem sits on that element.
    await page.locator('[data-pointer="/plaintiffs"] > .actions .add-item').click();
    await setLeaf(page, '/plaintiffs/0/id_type', 'resident_id');
    await setLeaf(page, '/plaintiffs/0/id_number', '110105194912310021');
    await engineSettled(page);
    const idProblems = page.locator('ul.problems[data-problems-for="/plaintiffs/0/id_number"] li.error');
    assert.equal(await idProblems.count(), 1);
    // Issue #11: the sentence names both characters; no placeholder is left.
    assert.equal(
      await idProblems.textContent(),
      '错误：身份证号码校验位不正确：最后一位应为 X，填写的是 1，请核对号码',
    );
    assert.match(await page.locator('.problem-summary').textContent(), /原告/);
    await screenshot(page, 'form-seeded-error');
    await setLeaf(page, '/plaintiffs/0/id_number', '11010519491231002X');
    await engineSettled(page);
    assert.equal(await idProblems.count(), 0);

    // Text in a money box: a problem on that box until it reads as an amount.
    await setLeaf(page, '/claims/total', '12abc');
    await engineSettled(page);
    const total = page.locator('ul.problems[data-problems-for="/claims/total"] li.error');
    assert.equal(await total.count(), 1);
    assert.equal(await page.locator('[data-control="/claims/total"]').getAttribute('aria-invalid'), 'true');
    const describedBy = await page.locator('[data-control="/claims/total"]').getAttribute('aria-describedby');
    assert.match(await page.locator(`#${describedBy}`).textContent(), /数字/);
    await setLeaf(page, '/claims/principal/amount', '120000');
    await setLeaf(page, '/claims/total', '120000');
    await engineSettled(page);
    assert.deepEqual(await total.allTextContents(), []);
    assert.equal(await page.locator('[data-control="/claims/total"]').getAttribute('aria-invalid'), null);
    assert.match(await fee.textContent(), /2,700\.00/);
    assert.equal((await savedDraft(page, id)).instance.claims.total, 120000);
    await page.context().close();
  },
);

test('a reload mid-form restores every value', { skip: suite.skip }, async () => {
  const { page } = await newPage();
  const id = await newDraft(page, suite.app.url, 'private-lending', 'complaint');
  const data = example('private-lending', 'complaint', 'company-lender-monthly-rate-guarantor');
  await fillForm(page, { plaintiffs: data.plaintiffs, claims: { principal: data.claims.principal } });
  await engineSettled(page);
  await page.reload();
  await page.locator('.form-row').first().waitFor();
  await page.locator('#one-page').check();
  const saved = (await savedDraft(page, id)).instance;
  assert.deepEqual(saved.plaintiffs, data.plaintiffs);
  assert.deepEqual(saved.claims.principal, data.claims.principal);
  assert.equal(await page.locator('[data-control="/plaintiffs/0/name"]').inputValue(), data.plaintiffs[0].name);
  assert.equal(
    await page.locator('[data-control="/claims/principal/amount"]').inputValue(),
    String(data.claims.principal.amount),
  );
  await page.context().close();
});

test(
  'parties added and removed keep what was typed; a saved profile fills a new party',
  { skip: suite.skip },
  async () => {
    const { page } = await newPage();
    const id = await newDraft(page, suite.app.url, 'private-lending', 'complaint');
    const add = page.locator('[data-pointer="/plaintiffs"] > .actions .add-item');
    await add.click();
    await setLeaf(page, '/plaintiffs/0/name', '王小明');
    await setLeaf(page, '/plaintiffs/0/id_number', '150203198506150014');
    await add.click();
    await setLeaf(page, '/plaintiffs/1/name', '赵二');
    await page.locator('[data-pointer="/plaintiffs"] .remove-item').first().click(); // removes 王小明
    await engineSettled(page);
    assert.deepEqual((await savedDraft(page, id)).instance.plaintiffs, [{ kind: 'natural_person', name: '赵二' }]);
    assert.equal(await page.locator('[data-control="/plaintiffs/0/name"]').inputValue(), '赵二');

    await setLeaf(page, '/plaintiffs/0/phone', '13904721234');
    await page
      .locator('[data-pointer="/plaintiffs"] .items > li')
      .first()
      .getByRole('button', { name: '保存为常用当事人' })
      .click();
    await page.locator('#announcer', { hasText: '赵二' }).waitFor();
    // A new form: the profile is offered and fills the party with everything saved.
    const second = await newDraft(page, suite.app.url, 'private-lending', 'complaint');
    await page.locator('[data-pointer="/defendants"] .profile-picker select').selectOption({ label: '赵二' });
    await engineSettled(page);
    assert.deepEqual((await savedDraft(page, second)).instance.defendants, [
      { kind: 'natural_person', name: '赵二', phone: '13904721234' },
    ]);
    await page.context().close();
  },
);

test('the filing, the DOCX and the print view come out of a finished form', { skip: suite.skip }, async () => {
  const { page, requests } = await newPage();
  const data = example('private-lending', 'complaint', 'transfer-loan-overdue');
  await openFilledDraft(page, suite.app.url, 'private-lending', 'complaint', data);
  await page.locator('.overview button', { hasText: '完成与下载' }).click();
  await page.locator('#generate-filing').click();
  await page.locator('.filing-digest').waitFor();
  await screenshot(page, 'form-outputs');

  const [filingDownload] = await Promise.all([page.waitForEvent('download'), page.locator('#download-filing').click()]);
  const filing = JSON.parse(readFileSync(await filingDownload.path(), 'utf8'));
  assert.equal(filing.format, 'yaosu-filing/1');
  assert.deepEqual(filing.instance, data);
  assert.match(filing.digest.value ?? JSON.stringify(filing.digest), /[0-9a-f]{64}/);

  const [docxDownload] = await Promise.all([page.waitForEvent('download'), page.locator('#download-docx').click()]);
  const docx = readFileSync(await docxDownload.path());
  assert.equal(docx.subarray(0, 2).toString(), 'PK');
  assert.match(docxDownload.suggestedFilename(), /\.docx$/);

  const [printPage] = await Promise.all([page.context().waitForEvent('page'), page.locator('#print-view').click()]);
  await printPage.waitForLoadState();
  await printPage.waitForFunction(() => document.body?.textContent.includes('民事起诉状'));
  mkdirSync(artifacts, { recursive: true });
  const pdfPath = path.join(artifacts, 'complaint-print.pdf');
  await printPage.pdf({ path: pdfPath, format: 'A4' });
  const pdfText = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  for (const expected of ['民事起诉状', '王小明', '李大海', '壹拾万肆仟伍佰元整'])
    assert.ok(pdfText.includes(expected), expected);
  assertSameOrigin(requests);
  await page.context().close();
});

test('one section filled with the keyboard alone', { skip: suite.skip }, async () => {
  const { page } = await newPage();
  const id = await newDraft(page, suite.app.url, 'private-lending', 'complaint');
  await page.locator('.overview button', { hasText: '签名' }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H2');
  await page.keyboard.press('Tab'); // the first field of the section
  assert.equal(await page.evaluate(() => document.activeElement.dataset.control), '/signature/signer');
  assert.ok(await page.evaluate(() => document.activeElement.matches(':focus-visible')));
  await page.keyboard.type('王小明');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.control), '/signature/date');
  await page.keyboard.type('03042025'); // Chromium's date box takes the digits in the locale's order
  await engineSettled(page);
  const saved = (await savedDraft(page, id)).instance.signature;
  assert.equal(saved.signer, '王小明');
  assert.match(saved.date ?? '', /^2025-/);
  await screenshot(page, 'form-keyboard');
  await page.context().close();
});

test(
  'measurements: page size, time to an interactive form, keystroke to diagnostics on the largest form',
  { skip: suite.skip },
  async () => {
    const { page, requests } = await newPage();
    const data = example('sales-contract', 'complaint', 'steel-unpaid-price');
    await openFilledDraft(page, suite.app.url, 'sales-contract', 'complaint', data);
    const interactive = await page.evaluate(() => performance.getEntriesByName('yaosu:form-ready')[0]?.startTime);
    await page.locator('#one-page').check();
    const field = page.locator('[data-control="/facts/contract/name"]');
    await field.fill('');
    await engineSettled(page);
    await page.evaluate(() => {
      window.yaosuMetrics = { latencies: [], updates: [], help: [] };
    });
    await field.focus();
    const typed = '钢材买卖合同补充协议第一号';
    for (const character of typed.repeat(8)) {
      await page.keyboard.type(character);
      await engineSettled(page);
    }
    const metrics = await page.evaluate(() => window.yaosuMetrics);
    const latencies = metrics.latencies.sort((a, b) => a - b);
    const updates = metrics.updates.sort((a, b) => a - b);
    assert.ok(latencies.length >= typed.length * 8 * 0.9, `one measurement per keystroke (${latencies.length})`);
    const quantile = (q, list = latencies) => list[Math.min(list.length - 1, Math.floor(q * list.length))];
    const files = [...new Set(requests.map((url) => new URL(url).pathname))].filter((p) => !p.includes('..'));
    const sizes = files.map((file) => {
      const bytes = readFileSync(
        path.join(process.env.YAOSU_WEB_ROOT ?? path.join(artifacts, '../../web'), file === '/' ? 'index.html' : file),
      );
      return {
        file,
        raw: bytes.length,
        gzip: Number(execFileSync('sh', ['-c', 'gzip -9 -c | wc -c'], { input: bytes })),
      };
    });
    const measurements = {
      chromium: suite.browser.version(),
      interactiveMs: Math.round(interactive),
      keystrokes: latencies.length,
      keystrokeToDiagnosticsMs: { median: Number(quantile(0.5).toFixed(1)), p99: Number(quantile(0.99).toFixed(1)) },
      keystrokeToPageUpdatedMs: {
        median: Number(quantile(0.5, updates).toFixed(1)),
        p99: Number(quantile(0.99, updates).toFixed(1)),
      },
      helpMs: (() => {
        const help = (metrics.help ?? []).sort((a, b) => a - b);
        return { median: Number(quantile(0.5, help).toFixed(1)), p99: Number(quantile(0.99, help).toFixed(1)) };
      })(),
      page: {
        files: sizes.length,
        raw: sizes.reduce((s, f) => s + f.raw, 0),
        gzip: sizes.reduce((s, f) => s + f.gzip, 0),
      },
      wasm: sizes.find((f) => f.file.endsWith('yaosu.wasm')),
    };
    writeFileSync(
      path.join(artifacts, 'measurements.json'),
      `${JSON.stringify({ ...measurements, sizes }, null, 2)}\n`,
    );
    console.log(JSON.stringify(measurements));
    assert.ok(measurements.wasm, 'the page loaded yaosu.wasm');
    await page.context().close();
  },
);
