// Shared by the browser tests: Debian's Chromium driven by playwright-core
// (never a downloaded browser), the app served by web/server/server.mjs on a free
// port, and a guard that records every request the page makes.
//
//   const suite = await useBrowser();            // the app and Chromium, started before the file's tests
//   test('…', { skip: suite.skip }, async () => { const page = await suite.browser.newPage(); … });
//
//   const app = await startApp();                 // serves YAOSU_WEB_ROOT (default build/web)
//   const browser = await launchChromium();
//   const page = await browser.newPage();
//   const requests = recordRequests(page);       // every URL the page asked for
//   await page.goto(app.url);
import { before, after } from 'node:test';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../..');
export const webRoot = process.env.YAOSU_WEB_ROOT || path.join(root, 'build/web');
export const artifacts = path.join(root, 'build/test-artifacts/browser');
const chromiumPath = process.env.YAOSU_CHROMIUM || '/usr/bin/chromium';

// unavailable: why the browser tests cannot run here, or null. Under CI=true
// the caller fails instead of skipping.
export async function unavailable() {
  if (!existsSync(chromiumPath)) return `no Chromium at ${chromiumPath} (scripts/setup.sh --tests installs it)`;
  if (!existsSync(path.join(webRoot, 'index.html'))) return `no web app in ${webRoot} (scripts/build.sh wasm)`;
  try {
    await import('playwright-core');
  } catch {
    return 'playwright-core is not installed (npm ci)';
  }
  return null;
}

// useBrowser: for one test file, the app served and Chromium launched before
// its tests and closed after; `skip` says why they cannot run here (under
// CI=true that is an error instead).
export async function useBrowser() {
  const reason = await unavailable();
  if (reason && process.env.CI === 'true') throw new Error(`browser tests cannot run: ${reason}`);
  const suite = { skip: reason ?? false, app: null, browser: null };
  let starting = null;
  // start: the app and Chromium, once; a file's own before() hook may await it too.
  suite.start = () => {
    starting ??= reason
      ? Promise.resolve()
      : (async () => {
          suite.app = await startApp();
          suite.browser = await launchChromium();
        })();
    return starting;
  };
  before(suite.start);
  after(async () => {
    await suite.browser?.close();
    await suite.app?.close();
  });
  return suite;
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
}

// launchChromiumWith: Chromium with its profile (IndexedDB, localStorage) kept
// in `userDataDir`, as a context: closing it closes the browser, and launching
// it again on the same folder finds what the last run stored.
export async function launchChromiumWith(userDataDir) {
  const { chromium } = await import('playwright-core');
  return chromium.launchPersistentContext(userDataDir, { executablePath: chromiumPath, args: CHROMIUM_ARGS });
}

export async function startApp() {
  const { createServer } = await import(path.join(root, 'web/server/server.mjs'));
  const server = createServer(webRoot);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;
  return { url, close: () => new Promise((resolve) => server.close(resolve)) };
}

// recordRequests: the URLs of every request `page` (and its workers) makes.
export function recordRequests(page) {
  const urls = [];
  page.context().on('request', (request) => urls.push(request.url()));
  return urls;
}

export async function screenshot(page, name) {
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
}
