// Issue #11 in the page: the figures beside the form. The court fee is the fee
// of the total the form will file, says which total and which day, and shows
// both procedures with when each applies (items 4, 7); figures do not wait for
// the date of signing, and one that cannot be computed names what it waits for
// (item 5); less than six months of limitation is a warning with the last day
// (item 8); citations link to the official text (item 9); progress counts what
// the form needs (item 13); English mode is English throughout (item 15).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { screenshot, useBrowser } from './support.mjs';
import { engineSettled, newDraft, openFilledDraft, pageOnDay, setLeaf } from './form_filling.mjs';
import { LIMITATION_ENDS, SIGNED, lenderComplaint } from './lender_complaint.mjs';

const suite = await useBrowser();
const skip = suite.skip;

// newPage: a page whose "today" is the day the complaint was signed (or `day`).
const newPage = (day = SIGNED) => pageOnDay(suite.browser, day);

const fee = (page, procedure) => page.locator(`[data-computed="court_fee"] [data-procedure="${procedure}"]`);

test('item 4: the fee is the fee of the total the form files, and the panel says which', { skip }, async () => {
  const page = await newPage();
  const data = lenderComplaint();
  data.claims.total = 200000; // typed, while the claims add up to 231,000
  await openFilledDraft(page, suite.app.url, 'private-lending', 'complaint', data);
  await engineSettled(page).catch(() => {});
  assert.match(await page.locator('[data-computed="total_claim"]').textContent(), /231,000\.00/);
  assert.match(await fee(page, 'ordinary').textContent(), /4,300\.00/); // the fee of 200,000: what the form files
  const basis = await page.locator('[data-computed="court_fee"] .fee-basis').textContent();
  assert.match(basis, /按表格填写的标的总额 200,000\.00 元/);
  assert.match(basis, /2025年10月8日/);
  assert.match(
    await page.locator('.fee-mismatch').textContent(),
    /各项请求合计 231,000\.00 元，与填写的标的总额 200,000\.00 元不一致/,
  );
  await screenshot(page, 'fee-of-the-filed-total');
  await page.context().close();
});

test('item 7: both the ordinary and the simplified-procedure fee, each with when it applies', { skip }, async () => {
  const page = await newPage();
  await openFilledDraft(page, suite.app.url, 'private-lending', 'complaint', lenderComplaint());
  assert.match(await fee(page, 'ordinary').textContent(), /普通程序：4,765\.00 元/);
  assert.match(await fee(page, 'ordinary').textContent(), /（文书记录的受理费）/);
  assert.match(await fee(page, 'simplified').textContent(), /简易程序：2,382\.50 元/);
  assert.match(await fee(page, 'simplified').textContent(), /适用简易程序审理的案件减半交纳案件受理费/);
  assert.match(
    await fee(page, 'mediation_or_withdrawal').textContent(),
    /以调解方式结案或者当事人申请撤诉的，减半交纳案件受理费/,
  );
  await page.context().close();
});

test(
  'item 5: until the form is dated the figures use today, and a figure that cannot be computed names what it waits for',
  { skip },
  async () => {
    const page = await newPage('2025-11-20');
    await newDraft(page, suite.app.url, 'private-lending', 'complaint');
    await page.locator('#one-page').check();
    const waiting = page.locator('[data-computed="court_fee"] .waiting');
    assert.match(await waiting.textContent(), /尚不能计算：请先填写 8\. 标的总额/);
    assert.doesNotMatch(await page.locator('.computed').textContent(), /相关要素未填写/);
    assert.match(
      await page.locator('[data-computed="limitation_ends"]').textContent(),
      /请先填写 9\. 是否存在逾期还款：逾期时间（逾期的第一天）、4\. 借款期限：到期日期/,
    );
    await waiting.locator('button').click();
    assert.equal(await page.evaluate(() => document.activeElement.dataset.control), '/claims/total');
    await setLeaf(page, '/claims/principal/amount', '200000');
    await setLeaf(page, '/claims/total', '200000');
    await engineSettled(page);
    assert.match(await fee(page, 'ordinary').textContent(), /4,300\.00/);
    assert.match(
      await page.locator('[data-computed="court_fee"] .fee-basis').textContent(),
      /2025年11月20日.*具状日期尚未填写，按今天计算/,
    );
    await setLeaf(page, '/signature/date', SIGNED);
    await engineSettled(page);
    assert.doesNotMatch(await page.locator('[data-computed="court_fee"] .fee-basis').textContent(), /按今天计算/);
    await page.context().close();
  },
);

test('item 8: less than six months of limitation left is a warning with the last day', { skip }, async () => {
  const page = await newPage();
  await openFilledDraft(page, suite.app.url, 'private-lending', 'complaint', lenderComplaint());
  const notice = page.locator('[data-computed="limitation_ends"] .notice.limitation');
  assert.equal(await notice.getAttribute('data-days-left'), '98');
  assert.match(
    await notice.textContent(),
    new RegExp(`诉讼时效将于${LIMITATION_ENDS}届满（最后一天），距${SIGNED}只剩98天，已不足六个月`),
  );
  // Seven months left: no warning.
  const early = lenderComplaint();
  early.signature.date = '2025-06-10';
  early.facts.overdue.days = 877;
  await openFilledDraft(page, suite.app.url, 'private-lending', 'complaint', early);
  assert.equal(await page.locator('.notice.limitation').count(), 0);
  await page.context().close();
});

test('item 9: the fee cites the official text, never a third-party copy', { skip }, async () => {
  const page = await newPage();
  await openFilledDraft(page, suite.app.url, 'private-lending', 'complaint', lenderComplaint());
  await fee(page, 'simplified').locator('summary').click();
  const links = await fee(page, 'simplified')
    .locator('.sources a')
    .evaluateAll((as) => as.map((a) => [a.textContent, a.href]));
  assert.deepEqual(
    links.map(([title]) => title),
    ['诉讼费用交纳办法（国务院令第481号） 第十三条第一项', '诉讼费用交纳办法（国务院令第481号） 第十六条'],
  );
  for (const [, href] of links) assert.match(href, /^https:\/\/www\.gov\.cn\//);
  assert.doesNotMatch(await page.content(), /uianet|woyouyishu|sdcdtf/);
  await page.context().close();
});

test('item 13: a form ready to file reads complete, optional rows apart', { skip }, async () => {
  const page = await newPage();
  await openFilledDraft(page, suite.app.url, 'private-lending', 'complaint', lenderComplaint());
  const line = page.locator('.overview .progress-line');
  assert.match(await line.locator('.progress-needed').textContent(), /^必填 (\d+)\/\1$/);
  assert.match(await line.textContent(), /必填项已填完/);
  assert.match(await line.locator('.progress-optional').textContent(), /^选填 \d+\/\d+$/);
  assert.equal(await page.locator('.overview progress').evaluate((bar) => bar.value === bar.max), true);
  await page.context().close();
});

test(
  'item 15: English mode speaks English throughout — introductions, fee steps, punctuation, times',
  { skip },
  async () => {
    const page = await newPage();
    await openFilledDraft(page, suite.app.url, 'private-lending', 'complaint', lenderComplaint());
    await page.locator('#language').click();
    await page.locator('.form-section h2', { hasText: 'Parties' }).waitFor();
    await page.locator('#one-page').check();
    // The section's lead text is the template's first row (2025.2): its wording, in English too.
    const intro = await page
      .locator('.form-row', { has: page.locator('[data-pointer="/claims/summary"]') })
      .locator('details.guidance q')
      .textContent();
    assert.match(intro, /^\(State the claims in full/);
    const ordinary = fee(page, 'ordinary');
    await ordinary.locator('summary').click();
    const steps = await ordinary.locator('.steps li').allTextContents();
    assert.equal(steps[1], 'Amount: 231000.00 yuan');
    assert.ok(
      steps.every((step) => !/[\u4e00-\u9fff]/.test(step)),
      steps.join('\n'),
    );
    assert.match(await ordinary.textContent(), /Ordinary procedure: ¥4,765\.00/);
    const panel = await page.locator('.computed').textContent();
    assert.doesNotMatch(panel.replace(/《[^》]*》|诉讼费用交纳办法（国务院令第481号）[^;]*/g, ''), /：/);
    await setLeaf(page, '/facts/contract/place', '包头市');
    await engineSettled(page);
    const saved = await page.locator('.save-status').textContent();
    assert.match(saved, /^Saved \d{2}:\d{2}:\d{2}$/); // 24-hour, no "AM"
    await page.goto(suite.app.url);
    const stamp = await page.locator('.draft-meta time').first().textContent();
    assert.match(stamp, /^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/);
    await page.context().close();
  },
);
