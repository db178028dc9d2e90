// A 劳动争议纠纷 complaint filled from scratch in Debian's Chromium, as a
// dismissed worker fills it: every row typed and ticked, saved as typed, no
// problem found, and the calculators' figures on the page — the damages for
// unlawful termination (劳动合同法 第87条: twice the severance of 4 years and
// 8 months, 2 × 5 × 8,000 = 80,000 yuan), the overtime (劳动法 第44条:
// 6,804.60 yuan), the annual leave pay (3,678.16 yuan) and the labour case's
// fee of 10 yuan. Then a late suit (26 days after the award) is flagged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { screenshot, useBrowser } from './support.mjs';
import { engineSettled, example, fillForm, newDraft, savedDraft, setLeaf } from './form_filling.mjs';

const suite = await useBrowser();

test(
  'a 劳动争议纠纷 complaint filled from scratch has no problem and shows its computed figures',
  { skip: suite.skip },
  async () => {
    const context = await suite.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    const data = example('labour', 'complaint', 'dismissed-crane-driver-unlawful-termination');
    const id = await newDraft(page, suite.app.url, 'labour', 'complaint');
    await fillForm(page, data);
    await engineSettled(page);
    assert.deepEqual((await savedDraft(page, id)).instance, data);
    assert.equal(await page.locator('.problems li.error').count(), 0);
    assert.match(await page.locator('.problem-summary').textContent(), /没有发现问题/);
    assert.match(await page.locator('[data-computed="unlawful_termination_damages"]').textContent(), /80,000\.00/);
    assert.match(await page.locator('[data-computed="overtime_pay"]').textContent(), /6,804\.60/);
    assert.match(await page.locator('[data-computed="annual_leave_pay"]').textContent(), /3,678\.16/);
    assert.match(await page.locator('[data-computed="court_fee"]').textContent(), /10\.00/);
    await screenshot(page, 'labour-complaint-complete');

    await setLeaf(page, '/facts/arbitration/received_on', '2023-12-20');
    await engineSettled(page);
    assert.match(
      await page.locator('[data-problems-for="/facts/arbitration/received_on"]').textContent(),
      /超过了15日的起诉期间/,
    );
    await context.close();
  },
);
