// Nothing a user types leaves the device (issue #16): one whole session — a
// complaint typed from scratch and saved, its draft file exported, the filing
// generated and downloaded as JSON and DOCX, the print view opened, court staff
// verifying the filing and opening it, a table of cases filed on the batch page
// — with every request of every page, tab and worker recorded. Any request outside the page's origin fails the test,
// every page the server sends carries the app's Content-Security-Policy, and
// the pages the app opens itself (print view, a filing shown to staff, as Blob
// URLs) are under that policy too: a script there could not send anything out.
// The printed page saved to disk carries a policy of its own (a meta line).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { useBrowser } from './support.mjs';
import { engineSettled, example, fillForm, newDraft, pageOnDay, savedDraft } from './form_filling.mjs';
import { tableOf } from '../cases/batch_table.mjs';
import { SIGNED, lenderComplaint } from './lender_complaint.mjs';
import { CONTENT_SECURITY_POLICY } from '../../web/server/server.mjs';

const suite = await useBrowser();
const skip = suite.skip;

// An address outside the origin that a page under the policy must not reach.
const OUTSIDE = 'http://127.0.0.2:9/leak';

// record: every request of the context (pages, tabs, workers) and every document the server sent.
function record(context) {
  const requests = [];
  const documents = [];
  context.on('request', (request) => requests.push(request.url()));
  context.on('response', (response) => {
    // Blob pages have no headers of their own: they inherit the policy of the page that made them (checked below).
    if (response.request().resourceType() === 'document' && !response.url().startsWith('blob:')) {
      documents.push({ url: response.url(), policy: response.headers()['content-security-policy'] });
    }
  });
  return { requests, documents };
}

// blockedOutside: what happens when a script in `page` asks for OUTSIDE — the directive that stopped it.
async function blockedOutside(page) {
  return page.evaluate(async (url) => {
    const violation = new Promise((resolve) => {
      document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), {
        once: true,
      });
      setTimeout(() => resolve('no violation'), 3000);
    });
    await fetch(url).catch(() => null);
    return violation;
  }, OUTSIDE);
}

async function downloaded(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync(await file.path());
}

async function newTab(page, click) {
  const [tab] = await Promise.all([page.context().waitForEvent('page'), click()]);
  await tab.waitForLoadState();
  return tab;
}

test('a whole session asks nothing of any other origin, and every page is under the policy', { skip }, async () => {
  const page = await pageOnDay(suite.browser, SIGNED);
  const context = page.context();
  const { requests, documents } = record(context);
  const data = lenderComplaint();

  // Fill from scratch and save (the form saves after every change).
  const id = await newDraft(page, suite.app.url, 'private-lending', 'complaint');
  await fillForm(page, data);
  await engineSettled(page);
  await page.waitForFunction(
    async ([draftId, name]) => {
      const { openStore } = await import('/storage/draft_store.js');
      return (await (await openStore()).getDraft(draftId))?.instance?.plaintiffs?.[0]?.name === name;
    },
    [id, data.plaintiffs[0].name],
  );
  assert.deepEqual((await savedDraft(page, id)).instance, data);

  // Generate the filing; download it and the DOCX; open the print view.
  await page.locator('.overview button', { hasText: '完成与下载' }).click();
  await page.locator('#generate-filing').click();
  await page.locator('.next-steps').waitFor();
  const filing = await downloaded(page, () => page.locator('#download-filing').click());
  assert.ok((await downloaded(page, () => page.locator('#download-docx').click())).length > 1000);
  const print = await newTab(page, () => page.locator('#print-view').click());
  await print.waitForFunction(() => document.body?.textContent.includes('民事起诉状'));
  assert.equal(await blockedOutside(print), 'connect-src', 'the print view is under the policy');
  // Saved to disk and opened from there, with no server to send a policy: the page carries its own.
  const saved = path.join(mkdtempSync(path.join(os.tmpdir(), 'yaosu-print-')), '起诉状.html');
  writeFileSync(saved, await print.content()); // as the browser's 'save page' writes it
  await print.close();
  const fromDisk = await suite.browser.newPage(); // a context of its own: file:// is not the session's
  await fromDisk.goto(pathToFileURL(saved).href);
  assert.equal(await blockedOutside(fromDisk), 'connect-src', 'the saved page is under its own policy');
  await fromDisk.context().close();

  // Export the draft file from the start page.
  await page.goto(suite.app.url);
  const draft = page.locator(`li.draft[data-id="${id}"]`);
  const exported = JSON.parse(await downloaded(page, () => draft.locator('[data-action="export"]').click()));
  assert.equal(exported.format, 'yaosu-draft');
  assert.deepEqual(exported.instance, data);

  // Court staff verify the filing and open it.
  await page.goto(`${suite.app.url}#/staff`);
  await page.locator('h1', { hasText: '法院工作人员：核验与比对' }).waitFor({ timeout: 20000 });
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'complaint.json', mimeType: 'application/json', buffer: filing });
  await page.locator('.staff-status', { hasText: '共 1 份，通过 1 份' }).first().waitFor({ timeout: 20000 });
  const shown = await newTab(page, () => page.locator('tr', { hasText: 'complaint.json' }).locator('button').click());
  await shown.waitForFunction(() => document.body?.textContent.includes('民事起诉状'));
  assert.equal(await blockedOutside(shown), 'connect-src', 'a filing shown to staff is under the policy');
  await shown.close();

  // Batch filing: the blank table downloaded, a table of cases filed in the page's own worker, the set downloaded.
  await page.goto(`${suite.app.url}#/batch`);
  await page.locator('h1', { hasText: '批量生成文书' }).waitFor({ timeout: 20000 });
  await page.getByLabel('案由与文书').selectOption({ label: '民事起诉状（信用卡纠纷）' });
  const template = await downloaded(page, () => page.getByRole('button', { name: '下载表格模板（CSV）' }).click());
  const header = template
    .toString('utf8')
    .replace(/^\ufeff/, '')
    .trim()
    .split(',');
  const cases = [example('credit-card', 'complaint', 'bank-sues-cardholder-overdraft')];
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'cases.csv', mimeType: 'text/csv', buffer: Buffer.from(tableOf(cases, header)) });
  await page.getByRole('button', { name: '开始生成' }).click();
  await page.locator('.batch-summary', { hasText: '共 1 行：1 行已生成文书' }).waitFor({ timeout: 60000 });
  const set = await downloaded(page, () => page.getByRole('button', { name: /下载全部结果/ }).click());
  assert.ok(set.includes(Buffer.from('filings/row-00002.filing.json')), 'the set holds the filing');

  // The app's own pages — the app and the schema author's validator: a script there cannot reach outside either.
  assert.equal(await blockedOutside(page), 'connect-src');
  await page.goto(`${suite.app.url}validator.html`);
  assert.equal(await blockedOutside(page), 'connect-src');

  const origin = new URL(suite.app.url).origin;
  const outside = requests.filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url) && url !== OUTSIDE);
  assert.deepEqual(outside, [], 'requests outside the origin');
  assert.ok(
    requests.some((url) => url.endsWith('/engine/yaosu.wasm')),
    'the recording saw the engine load',
  );
  assert.ok(
    documents.some(({ url }) => url.endsWith('/validator.html')) && documents.length >= 3,
    `documents recorded: ${documents.map((d) => d.url).join(', ')}`,
  );
  for (const { url, policy } of documents) assert.equal(policy, CONTENT_SECURITY_POLICY, url);
  await context.close();
});
