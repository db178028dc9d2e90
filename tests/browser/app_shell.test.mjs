// The app around the forms: it works offline after one visit (service
// worker), speaks English on request, fits a phone-width screen, shows what
// a user types as text only (also in the printed complaint), and answers a
// complaint element by element.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recordRequests, screenshot, useBrowser } from './support.mjs';
import { engineSettled, example, newDraft, openFilledDraft, pageOnDay, setLeaf } from './form_filling.mjs';
import { SIGNED, lenderComplaint } from './lender_complaint.mjs';

const suite = await useBrowser();

async function newPage(options = {}) {
  const context = await suite.browser.newContext(options);
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  return page;
}

test('after one visit the app and the engine work offline', { skip: suite.skip }, async () => {
  const page = await newPage();
  await page.goto(suite.app.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload(); // now controlled by the service worker
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.context().setOffline(true);
  await newDraft(page, suite.app.url, 'private-lending', 'complaint');
  await page.locator('#one-page').check();
  await setLeaf(page, '/claims/total', '100000');
  await setLeaf(page, '/signature/date', '2025-03-04');
  await engineSettled(page);
  assert.match(await page.locator('[data-computed="court_fee"]').textContent(), /2,300\.00/);
  await page.context().close();
});

test('an engine that cannot load is said at once, and no request waits for it', { skip: suite.skip }, async () => {
  const context = await suite.browser.newContext({ serviceWorkers: 'block' });
  await context.route('**/engine/yaosu.wasm', (route) => route.abort());
  const page = await context.newPage();
  await page.goto(suite.app.url);
  // The app's alert, or — when the start page draws after the failure — its own, naming the engine's error.
  await page.locator('.alert', { hasText: /引擎加载失败|无法读取案件类型/ }).waitFor({ timeout: 10000 });
  // A request is posted before the engine is ready (so the worker can fetch what it names meanwhile):
  // the engine failing answers it, and one made after the failure is refused at once. The timeout is
  // an hour, so a refusal within the test's own time cannot be the timeout's.
  const answer = await page.evaluate(async () => {
    const { Engine } = await import('/engine/engine.js');
    const engine = new Engine(undefined, { timeoutMs: 60 * 60 * 1000 });
    const waiting = engine.call('cases').then(
      () => 'answered',
      (error) => `refused: ${error.message}`,
    );
    const first = await waiting;
    const outcome = await engine.call('cases').then(
      () => 'answered',
      (error) => `refused: ${error.message}`,
    );
    return { first, outcome };
  });
  assert.match(answer.first, /^refused: /);
  assert.equal(answer.outcome, answer.first, 'a call after the failure is refused with the same reason');
  await context.close();
});

test('the form speaks English when asked, and remembers it', { skip: suite.skip }, async () => {
  const page = await newPage();
  await newDraft(page, suite.app.url, 'private-lending', 'complaint');
  await page.locator('#language').click();
  // The view draws itself again in English; wait for that drawing, not the old one.
  await page.locator('.form-section h2', { hasText: 'Parties' }).waitFor();
  assert.match(await page.locator('.problem-summary h2').textContent(), /Open problems/);
  await page.reload();
  await page.locator('.form-section h2', { hasText: 'Parties' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await screenshot(page, 'form-english');
  await page.context().close();
});

test('a phone-width screen shows the form without sideways scrolling', { skip: suite.skip }, async () => {
  const page = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await newDraft(page, suite.app.url, 'private-lending', 'complaint');
  await page.locator('[data-pointer="/plaintiffs"] > .actions .add-item').click();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
  await screenshot(page, 'form-phone');
  await page.context().close();
});

test('hostile text in a field stays text, on the page and in the printed complaint', { skip: suite.skip }, async () => {
  const page = await pageOnDay(suite.browser, SIGNED); // the complaint's signing day: it can be filed
  const requests = recordRequests(page);
  const hostile = '<img src=x onerror="window.pwned=1"><b>粗体</b><script>window.pwned=2</script>';
  const hostileName = '<b>王</b><img src=x onerror="window.pwned=1">'; // a name has at most 50 characters
  // The Content-Security-Policy would stop the handler and the script even if the text became
  // markup; what must hold is that it never becomes markup: it reads back letter for letter.
  const data = lenderComplaint();
  data.plaintiffs[0].name = hostileName;
  data.claims.other = { content: hostile };
  await openFilledDraft(page, suite.app.url, 'private-lending', 'complaint', data);
  await page.locator('#one-page').check();
  assert.equal(await page.locator('#view img, #view script, #view b').count(), 0);
  assert.equal(await page.locator('[data-control="/plaintiffs/0/name"]').inputValue(), hostileName);
  assert.equal(await page.locator('[data-control="/claims/other/content"]').inputValue(), hostile);
  assert.ok(
    (await page.locator('.form-head .draft-parties').textContent()).includes(hostileName),
    'the parties line shows the name as typed',
  );
  // The printed complaint: the engine's page, shown from a Blob URL, holds the same text and no markup from it.
  await page.locator('#generate-filing').click();
  await page
    .locator('.filing-digest')
    .waitFor()
    .catch(async (error) => {
      throw new Error(`no filing: ${await page.locator('.form-outputs, .problem-summary').allTextContents()}`, {
        cause: error,
      });
    });
  const [tab] = await Promise.all([page.context().waitForEvent('page'), page.locator('#print-view').click()]);
  await tab.waitForURL(/^blob:/, { timeout: 10000 }); // the tab opens blank, then is sent to the engine's page
  await tab.waitForLoadState();
  const printed = await tab.evaluate(() => ({
    text: document.body.textContent,
    markup: document.querySelectorAll('img, script, b').length,
  }));
  assert.equal(printed.markup, 0, 'no element made from the typed text');
  assert.ok(printed.text.includes(hostileName), 'the printed complaint shows the name as typed');
  assert.ok(printed.text.includes(hostile), 'the printed complaint shows the other claim as typed');
  assert.deepEqual(
    requests.filter((url) => new URL(url).pathname === '/x'),
    [],
    'the img was never loaded',
  );
  await page.context().close();
});

test('an answer shows, beside each row, what the complaint says', { skip: suite.skip }, async () => {
  const page = await newPage();
  const complaint = example('private-lending', 'complaint', 'transfer-loan-overdue');
  await page.goto(suite.app.url);
  const id = await page.evaluate(async (instance) => {
    const { Engine } = await import('/engine/engine.js');
    const filing = await new Engine().call(
      'produceFiling',
      'private-lending',
      'complaint',
      JSON.stringify(instance),
      '2025-10-08T09:00:00+08:00',
    );
    const { openStore } = await import('/storage/draft_store.js');
    const store = await openStore();
    return (
      await store.createDraft({
        caseType: 'private-lending',
        form: 'answer',
        name: 'answer',
        complaintFiling: filing.text,
      })
    ).id;
  }, complaint);
  await page.goto(`${suite.app.url}#/draft/${id}`);
  await page.locator('.form-row').first().waitFor();
  await page.locator('#one-page').check();
  const principalRow = page.locator('.form-row', { has: page.locator('[data-pointer="/claims/principal"]') });
  assert.match(await principalRow.locator('.statement').textContent(), /100000/);
  await setLeaf(page, '/claims/principal/objection', 'true');
  await engineSettled(page);
  const reasons = page.locator('ul.problems[data-problems-for="/claims/principal/reasons"] li.error');
  assert.equal(await reasons.count(), 0); // a missing reason waits until the box is left (issue #11)
  await page.locator('[data-control="/claims/principal/reasons"]').focus();
  await page.keyboard.press('Tab');
  assert.equal(await reasons.count(), 1);
  await setLeaf(page, '/claims/principal/reasons', '已归还本金两万元，有转账记录为证。');
  await engineSettled(page);
  assert.equal(await reasons.count(), 0);
  await screenshot(page, 'answer-with-complaint');
  await page.context().close();
});
