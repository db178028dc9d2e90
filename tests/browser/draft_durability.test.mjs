// Never lose a draft (issue #16), in Debian's Chromium: the page closed in the
// middle of typing, a reload while a save is being written, the engine's worker
// crashing (idle, or with a request in flight), the disk full (simulated, and
// the origin really at its quota), the browser clearing storage under the open
// form, and the same draft open in two tabs. Every value typed before the
// interruption is there afterwards, and the person is told what happened.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromiumWith, useBrowser } from './support.mjs';
import { engineSettled, newDraft } from './form_filling.mjs';
import {
  QUOTA_SWITCH,
  SLOW_SAVES,
  alerts,
  fillStorage,
  rawDraft,
  recordAlerts,
  typeInto,
  waitForRaw,
} from './durability.mjs';

const suite = await useBrowser();

// plaintiffHas: a check for waitForRaw — the stored draft's first plaintiff holds every one of `fields`.
const plaintiffHas = (fields) => (record) =>
  Object.entries(fields).every(([key, value]) => record.instance.plaintiffs?.[0]?.[key] === value);
const skip = suite.skip;
const NAME = '/plaintiffs/0/name';
const ID_NUMBER = '/plaintiffs/0/id_number';
const PHONE = '/plaintiffs/0/phone';

async function newPage(context) {
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  return page;
}

// startDraft: a new complaint on one page with one plaintiff, the name typed and saved.
async function startDraft(page) {
  const id = await newDraft(page, suite.app.url, 'private-lending', 'complaint');
  await page.locator('#one-page').check();
  await page.locator('[data-pointer="/plaintiffs"] > .actions .add-item').click();
  await typeInto(page, NAME, '王小明');
  await engineSettled(page);
  return id;
}

async function openDraft(page, id) {
  await page.goto(`${suite.app.url}#/draft/${id}`);
  await page.locator('.form-row').first().waitFor({ timeout: 30000 });
  await page.locator('#one-page').check();
}

const valueOf = (page, pointer) => page.locator(`[data-control="${pointer}"]`).first().inputValue();

async function assertValues(page, values) {
  for (const [pointer, value] of Object.entries(values)) assert.equal(await valueOf(page, pointer), value, pointer);
}

// valuesAfterReload: the page reloaded shows `values` — what the draft kept.
async function valuesAfterReload(page, values) {
  await page.reload();
  await page.locator('.form-row').first().waitFor({ timeout: 30000 });
  await assertValues(page, values);
}

// A slow disk (each write held open 600 ms): the last keys typed are still
// waiting for their write when the page goes.
test(
  'the page closed in the middle of typing: every value typed is there when it is opened again',
  { skip },
  async () => {
    const context = await suite.browser.newContext();
    const page = await newPage(context);
    await page.addInitScript(SLOW_SAVES);
    const id = await startDraft(page);
    await page.evaluate(() => {
      window.yaosuSlowSaves = true;
    });
    await typeInto(page, ID_NUMBER, '150203198506150014');
    await typeInto(page, PHONE, '13904721234'); // no blur, no wait: the page goes at once
    await page.close();
    const again = await newPage(context);
    await openDraft(again, id);
    await assertValues(again, { [NAME]: '王小明', [ID_NUMBER]: '150203198506150014', [PHONE]: '13904721234' });
    assert.match(await again.locator('.draft-alert.recovered').textContent(), /已恢复上次页面关闭前尚未保存完的内容/);
    await waitForRaw(again, id, plaintiffHas({ phone: '13904721234' }));
    await context.close();
  },
);

test('the browser closed in the middle of typing: every value typed is there after a restart', { skip }, async () => {
  const profile = mkdtempSync(path.join(tmpdir(), 'yaosu-profile-'));
  try {
    let context = await launchChromiumWith(profile);
    await context.addInitScript(SLOW_SAVES);
    let page = await newPage(context);
    const id = await startDraft(page);
    await page.evaluate(() => {
      window.yaosuSlowSaves = true;
    });
    await typeInto(page, ID_NUMBER, '150203198506150014');
    await typeInto(page, PHONE, '13904721234');
    await context.close(); // the whole browser, right after the last key
    context = await launchChromiumWith(profile);
    page = await newPage(context);
    await openDraft(page, id);
    await assertValues(page, { [NAME]: '王小明', [ID_NUMBER]: '150203198506150014', [PHONE]: '13904721234' });
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a reload while a save is being written: everything typed before is there afterwards', { skip }, async () => {
  const context = await suite.browser.newContext();
  const page = await newPage(context);
  await page.addInitScript(SLOW_SAVES);
  const id = await startDraft(page);
  await page.evaluate(() => {
    window.yaosuSlowSaves = true;
    window.yaosuPuts = 0;
  });
  await typeInto(page, ID_NUMBER, '150203198506150014');
  await page.waitForFunction(() => window.yaosuPuts > 0); // a write is under way, held open
  await valuesAfterReload(page, { [NAME]: '王小明', [ID_NUMBER]: '150203198506150014' });
  await waitForRaw(page, id, plaintiffHas({ id_number: '150203198506150014' }));
  await context.close();
});

test(
  "the engine's worker crashing: the person is told, typing still saves, every value is there after a reload",
  { skip },
  async () => {
    const context = await suite.browser.newContext();
    const page = await newPage(context);
    const id = await startDraft(page);
    const worker = page.workers().find((candidate) => candidate.url().endsWith('/engine/worker.js'));
    assert.ok(worker, 'the engine runs in a worker');
    await worker.evaluate(() => {
      setTimeout(() => {
        throw new Error('simulated crash');
      }, 0);
    });
    const told = page.locator('.draft-alert.engine');
    await told.waitFor();
    assert.match(await told.textContent(), /检查引擎出错，已重新启动。您填写的内容都已保存/);
    await typeInto(page, ID_NUMBER, '150203198506150014');
    await engineSettled(page);
    await waitForRaw(page, id, plaintiffHas({ id_number: '150203198506150014' }));
    await valuesAfterReload(page, { [NAME]: '王小明', [ID_NUMBER]: '150203198506150014' });
    await context.close();
  },
);

test(
  "the engine's worker dying with a request in flight: typing goes on, and every value is there after a reload",
  { skip },
  async () => {
    const context = await suite.browser.newContext();
    const page = await newPage(context);
    const id = await startDraft(page);
    // How many requests the page was waiting on when the worker was restarted.
    await page.evaluate(async () => {
      const { engine } = await import('/engine/app_engine.js');
      const restart = engine.restart.bind(engine);
      engine.restart = (...args) => {
        window.yaosuInFlight = engine.pending.size;
        return restart(...args);
      };
    });
    const worker = page.workers().find((candidate) => candidate.url().endsWith('/engine/worker.js'));
    await worker.evaluate(() => {
      // The next request is taken and never answered: the worker dies with it in hand.
      self.onmessage = () => {
        setTimeout(() => {
          throw new Error('simulated crash with a request in flight');
        }, 100);
      };
    });
    await typeInto(page, ID_NUMBER, '150203198506150014');
    await typeInto(page, PHONE, '139'); // typing on while the worker dies and starts again
    await page.locator('.draft-alert.engine').waitFor();
    assert.ok(await page.evaluate(() => window.yaosuInFlight > 0), 'a request was in flight');
    await page.keyboard.type('04721234');
    await engineSettled(page);
    await assertValues(page, { [NAME]: '王小明', [ID_NUMBER]: '150203198506150014', [PHONE]: '13904721234' });
    await valuesAfterReload(page, { [NAME]: '王小明', [ID_NUMBER]: '150203198506150014', [PHONE]: '13904721234' });
    await waitForRaw(page, id, plaintiffHas({ phone: '13904721234' }));
    await context.close();
  },
);

test(
  'the disk full: the person is told plainly and offered the draft file; nothing typed leaves the page',
  { skip },
  async () => {
    const context = await suite.browser.newContext({ acceptDownloads: true });
    const page = await newPage(context);
    await page.addInitScript(QUOTA_SWITCH);
    const id = await startDraft(page);
    await page.evaluate(() => {
      window.yaosuQuotaFull = true;
    });
    await typeInto(page, ID_NUMBER, '150203198506150014');
    const told = page.locator('.draft-alert.quota');
    await told.waitFor();
    assert.match(await told.textContent(), /浏览器的存储空间已满，这份草稿无法再保存到本机。您填写的内容仍在本页/);
    assert.match(await page.locator('.save-status').textContent(), /保存失败/);
    await assertValues(page, { [NAME]: '王小明', [ID_NUMBER]: '150203198506150014' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      told.getByRole('button', { name: '下载草稿文件' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /\.yaosu-draft\.json$/);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.equal(file.format, 'yaosu-draft');
    assert.equal(file.instance.plaintiffs[0].id_number, '150203198506150014');
    assert.equal(file.instance.plaintiffs[0].name, '王小明');
    assert.equal((await rawDraft(page, id)).instance.plaintiffs[0].id_number, undefined, 'nothing was written');

    await page.evaluate(() => {
      window.yaosuQuotaFull = false;
    }); // room again: the next change is saved
    await typeInto(page, PHONE, '13904721234');
    await page.locator('.draft-alert.again').waitFor();
    await waitForRaw(page, id, plaintiffHas({ phone: '13904721234', id_number: '150203198506150014' }));
    await context.close();
  },
);

// A real quota: the origin told (DevTools protocol) that it may keep 24 MB — before it first
// stores anything, since Chromium 156 keeps the room it found once IndexedDB is open and an
// override made later is not enforced — then filled to the brim, so IndexedDB itself refuses
// the draft's next write.
test(
  'the disk really full (the origin at its quota): told, offered the file, and nothing is lost once there is room',
  { skip },
  async () => {
    const context = await suite.browser.newContext({ acceptDownloads: true });
    const page = await newPage(context);
    const cdp = await context.newCDPSession(page);
    const origin = new URL(suite.app.url).origin;
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 24 * 1024 * 1024 });
    const id = await startDraft(page);
    assert.ok((await fillStorage(page)) > 0, 'room was taken');
    await typeInto(page, ID_NUMBER, '150203198506150014');
    const told = page.locator('.draft-alert.quota');
    await told.waitFor();
    assert.match(await told.textContent(), /浏览器的存储空间已满/);
    assert.equal((await rawDraft(page, id)).instance.plaintiffs[0].id_number, undefined, 'IndexedDB refused it');
    await typeInto(page, PHONE, '13904721234');
    await engineSettled(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      told.getByRole('button', { name: '下载草稿文件' }).click(),
    ]);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.equal(file.instance.plaintiffs[0].id_number, '150203198506150014');
    assert.equal(file.instance.plaintiffs[0].phone, '13904721234');

    // Room again (the quota lifted, the ballast gone): after a reload every value typed is there.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          indexedDB.deleteDatabase('ballast').onsuccess = resolve;
        }),
    );
    await valuesAfterReload(page, { [NAME]: '王小明', [ID_NUMBER]: '150203198506150014', [PHONE]: '13904721234' });
    await typeInto(page, PHONE, '5'); // the next change is saved, and with it what the journal kept
    await waitForRaw(page, id, plaintiffHas({ phone: '139047212345', id_number: '150203198506150014' }));
    await cdp.detach();
    await context.close();
  },
);

// clearStorage: each way the draft's database goes while the form is open.
const CLEARINGS = {
  'deleted from another page': async (context) => {
    const other = await context.newPage();
    await other.goto(`${suite.app.url}precache.js`); // the same origin, without the app
    await other.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const deleting = indexedDB.deleteDatabase('yaosu');
          deleting.onsuccess = resolve;
          deleting.onerror = () => reject(deleting.error);
        }),
    );
    await other.close();
  },
  'cleared by the browser (site data)': async (context, page) => {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(suite.app.url).origin, storageTypes: 'indexeddb' });
    await cdp.detach();
  },
};

for (const [how, clear] of Object.entries(CLEARINGS)) {
  test(
    `storage ${how} while the form is open: the person is told at once and the draft is saved again`,
    { skip },
    async () => {
      const context = await suite.browser.newContext({ acceptDownloads: true });
      const page = await newPage(context);
      const id = await startDraft(page);
      await typeInto(page, ID_NUMBER, '150203198506150014');
      await engineSettled(page);
      await recordAlerts(page);
      await clear(context, page);
      await page.locator('.draft-alert.again').waitFor();
      const said = await alerts(page);
      assert.match(said[0], /浏览器刚刚清除了本机保存的草稿。您填写的内容仍在本页，正在重新保存/);
      assert.match(said.at(-1), /草稿已重新保存到本机/);
      await waitForRaw(page, id, plaintiffHas({ id_number: '150203198506150014' }));
      await typeInto(page, PHONE, '13904721234');
      await engineSettled(page);
      await valuesAfterReload(page, { [NAME]: '王小明', [ID_NUMBER]: '150203198506150014', [PHONE]: '13904721234' });
      await context.close();
    },
  );
}

test(
  "two tabs on one draft: the second is told, and never writes over the first's newer values",
  { skip },
  async () => {
    const context = await suite.browser.newContext({ acceptDownloads: true });
    const first = await newPage(context);
    const id = await startDraft(first);
    const second = await newPage(context);
    await openDraft(second, id);
    for (const page of [second, first]) {
      assert.match(await page.locator('.draft-alert.elsewhere').textContent(), /这份草稿也在另一个标签页中打开着/);
    }
    await typeInto(first, ID_NUMBER, '150203198506150014'); // the first tab's newer values
    await engineSettled(first);
    await typeInto(second, PHONE, '13904721234'); // the second tab has not seen them
    const told = second.locator('.draft-alert.conflict');
    await told.waitFor();
    assert.match(
      await told.textContent(),
      /这份草稿已在另一个标签页中修改过。为免覆盖那里较新的内容，本页的修改不再保存/,
    );
    const stored = await rawDraft(second, id);
    assert.equal(stored.instance.plaintiffs[0].id_number, '150203198506150014', "the first tab's value stays");
    assert.equal(stored.instance.plaintiffs[0].phone, undefined, 'the second tab wrote nothing over it');
    const [download] = await Promise.all([
      second.waitForEvent('download'),
      told.getByRole('button', { name: '下载草稿文件' }).click(),
    ]);
    assert.equal(
      JSON.parse(readFileSync(await download.path(), 'utf8')).instance.plaintiffs[0].phone,
      '13904721234',
      'what the second tab typed can be kept as a file',
    );

    // The first tab, reloaded, has its own values, not the second's.
    await valuesAfterReload(first, { [NAME]: '王小明', [ID_NUMBER]: '150203198506150014', [PHONE]: '' });
    await Promise.all([second.waitForEvent('load'), told.getByRole('button', { name: '重新加载' }).click()]);
    await second.locator('.form-row').first().waitFor({ timeout: 30000 });
    await assertValues(second, { [ID_NUMBER]: '150203198506150014' });
    await context.close();
  },
);

// formBesideStartPage: a draft open in the form on one page and listed on the start page in another
// tab of the same browser (downloads allowed); `item` is the draft's entry on the start page.
async function formBesideStartPage() {
  const context = await suite.browser.newContext({ acceptDownloads: true });
  const form = await newPage(context);
  const id = await startDraft(form);
  const start = await newPage(context);
  await start.goto(suite.app.url);
  return { context, form, id, start, item: start.locator(`li.draft[data-id="${id}"]`) };
}

test(
  "renamed on the start page while open in another tab: the form's next save keeps the new name",
  { skip },
  async () => {
    const { context, form, id, start, item } = await formBesideStartPage();
    await item.locator('[data-action="rename"]').click();
    await item.locator('input').fill('王小明借款案');
    await item.locator('[data-action="save"]').click();
    await start.waitForFunction(
      (draftId) => document.querySelector(`li.draft[data-id="${draftId}"]`)?.textContent.includes('王小明借款案'),
      id,
    );
    await typeInto(form, PHONE, '13904721234'); // the form's copy still has the old name
    await engineSettled(form);
    await waitForRaw(form, id, (draft) => draft.instance.plaintiffs[0].phone === '13904721234');
    const stored = await rawDraft(form, id);
    assert.equal(stored.name, '王小明借款案', 'the rename stays');
    assert.equal(await form.locator('.draft-alert.conflict').count(), 0, 'a rename is not a conflict');
    await context.close();
  },
);

test(
  'deleted on the start page while open in another tab: the form is told, offers the file, and writes nothing back',
  { skip },
  async () => {
    const { context, form, id, item } = await formBesideStartPage();
    await item.locator('[data-action="delete"]').click();
    await item.locator('[data-action="confirm-delete"]').click();
    await item.waitFor({ state: 'detached' });
    await typeInto(form, PHONE, '13904721234');
    const told = form.locator('.draft-alert.deleted');
    await told.waitFor();
    assert.match(await told.textContent(), /这份草稿已在另一个标签页中删除，本页的修改不再保存/);
    assert.equal(await rawDraft(form, id), null, 'the deleted draft is not written back');
    const [download] = await Promise.all([
      form.waitForEvent('download'),
      told.getByRole('button', { name: '下载草稿文件' }).click(),
    ]);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.equal(file.instance.plaintiffs[0].phone, '13904721234', 'what was typed can be kept as a file');
    await form.reload(); // nor does the journal bring it back
    await form.locator('p.alert[role=alert]').waitFor(); // "no such draft"
    assert.equal(await form.locator('.form-row').count(), 0);
    assert.equal(await rawDraft(form, id), null);
    await context.close();
  },
);
