// An accessibility audit of the main screens with axe-core (npm, the rules
// behind most browser audits): WCAG 2.x A and AA — labels, names, contrast,
// ARIA use, headings, landmarks. Any violation fails the test, listed with
// the elements at fault.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { useBrowser } from './support.mjs';
import { example, openFilledDraft, newDraft } from './form_filling.mjs';

const suite = await useBrowser();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function audit(page) {
  await page.evaluate(axeSource); // through the DevTools protocol, which the page's CSP does not govern
  const result = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  );
  return result.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .slice(0, 5)
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
}

async function newPage(options) {
  const context = await suite.browser.newContext(options);
  return context.newPage();
}

test('the audit finds a violation when there is one', { skip: suite.skip }, async () => {
  const page = await newPage();
  await page.goto(`${suite.app.url}validator.html`);
  await page.evaluate(() => {
    const input = document.createElement('input'); // a text box nobody labelled
    document.querySelector('main').append(input);
    document.body.style.color = '#ccc'; // and pale grey text
  });
  const violations = (await audit(page)).join('\n');
  assert.match(violations, /^label /m);
  assert.match(violations, /^color-contrast /m);
  await page.context().close();
});

test('the start page has no accessibility violation', { skip: suite.skip }, async () => {
  const page = await newPage();
  await page.goto(suite.app.url);
  await page.locator('.start-case, button').first().waitFor();
  await newDraft(page, suite.app.url, 'private-lending', 'complaint'); // so the draft list is audited too
  await page.goto(suite.app.url);
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  assert.deepEqual(await audit(page), []);
  await page.context().close();
});

test(
  'the form, empty and with problems, in sections and on one page, has no accessibility violation',
  { skip: suite.skip },
  async () => {
    const page = await newPage();
    await newDraft(page, suite.app.url, 'private-lending', 'complaint');
    await page.locator('[data-pointer="/plaintiffs"] > .actions .add-item').click();
    assert.deepEqual(await audit(page), []);
    await openFilledDraft(
      page,
      suite.app.url,
      'sales-contract',
      'complaint',
      example('sales-contract', 'complaint', 'steel-unpaid-price'),
    );
    await page.locator('#one-page').check();
    assert.deepEqual(await audit(page), []);
    await page.context().close();
  },
);

test('the court-staff view and the schema tool have no accessibility violation', { skip: suite.skip }, async () => {
  const page = await newPage();
  await page.goto(`${suite.app.url}#/staff`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.deepEqual(await audit(page), []);
  await page.goto(`${suite.app.url}validator.html`);
  await page.locator('#verdict.invalid').waitFor({ timeout: 20000 });
  assert.deepEqual(await audit(page), []);
  await page.context().close();
});

test('at phone width the form has no accessibility violation', { skip: suite.skip }, async () => {
  const page = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
  await newDraft(page, suite.app.url, 'private-lending', 'answer');
  assert.deepEqual(await audit(page), []);
  await page.context().close();
});
