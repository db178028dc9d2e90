// Time to an interactive form and keystroke latency in headless Chromium (Debian's,
// through playwright-core), with the browser tests' own helpers and the marks the
// form view sets for them: `yaosu:form-ready` (navigation → interactive form) and
// globalThis.yaosuMetrics (keystroke → the page holds the engine's answer, 'updates';
// → the frame that shows it, 'latencies'). Each form is opened filled, as a draft
// saved in an earlier visit; 40 characters are typed into one of its text boxes.
import { engineSettled, openFilledDraft } from '../../tests/browser/form_filling.mjs';
import { launchChromium, startApp, unavailable } from '../../tests/browser/support.mjs';

const TYPED = '钢材买卖合同补充协议第一号借款合同补充说明'.repeat(2);

const quantile = (list, q) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};

async function measureForm(browser, appUrl, { label, caseType, form, instance, field }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await openFilledDraft(page, appUrl, caseType, form, instance);
    const interactiveMs = await page.evaluate(() => performance.getEntriesByName('yaosu:form-ready')[0]?.startTime);
    await page.locator('#one-page').check();
    const box = page.locator(`[data-control="${field}"]`);
    await box.fill('');
    await engineSettled(page);
    await page.evaluate(() => {
      globalThis.yaosuMetrics = { latencies: [], updates: [], help: [] };
    });
    await box.focus();
    for (const character of TYPED) {
      await page.keyboard.type(character);
      await engineSettled(page);
    }
    const { latencies, updates } = await page.evaluate(() => globalThis.yaosuMetrics);
    return {
      label,
      interactiveMs,
      keystrokes: latencies.length,
      frame: { median: quantile(latencies, 0.5), p99: quantile(latencies, 0.99) },
      engine: { median: quantile(updates, 0.5), p99: quantile(updates, 0.99) },
    };
  } finally {
    await context.close();
  }
}

// measureBrowser: for each form, {label, interactiveMs, keystrokes, frame, engine}
// (ms), or {skipped: why} when Chromium or build/web is missing.
export async function measureBrowser(forms) {
  const reason = await unavailable();
  if (reason) return { skipped: reason };
  const app = await startApp();
  const browser = await launchChromium();
  try {
    const results = [];
    for (const form of forms) results.push(await measureForm(browser, app.url, form));
    return { chromium: browser.version(), forms: results };
  } finally {
    await browser.close();
    await app.close();
  }
}
