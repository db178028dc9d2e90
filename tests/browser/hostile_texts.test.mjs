// Hostile texts typed into a form (issue #16): markup (an <img> whose onerror
// would set a flag and whose address is off the origin, a </script> breakout),
// formulas a spreadsheet would run, the DOCX's own XML and a template's
// placeholders, typed into every text control of one complaint. Each reads
// back as typed; the print view shows each as text (no element made, no
// script run, no request outside the origin); the DOCX's document.xml holds
// each escaped, and is well-formed XML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { recordRequests, useBrowser } from './support.mjs';
import { engineSettled, openFilledDraft, pageOnDay } from './form_filling.mjs';
import { SIGNED, lenderComplaint } from './lender_complaint.mjs';
import { zipEntry } from './zip_files.mjs';

const suite = await useBrowser();
const skip = suite.skip;

// Each short enough for a name (50 characters), so most controls keep one.
const HOSTILE = [
  '"><img src=//127.0.0.2:9/ onerror=yaosuInjected=1>',
  '</script><script>yaosuInjected=1</script>',
  '=HYPERLINK("http://127.0.0.2:9/","点击")',
  "+cmd|' /C calc'!A0",
  ']]></w:t></w:r><w:r><w:t>伪造',
  '{amount|yuan}{$computed.court_fee}',
];

// What would show that a text became markup somewhere.
const MADE = 'img, script:not([src]), iframe, object, embed';

// xmlText: the text of every w:t of a document.xml, its entities read.
function xmlText(xml) {
  const runs = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]);
  return runs
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

test(
  'hostile texts typed into every text control read back as typed, print as text and are escaped in the DOCX',
  { skip },
  async () => {
    assert.ok(
      HOSTILE.every((text) => text.length <= 50),
      'each fits a name',
    );
    const page = await pageOnDay(suite.browser, SIGNED);
    const requests = recordRequests(page);
    await openFilledDraft(page, suite.app.url, 'private-lending', 'complaint', lenderComplaint());
    await page.locator('#one-page').check();
    const before = await page.evaluate((selector) => document.querySelectorAll(selector).length, MADE);

    // Every text control shown, each given one of the texts in turn.
    const controls = page.locator('input[type=text][data-control], textarea[data-control]');
    const pointers = await controls.evaluateAll((all) =>
      all.filter((control) => control.checkVisibility()).map((control) => control.dataset.control),
    );
    assert.ok(pointers.length >= 20, `text controls: ${pointers.length}`);
    const typed = new Map(); // pointer → {text, was}
    for (const [index, pointer] of pointers.entries()) {
      const control = page.locator(`[data-control="${pointer}"]`).first();
      const text = HOSTILE[index % HOSTILE.length];
      typed.set(pointer, { text, was: await control.inputValue() });
      await control.fill(text);
    }
    await engineSettled(page);
    for (const [pointer, { text }] of typed) {
      assert.equal(await page.locator(`[data-control="${pointer}"]`).first().inputValue(), text, pointer);
    }
    assert.equal(await page.evaluate((selector) => document.querySelectorAll(selector).length, MADE), before);

    // Generating reveals every problem; what the engine refuses (a phone, an amount, a group a text
    // brought in) goes back as it was, and the filing is generated again.
    await page.locator('.overview button', { hasText: '完成与下载' }).click();
    for (let round = 0; round < 4; round++) {
      await page.locator('#generate-filing').click();
      await engineSettled(page);
      const refused = await page
        .locator('ul.problems[data-problems-for]', { has: page.locator('li.error') })
        .evaluateAll((all) => all.map((list) => list.dataset.problemsFor));
      if (refused.length === 0) break;
      for (const pointer of refused) {
        const parent = pointer.slice(0, pointer.lastIndexOf('/') + 1);
        const back = typed.has(pointer) ? [pointer] : [...typed.keys()].filter((typedAt) => typedAt.startsWith(parent));
        // A group a text brought into the data asks whether it is there: 否, and its texts leave the data.
        const no = page.locator(`[data-control="${pointer}"][type=radio][value="false"]`);
        const answeredNo = !typed.has(pointer) && (await no.count()) === 1;
        if (answeredNo) await no.check();
        for (const at of back.filter((typedAt) => typed.get(typedAt).text !== null)) {
          if (!answeredNo) await page.locator(`[data-control="${at}"]`).first().fill(typed.get(at).was);
          typed.get(at).text = null;
        }
      }
      await engineSettled(page);
    }
    const kept = new Set([...typed.values()].map(({ text }) => text).filter((text) => text !== null));
    assert.deepEqual(
      HOSTILE.filter((text) => !kept.has(text)),
      [],
      'every text is kept by some control',
    );
    await page.locator('.next-steps').waitFor({ timeout: 20000 });

    // The print view: each text shown as text; nothing made of it, nothing run, nothing asked outside.
    const [print] = await Promise.all([page.context().waitForEvent('page'), page.locator('#print-view').click()]);
    await print.waitForLoadState();
    await print.waitForFunction(() => document.body?.textContent.includes('民事起诉状'));
    const printed = await print.locator('body').textContent();
    for (const text of HOSTILE) assert.ok(printed.includes(text), `printed as text: ${text}`);
    assert.equal(await print.evaluate((selector) => document.querySelectorAll(selector).length, MADE), 0);
    assert.equal(await print.evaluate(() => window.yaosuInjected), undefined);
    await print.close();
    assert.equal(await page.evaluate(() => window.yaosuInjected), undefined);

    // The DOCX: each text in document.xml, escaped, and the XML well-formed.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-docx').click()]);
    const xml = zipEntry(readFileSync(await download.path()), 'word/document.xml').toString('utf8');
    const words = xmlText(xml);
    for (const text of HOSTILE) {
      assert.ok(words.includes(text), `in the DOCX: ${text}`);
      if (/[<&]/.test(text)) assert.equal(xml.includes(text), false, `escaped in the DOCX: ${text}`);
    }
    const broken = await page.evaluate(
      (source) => new DOMParser().parseFromString(source, 'application/xml').querySelector('parsererror')?.textContent,
      xml,
    );
    assert.equal(broken, undefined, 'document.xml is well-formed');

    const origin = new URL(suite.app.url).origin;
    assert.deepEqual(
      requests.filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url)),
      [],
      'requests outside the origin',
    );
    await page.context().close();
  },
);
