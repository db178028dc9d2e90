// The start page (#/, web/start/) and the draft store (web/storage/draft_store.js),
// in Debian's Chromium: case types are listed, a new draft is stored in
// IndexedDB and opened, drafts survive a reload, can be renamed, deleted (with
// a confirm step), exported and imported again; broken files are refused; an
// answer can start from the plaintiff's complaint filing, and a filing of the
// wrong case type is refused. No request leaves the origin. Each test has its
// own browser context, so its own empty IndexedDB. Screenshots go to
// build/test-artifacts/browser/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { recordRequests, root, screenshot, useBrowser } from './support.mjs';
import { produceFiling } from './form_filling.mjs';

const suite = await useBrowser();
const skip = suite.skip;

const examples = path.join(root, 'tests/cases/examples');
const example = (relative) => readFileSync(path.join(examples, relative), 'utf8');

// ---- helpers ----

// open: a fresh page (own context, own IndexedDB) showing the start page with its case types loaded.
async function open() {
  const page = await suite.browser.newPage();
  const requests = recordRequests(page);
  page.on('pageerror', (error) => {
    page.errors = [...(page.errors ?? []), error];
  });
  await page.goto(`${suite.app.url}#/`);
  await waitForStart(page);
  return { page, requests };
}

async function waitForStart(page) {
  await page.locator('.start-case button[data-case]').first().waitFor({ timeout: 20000 });
  await page.locator('.draft-list, .start-empty').first().waitFor();
}

// home: back to the start page, freshly loaded (the form view may or may not exist yet).
async function home(page) {
  await page.evaluate(() => {
    location.hash = '#/';
  });
  await page.reload();
  await waitForStart(page);
}

// finish: nothing left the origin; close the page.
async function finish(page, requests) {
  const origin = new URL(suite.app.url).origin;
  const outside = requests.filter(
    (url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
  );
  assert.deepEqual(outside, [], 'requests outside the origin');
  await page.close();
}

const draftItems = (page) => page.locator('.draft-list > li.draft');
const draftNames = (page) => page.locator('.draft-list .draft-name').allTextContents();

// createDraft: click "填写…" for a case type's form; returns the new draft's id (from the hash).
async function createDraft(page, caseType = 'private-lending', form = 'complaint') {
  const button = page.locator(`.start-case[data-case-type="${caseType}"] button[data-case$=".${form}"]`);
  await button.click();
  await page.waitForURL(/#\/draft\/[\w-]+$/);
  return new URL(page.url()).hash.slice('#/draft/'.length);
}

// storedDraft: the draft as IndexedDB holds it, read through draft_store.js in the page.
function storedDraft(page, id) {
  return page.evaluate(async (draftId) => {
    const { openStore } = await import('/storage/draft_store.js');
    const store = await openStore();
    return store.getDraft(draftId);
  }, id);
}

// importFiles: give files to the import section's file input.
async function importFiles(page, files) {
  await page.getByLabel(/选择草稿文件/).setInputFiles(
    files.map(({ name, text }) => ({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    })),
  );
  await page.locator('.import-results li').first().waitFor();
}

// dropFiles: drop files on the import section's drop zone (as dragging them from the desktop
// would); answers whether the zone was highlighted while they were over it.
async function dropFiles(page, files) {
  const highlighted = await page.locator('.drop-zone').evaluate((zone, list) => {
    const data = new DataTransfer();
    for (const { name, text } of list) data.items.add(new File([text], name, { type: 'application/json' }));
    zone.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    const over = zone.classList.contains('over');
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    return over && !zone.classList.contains('over');
  }, files);
  await page.locator('.import-results li').first().waitFor();
  return highlighted;
}

// answerFrom: choose `filingText` with a case type's "根据起诉状答辩" button.
async function answerFrom(page, caseType, filingText) {
  const button = page
    .locator(`.start-case[data-case-type="${caseType}"]`)
    .getByRole('button', { name: /根据起诉状答辩/ });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
  await chooser.setFiles({
    name: 'complaint.filing.json',
    mimeType: 'application/json',
    buffer: Buffer.from(filingText),
  });
}

// ---- the page ----

test('the start page lists the case types with a complaint and an answer each', { skip }, async () => {
  const { page, requests } = await open();
  assert.deepEqual(
    await page.locator('h1, h2').evaluateAll((nodes) => nodes.map((n) => n.tagName)),
    ['H1', 'H2', 'H2', 'H2'],
    'one h1, then the sections as h2',
  );
  assert.equal(await page.locator('h1').count(), 1);
  const caseTypes = await page.locator('.start-case').evaluateAll((nodes) => nodes.map((n) => n.dataset.caseType));
  // Every case type of schemas/cases/ (one folder each): a new one is listed without a change here.
  const folders = readdirSync(path.join(root, 'schemas/cases'), { withFileTypes: true }).filter((entry) =>
    entry.isDirectory(),
  );
  assert.deepEqual(caseTypes.sort(), folders.map((entry) => entry.name).sort());
  assert.ok(caseTypes.includes('private-lending') && caseTypes.includes('sales-contract'));
  const lending = page.locator('.start-case[data-case-type="private-lending"]');
  assert.match(await lending.locator('h4').textContent(), /民间借贷纠纷/);
  // Listed by the fields of the 2025 batch, and found by the search box.
  assert.equal(
    await page.locator('.start-area[data-area="civil"] .start-case[data-case-type="private-lending"]').count(),
    1,
  );
  await page.getByLabel(/查找案件类型/).fill('借条');
  await page.locator('.start-case[data-case-type="sales-contract"]').waitFor({ state: 'detached' });
  assert.deepEqual(await page.locator('.start-case').evaluateAll((nodes) => nodes.map((n) => n.dataset.caseType)), [
    'private-lending',
  ]);
  await page.getByLabel(/查找案件类型/).fill('没有这种案子');
  await page.getByText(/没有找到与“没有这种案子”相符的案件类型/).waitFor();
  await page.getByLabel(/查找案件类型/).fill('');
  await page.locator('.start-case[data-case-type="sales-contract"]').waitFor();
  await lending.getByRole('button', { name: /^填写起诉状\s*（民间借贷纠纷）$/ }).waitFor();
  await lending.getByRole('button', { name: /^填写答辩状\s*（民间借贷纠纷）$/ }).waitFor();
  await lending.getByRole('button', { name: /根据起诉状答辩/ }).waitFor();
  assert.match(await page.locator('.start-empty').textContent(), /还没有保存的草稿/);
  const untyped = await page.locator('.start-view button:not([type="button"])').count();
  assert.equal(untyped, 0, 'every button is type="button"');
  assert.deepEqual(page.errors ?? [], []);
  await finish(page, requests);
});

test('creating a complaint draft stores it and opens it', { skip }, async () => {
  const { page, requests } = await open();
  const id = await createDraft(page);
  const draft = await storedDraft(page, id);
  assert.equal(draft.caseType, 'private-lending');
  assert.equal(draft.form, 'complaint');
  assert.deepEqual(draft.instance, {});
  assert.match(draft.name, /^民事起诉状（民间借贷纠纷） \d{4}年/);
  await home(page);
  assert.deepEqual(await draftNames(page), [draft.name]);
  assert.match(await draftItems(page).first().textContent(), /民事起诉状（民间借贷纠纷）/);
  await finish(page, requests);
});

test('the draft list survives a reload, newest first', { skip }, async () => {
  const { page, requests } = await open();
  const first = await createDraft(page, 'private-lending', 'complaint');
  await home(page);
  const second = await createDraft(page, 'sales-contract', 'answer');
  await page.reload();
  await home(page);
  const ids = await draftItems(page).evaluateAll((nodes) => nodes.map((n) => n.dataset.id));
  assert.deepEqual(ids, [second, first]);
  await draftItems(page).first().getByRole('button', { name: /^打开/ }).click();
  await page.waitForURL(new RegExp(`#/draft/${second}$`));
  await finish(page, requests);
});

test('a draft can be renamed in place', { skip }, async () => {
  const { page, requests } = await open();
  const id = await createDraft(page);
  await home(page);
  const item = draftItems(page).first();
  await item.getByRole('button', { name: /^重命名/ }).click();
  const input = item.getByLabel(/新名称/);
  assert.equal(await input.evaluate((node) => node === document.activeElement), true, 'the name field has focus');
  await input.fill('');
  await item.getByRole('button', { name: '保存' }).click();
  await item.locator('[aria-invalid="true"]').waitFor(); // an empty name is refused
  await input.fill('张三借款 <b>案</b>');
  await input.press('Enter');
  await page.locator('.start-status', { hasText: '已重命名' }).waitFor();
  assert.deepEqual(await draftNames(page), ['张三借款 <b>案</b>']);
  assert.equal(await page.locator('.draft-list b').count(), 0, 'names are text, never markup');
  await page.reload();
  await waitForStart(page);
  assert.deepEqual(await draftNames(page), ['张三借款 <b>案</b>']);
  assert.equal((await storedDraft(page, id)).name, '张三借款 <b>案</b>');
  await finish(page, requests);
});

test('deleting a draft asks first', { skip }, async () => {
  const { page, requests } = await open();
  await createDraft(page);
  await home(page);
  const item = draftItems(page).first();
  await item.getByRole('button', { name: /^删除/ }).click();
  assert.match(await item.locator('.draft-confirm').textContent(), /确定删除草稿/);
  await item.getByRole('button', { name: '取消' }).click();
  assert.equal(await draftItems(page).count(), 1, 'cancel keeps the draft');
  await item.getByRole('button', { name: /^删除/ }).click();
  await item.getByRole('button', { name: '确定删除' }).click();
  await page.locator('.start-empty').waitFor();
  await page.reload();
  await waitForStart(page);
  assert.equal(await draftItems(page).count(), 0);
  await finish(page, requests);
});

test('an exported draft downloads as JSON and imports back as a second draft', { skip }, async () => {
  const { page, requests } = await open();
  const id = await createDraft(page);
  await page.evaluate(async (draftId) => {
    const { openStore } = await import('/storage/draft_store.js');
    const store = await openStore();
    const draft = await store.getDraft(draftId);
    await store.saveDraft({
      ...draft,
      name: '借款/草稿',
      instance: { claims: { total: '104500' } },
      progress: { filled: 3, total: 7 },
    });
  }, id);
  await home(page);
  assert.match(await draftItems(page).first().locator('.draft-progress').textContent(), /必填项已填 3 \/ 7/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    draftItems(page).first().getByRole('button', { name: /^导出/ }).click(),
  ]);
  assert.equal(download.suggestedFilename(), '借款_草稿.yaosu-draft.json');
  const text = readFileSync(await download.path(), 'utf8');
  const file = JSON.parse(text);
  assert.equal(file.format, 'yaosu-draft');
  assert.equal(file.version, 1);
  assert.deepEqual([file.name, file.caseType, file.form], ['借款/草稿', 'private-lending', 'complaint']);
  assert.deepEqual(file.instance, { claims: { total: '104500' } });

  assert.ok(
    await dropFiles(page, [{ name: download.suggestedFilename(), text }]),
    'the drop zone lights up while dragging',
  );
  await page.locator('.draft-list > li.draft:nth-child(2)').waitFor();
  assert.deepEqual(await draftNames(page), ['借款/草稿', '借款/草稿']);
  const ids = await draftItems(page).evaluateAll((nodes) => nodes.map((n) => n.dataset.id));
  const imported = await storedDraft(
    page,
    ids.find((other) => other !== id),
  );
  assert.deepEqual(imported.instance, { claims: { total: '104500' } });
  assert.match(await page.locator('.import-results').textContent(), /已导入为草稿/);
  await finish(page, requests);
});

test('a broken or foreign file is refused with a message and creates nothing', { skip }, async () => {
  const { page, requests } = await open();
  await importFiles(page, [
    { name: 'broken.json', text: '{"format": "yaosu-draft",\n  "name": }' },
    { name: 'other.json', text: '{"hello": "world"}' },
  ]);
  const results = await page.locator('.import-results li').allTextContents();
  assert.equal(results.length, 2);
  assert.match(results[0], /broken\.json.*不是有效的 JSON：第2行/);
  assert.match(results[1], /other\.json.*不是要素草稿文件/);
  assert.match(await page.locator('.start-status.alert').last().textContent(), /导入了 0 个草稿，2 个文件未能导入/);
  assert.equal(await draftItems(page).count(), 0);
  await page.reload();
  await waitForStart(page);
  assert.equal(await draftItems(page).count(), 0);
  await finish(page, requests);
});

// ---- draft_store.js (the draft file format is tested in Node: tests/web/draft_file.test.mjs) ----

test('draft_store.js: the last of 50 rapid saves wins', { skip }, async () => {
  const { page, requests } = await open();
  const answer = await page.evaluate(async () => {
    const { openStore } = await import('/storage/draft_store.js');
    const store = await openStore();
    const draft = await store.createDraft({ caseType: 'private-lending', form: 'complaint', name: '快' });
    const saves = [];
    for (let n = 0; n < 50; n++) {
      draft.instance = { n };
      draft.progress = { filled: n, total: 50 };
      saves.push(store.saveDraft(draft)); // not awaited: as fast as a typist's keystrokes
    }
    const results = await Promise.all(saves);
    const stored = await store.getDraft(draft.id);
    const listed = await store.listDrafts();
    return { returned: results.map((result) => result.instance.n), stored, count: listed.length };
  });
  assert.deepEqual(answer.returned, [...Array(50).keys()], 'each call resolves with what it was given');
  assert.deepEqual(answer.stored.instance, { n: 49 });
  assert.deepEqual(answer.stored.progress, { filled: 49, total: 50 });
  assert.equal(answer.count, 1);
  await finish(page, requests);
});

// ---- answering a complaint ----

test("an answer can start from the plaintiff's complaint filing", { skip }, async () => {
  const { page, requests } = await open();
  const filing = await produceFiling(
    page,
    'private-lending',
    example('private-lending/complaint/valid/transfer-loan-overdue.json'),
  );
  await answerFrom(page, 'private-lending', filing);
  await page.waitForURL(/#\/draft\/[\w-]+$/);
  const draft = await storedDraft(page, new URL(page.url()).hash.slice('#/draft/'.length));
  assert.equal(draft.caseType, 'private-lending');
  assert.equal(draft.form, 'answer');
  assert.equal(draft.complaintFiling, filing);
  await home(page);
  assert.match(await draftItems(page).first().textContent(), /附起诉状/);
  await finish(page, requests);
});

test('a complaint filing of another case type, or a tampered one, is refused', { skip }, async () => {
  const { page, requests } = await open();
  const sales = await produceFiling(
    page,
    'sales-contract',
    example('sales-contract/complaint/valid/steel-unpaid-price.json'),
  );
  await answerFrom(page, 'private-lending', sales);
  const lending = page.locator('.start-case[data-case-type="private-lending"]');
  const message = lending.locator('.start-status.alert');
  await message.waitFor();
  assert.match(await message.textContent(), /民事起诉状（买卖合同纠纷）.*需要民事起诉状（民间借贷纠纷）/);

  const lendingFiling = await produceFiling(
    page,
    'private-lending',
    example('private-lending/complaint/valid/cash-loan-limitation-interrupted.json'),
  );
  const tampered = lendingFiling.replace(
    /"digest":\s*\{[^}]*"value":\s*"[0-9a-f]/,
    (whole) => `${whole.slice(0, -1)}${whole.endsWith('0') ? '1' : '0'}`,
  );
  assert.notEqual(tampered, lendingFiling);
  await answerFrom(page, 'private-lending', tampered);
  await message.filter({ hasText: '未通过核对' }).waitFor();
  assert.ok((await message.locator('li').count()) > 0, 'the problems are listed');

  assert.equal(new URL(page.url()).hash, '#/');
  assert.equal(await draftItems(page).count(), 0);
  await finish(page, requests);
});

// ---- screenshots, phone width ----

test('the start page fits a phone screen', { skip }, async () => {
  const { page, requests } = await open();
  await createDraft(page);
  await home(page);
  await screenshot(page, 'start-page');
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.ok(overflow <= 0, `no horizontal scroll at 390px (overflow ${overflow}px)`);
  await screenshot(page, 'start-page-phone');
  await finish(page, requests);
});
