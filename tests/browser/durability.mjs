// Helpers of draft_durability.test.mjs (issue #16, "never lose a draft"):
// typing as a person does (key by key, no blur), reading what IndexedDB really
// holds (not the store's view, which also reads the journal), recording every
// alert the form shows, init scripts that make IndexedDB slow or full, and the
// origin's storage filled to its quota.
//
//   await typeInto(page, '/plaintiffs/0/name', '王小明');
//   const record = await rawDraft(page, id);           // straight from IndexedDB, or null
//   await recordAlerts(page);  … (await alerts(page))  // every .draft-alert's text, in order
//   await page.addInitScript(SLOW_SAVES);  await page.addInitScript(QUOTA_SWITCH);
//   await fillStorage(page);                            // until IndexedDB refuses (QuotaExceededError)

// typeInto: click the element's box and type `value` key by key; the focus stays there.
export async function typeInto(page, pointer, value) {
  await page.locator(`[data-control="${pointer}"]`).first().click();
  await page.keyboard.type(value);
}

// rawDraft: the draft record as stored in IndexedDB now (no journal, no Store).
export function rawDraft(page, id) {
  return page.evaluate(
    (draftId) =>
      new Promise((resolve, reject) => {
        const opening = indexedDB.open('yaosu');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const db = opening.result;
          if (!db.objectStoreNames.contains('drafts')) {
            db.close();
            resolve(null);
            return;
          }
          const get = db.transaction('drafts').objectStore('drafts').get(draftId);
          get.onsuccess = () => {
            db.close();
            resolve(get.result ?? null);
          };
          get.onerror = () => {
            db.close();
            reject(get.error);
          };
        };
      }),
    id,
  );
}

// waitForRaw: poll IndexedDB until `check(record)` holds; returns the record.
export async function waitForRaw(page, id, check, timeout = 10000) {
  const until = Date.now() + timeout;
  let record = null;
  while (Date.now() < until) {
    record = await rawDraft(page, id);
    if (record && check(record)) return record;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`IndexedDB never held the expected draft; last: ${JSON.stringify(record?.instance)}`);
}

// recordAlerts: from now on, window.yaosuAlerts collects the text of every
// draft alert the page shows, even one replaced a moment later.
export function recordAlerts(page) {
  return page.evaluate(() => {
    window.yaosuAlerts = [];
    const seen = new WeakSet();
    const collect = () => {
      for (const node of document.querySelectorAll('.draft-alert')) {
        if (seen.has(node)) continue;
        seen.add(node);
        window.yaosuAlerts.push(`${node.className}: ${node.textContent}`);
      }
    };
    new MutationObserver(collect).observe(document.body, { childList: true, subtree: true });
    collect();
  });
}

export function alerts(page) {
  return page.evaluate(() => window.yaosuAlerts ?? []);
}

// SLOW_SAVES: with window.yaosuSlowSaves set, each write to the drafts store
// keeps its transaction open ~600 ms (so a reload can land during it), and
// window.yaosuPuts counts the writes started.
export const SLOW_SAVES = () => {
  const put = IDBObjectStore.prototype.put;
  window.yaosuPuts = 0;
  IDBObjectStore.prototype.put = function slowPut(...args) {
    const answer = put.apply(this, args);
    if (window.yaosuSlowSaves && this.name === 'drafts') {
      window.yaosuPuts += 1;
      const store = this;
      const until = performance.now() + 600;
      const spin = () => {
        if (performance.now() < until) store.count().onsuccess = spin;
      };
      spin();
    }
    return answer;
  };
};

// QUOTA_SWITCH: with window.yaosuQuotaFull set, every write to the drafts
// store is refused as a full disk refuses it (QuotaExceededError).
export const QUOTA_SWITCH = () => {
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function fullPut(...args) {
    if (window.yaosuQuotaFull && this.name === 'drafts')
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  };
};

// fillStorage: writes into a database of its own until the origin's quota refuses a write,
// in smaller and smaller pieces, so that next to nothing is left; answers the bytes written.
export function fillStorage(page) {
  return page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const opening = indexedDB.open('ballast');
      opening.onupgradeneeded = () => opening.result.createObjectStore('pieces');
      opening.onsuccess = () => resolve(opening.result);
      opening.onerror = () => reject(opening.error);
    });
    // Random bytes: IndexedDB compresses what it stores, and zeros would take no room.
    const noise = new Uint8Array(1 << 20);
    for (let at = 0; at < noise.length; at += 65536) crypto.getRandomValues(noise.subarray(at, at + 65536));
    const write = (size) =>
      new Promise((resolve) => {
        const transaction = db.transaction('pieces', 'readwrite');
        transaction.objectStore('pieces').put(noise.slice(0, size), crypto.randomUUID());
        transaction.oncomplete = () => resolve(true);
        transaction.onabort = () => resolve(transaction.error?.name === 'QuotaExceededError' ? false : null);
      });
    let written = 0;
    for (let size = 1 << 20; size >= 256; size >>= 2) {
      for (let answer = await write(size); answer; answer = await write(size)) written += size;
    }
    db.close();
    return written;
  });
}
