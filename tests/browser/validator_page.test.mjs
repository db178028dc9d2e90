// The page the start command serves, in Debian's Chromium: the wasm engine
// loads in a worker, checks as the user types, shows each problem with its
// location, and the page makes no request outside its own origin (the CSP
// forbids it, and this test watches). Screenshots go to build/test-artifacts/browser/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recordRequests, screenshot, useBrowser } from './support.mjs';

const suite = await useBrowser();

test('the engine loads and checks as the user types', { skip: suite.skip }, async () => {
  const page = await suite.browser.newPage();
  const requests = recordRequests(page);
  const response = await page.goto(`${suite.app.url}validator.html`);
  assert.match(response.headers()['content-security-policy'], /connect-src 'self'/);
  // The example loaded with the page has seeded problems: the engine is up once it has a verdict.
  await page.locator('#verdict.invalid').waitFor({ timeout: 20000 });
  assert.match(await page.locator('#version').textContent(), /^\d+\.\d+\.\d+/);
  await screenshot(page, 'validator-example');
  await page.locator('#schema').fill('{"type": "object", "properties": {"name": {"type": "string", "minLength": 2}}}');
  await page.locator('#instance').fill('{"name": "张三"}');
  await page.locator('#verdict.valid').waitFor({ timeout: 10000 });

  await page.locator('#instance').fill('{"name": 5}');
  await page.locator('#verdict.invalid').waitFor({ timeout: 10000 });
  const first = page.locator('#diagnostics li').first();
  assert.match(await first.textContent(), /schema\.type/);
  assert.match(await first.textContent(), /\/name/);
  await screenshot(page, 'validator-invalid');

  await page.locator('#instance').fill('{"name": ');
  await page.locator('#verdict.error').waitFor({ timeout: 10000 });

  const origin = new URL(suite.app.url).origin;
  const outside = requests.filter(
    (url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
  );
  assert.deepEqual(outside, [], 'requests outside the origin');
  await page.close();
});

test('user text reaches the page as text, never as markup', { skip: suite.skip }, async () => {
  const page = await suite.browser.newPage();
  await page.goto(`${suite.app.url}validator.html`);
  await page.locator('#verdict.invalid').waitFor({ timeout: 20000 });
  await page.locator('#schema').fill('{"properties": {"<img src=x onerror=alert(1)>": {"type": "string"}}}');
  await page.locator('#instance').fill('{"<img src=x onerror=alert(1)>": 1}');
  await page.locator('#verdict.invalid').waitFor({ timeout: 10000 });
  assert.equal(await page.locator('#diagnostics img').count(), 0);
  await page.close();
});
