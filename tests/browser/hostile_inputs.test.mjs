// The hostile-input corpus (tests/hostile/corpus.json) in the browser: every
// input given to the court-staff view and to the start page's draft import is
// refused with a message naming the file — no script error, no hang, no
// request outside the origin; every hostile text typed into a party's name
// reads back as typed and never becomes markup, on the form and on the print.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { recordRequests, root, useBrowser } from './support.mjs';

const suite = await useBrowser();
const skip = suite.skip;

const corpus = JSON.parse(readFileSync(path.join(root, 'tests/hostile/corpus.json'), 'utf8'));

// bytesOf: a corpus input as the bytes it stands for (tests/hostile/README.md).
function bytesOf(input) {
  if ('text' in input) return Buffer.from(input.text);
  if ('hex' in input) return Buffer.from(input.hex, 'hex');
  const { open, count, middle, close, fill = '', fill_count: fillCount = 0 } = input.repeat;
  return Buffer.from(open.repeat(count) + middle + fill.repeat(fillCount) + close.repeat(count));
}

const files = corpus.inputs.map((input) => ({
  name: `${input.id}.json`,
  mimeType: 'application/json',
  buffer: bytesOf(input),
}));

// watch: a page's script errors, dialogs and requests, checked by `settle`.
async function watch(hash) {
  const context = await suite.browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', async (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  const requests = recordRequests(page);
  await page.goto(suite.app.url + hash);
  const settle = async () => {
    const origin = new URL(suite.app.url).origin;
    assert.deepEqual(
      requests.filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url)),
      [],
      'requests outside the origin',
    );
    assert.deepEqual(problems, []);
    await context.close();
  };
  return { page, settle };
}

test(
  'court staff: every hostile input is listed as not passing, with a reason, and nothing breaks',
  { skip },
  async () => {
    const { page, settle } = await watch('#/staff');
    await page.locator('h1', { hasText: '法院工作人员：核验与比对' }).waitFor({ timeout: 20000 });
    await page.locator('input[type=file]').setInputFiles(files);
    const summary = `共 ${files.length} 份，通过 0 份，未通过 ${files.length} 份`;
    await page.locator('.staff-status', { hasText: summary }).first().waitFor({ timeout: 60000 });
    for (const { name } of files) {
      const row = page.locator('tr', { has: page.locator('th', { hasText: name }) });
      assert.equal(await row.count(), 1, name);
      assert.ok((await row.textContent()).length > name.length + 4, `${name} has a reason`);
    }
    await settle();
  },
);

test('draft import: every hostile input is refused with a message and makes no draft', { skip }, async () => {
  const { page, settle } = await watch('');
  await page.getByLabel(/选择草稿文件/).waitFor({ timeout: 20000 });
  await page.getByLabel(/选择草稿文件/).setInputFiles(files);
  await page
    .locator('.import-results li')
    .nth(files.length - 1)
    .waitFor({ timeout: 60000 });
  const results = await page.locator('.import-results li').allTextContents();
  assert.equal(results.length, files.length);
  for (const { name } of files)
    assert.ok(
      results.some((line) => line.includes(name)),
      `${name} is named`,
    );
  assert.match(
    await page.locator('.start-status.alert').last().textContent(),
    new RegExp(`导入了 0 个草稿，${files.length} 个文件未能导入`),
  );
  await settle();
});

test("a hostile text typed as a party's name reads back as typed and never becomes markup", { skip }, async () => {
  const { page, settle } = await watch('');
  const start = page.locator('.start-case[data-case-type="private-lending"] button[data-case$=".complaint"]');
  await start.waitFor({ timeout: 20000 });
  await start.click();
  await page.waitForURL(/#\/draft\/[\w-]+$/);
  const name = page.getByLabel('姓名').first();
  await name.waitFor({ timeout: 20000 });
  const before = await page.evaluate(() => document.querySelectorAll('script, img, iframe, object, embed').length);
  for (const { id, text } of corpus.texts) {
    await name.fill(text);
    await name.blur();
    assert.equal(await name.inputValue(), text, id);
  }
  assert.equal(
    await page.evaluate(() => document.querySelectorAll('script, img, iframe, object, embed').length),
    before,
  );
  await settle();
});
