// Filling the guided form the way a person does — clicking "add" for each
// list item, ticking choices, typing into boxes — from a JSON example, so a
// test can fill a whole form from scratch and compare what was saved.
//
//   const id = await newDraft(page, app.url, 'private-lending', 'complaint');
//   await fillForm(page, example);          // in single-page mode
//   const saved = await savedDraft(page, id);
//   const page = await pageOnDay(browser, '2025-10-08');   // the clock fixed on a day
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './support.mjs';

export function example(caseType, form, name) {
  return JSON.parse(
    readFileSync(path.join(root, 'tests/cases/examples', caseType, form, 'valid', `${name}.json`), 'utf8'),
  );
}

// produceFiling: a complaint filing's text, made in the page by a fresh engine (as the plaintiff's app would).
export async function produceFiling(page, caseType, exampleText, createdAt = '2025-03-04T09:00:00+08:00') {
  const filing = await page.evaluate(
    async ([type, text, created]) => {
      const { Engine } = await import('/engine/engine.js');
      const engine = new Engine();
      const answer = await engine.call('produceFiling', type, 'complaint', text, created);
      engine.worker.terminate();
      return answer;
    },
    [caseType, exampleText, createdAt],
  );
  assert.equal(filing.ok, true, 'the example complaint produces a filing');
  return filing.text;
}

// pageOnDay: a page in a fresh context (own IndexedDB, downloads allowed) whose
// clock stands still on `day` (YYYY-MM-DD, 10:00 in Beijing): the form's
// "today" — figures, the limitation left, the signing date — is that day.
// An uncaught error in the page fails the test.
export async function pageOnDay(browser, day) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(`${day}T10:00:00+08:00`));
  page.on('pageerror', (error) => {
    throw error;
  });
  return page;
}

// newDraft: a fresh draft made through the start page's store, opened in the form view.
export async function newDraft(page, appUrl, caseType, form) {
  await page.goto(appUrl);
  const id = await page.evaluate(
    async ([type, name]) => {
      const { openStore } = await import('/storage/draft_store.js');
      const store = await openStore();
      return (await store.createDraft({ caseType: type, form: name, name: `test ${type} ${name}` })).id;
    },
    [caseType, form],
  );
  await page.goto(`${appUrl}#/draft/${id}`);
  await page.locator('.form-row').first().waitFor({ timeout: 30000 });
  return id;
}

// openFilledDraft: a new draft holding `data` already (as if filled in an
// earlier visit), opened in the form view.
export async function openFilledDraft(page, appUrl, caseType, form, data) {
  const id = await newDraft(page, appUrl, caseType, form);
  await page.evaluate(
    async ([draftId, instance]) => {
      const { openStore } = await import('/storage/draft_store.js');
      const store = await openStore();
      await store.saveDraft({ ...(await store.getDraft(draftId)), instance });
    },
    [id, data],
  );
  await page.reload();
  await page.locator('.form-row').first().waitFor();
  return id;
}

export async function savedDraft(page, id) {
  return page.evaluate(async (draftId) => {
    const { openStore } = await import('/storage/draft_store.js');
    return (await openStore()).getDraft(draftId);
  }, id);
}

const control = (page, pointer) => page.locator(`[data-control="${pointer}"]`);

async function isChoice(page, pointer) {
  const first = control(page, pointer).first();
  if ((await first.count()) === 0) return false;
  return first.evaluate((element) => element.type === 'radio' || element.tagName === 'SELECT');
}

export async function fillForm(page, data) {
  await page.locator('#one-page').check();
  await fillValue(page, '', data);
}

// fillValue: fills `value` in at `pointer`; returns whether every leaf had a control to take it.
async function fillValue(page, pointer, value) {
  if (Array.isArray(value)) {
    // A fixed list of statements is answered in place; other lists grow by "add".
    const fixed = (await page.locator(`.tuple[data-pointer="${pointer}"]`).count()) > 0;
    let found = true;
    for (const [index, item] of value.entries()) {
      if (!fixed) {
        // The new entry takes the focus, and the next click (often a choice) leaves it.
        await page.locator(`[data-pointer="${pointer}"] > .actions .add-item`).click();
        await page.locator(`[data-pointer="${pointer}/${index}"]`).first().waitFor();
      }
      found = (await fillValue(page, `${pointer}/${index}`, item)) && found;
    }
    return found;
  }
  if (typeof value === 'object' && value !== null) {
    // Choices first: they decide which of the other fields apply.
    const entries = Object.entries(value);
    const choices = [];
    for (const [name] of entries) choices.push(await isChoice(page, `${pointer}/${name}`));
    for (const [index, [name, child]] of entries.entries())
      if (choices[index]) await fillValue(page, `${pointer}/${name}`, child);
    let missed = [];
    for (const [index, [name, child]] of entries.entries())
      if (!choices[index] && !(await fillValue(page, `${pointer}/${name}`, child))) missed.push([name, child]);
    // A field a list's choice brings (违约金 once 违约金 is among the kinds) shows once the engine has answered;
    // a group or list retries its own missed fields (filling it again would add its entries twice).
    missed = missed.filter(([, child]) => typeof child !== 'object' || child === null);
    if (missed.length > 0) {
      await engineSettled(page);
      const retried = [];
      for (const [name, child] of missed) if (!(await fillValue(page, `${pointer}/${name}`, child))) retried.push(name);
      missed = retried;
    }
    return missed.length === 0;
  }
  // A leaf with no control is one the form fixes itself (a party's kind where the template admits only one)
  // or one a choice not yet answered by the engine brings; the caller compares what was saved.
  if ((await control(page, pointer).count()) === 0) return false;
  await setLeaf(page, pointer, value);
  return true;
}

export async function setLeaf(page, pointer, value) {
  const controls = control(page, pointer);
  const first = controls.first();
  const kind = await first.evaluate((element) => (element.tagName === 'SELECT' ? 'select' : element.type));
  if (kind === 'radio') await controls.and(page.locator(`[value="${String(value)}"]`)).check();
  else if (kind === 'select') await first.selectOption(String(value));
  else await first.fill(String(value));
}

// engineSettled: every change has been checked by the engine, drawn, and saved
// (the form view sets data-settled on its container).
export async function engineSettled(page) {
  await page.locator('#view[data-settled="true"]').waitFor({ timeout: 15000 });
}
