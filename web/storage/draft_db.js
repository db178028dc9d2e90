// The database behind draft_store.js: IndexedDB "yaosu" with the object stores
// "drafts" and "profiles" (both keyed by `id`), opened — and created when
// missing — or opened again after the browser deleted it. Failures are Errors
// the page can say (storeError).
//
//   const db = await connect();        // rejects with a storeError
//   const again = await reconnect();   // after the database went away

const DB_NAME = 'yaosu';
const DB_VERSION = 1;
export const DRAFTS = 'drafts';
export const PROFILES = 'profiles';

// storeError: an Error the page can say in its language: `code` and `params`
// name a message of web/messages/drafts.js, `english` is for the console.
export function storeError(code, params, english) {
  return Object.assign(new Error(english), { code, params });
}

// connect: a connection to the database, created when missing.
export function connect() {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined' || indexedDB === null) {
      reject(storeError('drafts.store_missing', {}, 'this browser has no IndexedDB (or storage is turned off)'));
      return;
    }
    let opening;
    try {
      opening = indexedDB.open(DB_NAME, DB_VERSION);
    } catch (error) {
      const reason = String(error?.message ?? error);
      reject(storeError('drafts.store_unopenable', { reason }, `IndexedDB cannot be opened: ${reason}`));
      return;
    }
    opening.onupgradeneeded = () => {
      const db = opening.result;
      if (!db.objectStoreNames.contains(DRAFTS)) db.createObjectStore(DRAFTS, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(PROFILES)) db.createObjectStore(PROFILES, { keyPath: 'id' });
    };
    opening.onblocked = () => {
      reject(
        storeError(
          'drafts.store_blocked',
          {},
          'IndexedDB is blocked by an older version of this app open in another tab; close it and reload',
        ),
      );
    };
    opening.onerror = () => {
      const reason = opening.error?.message ?? 'unknown error';
      reject(storeError('drafts.store_unopenable', { reason }, `IndexedDB cannot be opened: ${reason}`));
    };
    opening.onsuccess = () => resolve(opening.result);
  });
}

// reconnect: connect() again after the database went away; while the browser
// is still clearing it an open may fail, so it is tried a few times.
export async function reconnect() {
  for (const wait of [0, 100, 400, 1500]) {
    await new Promise((resolve) => {
      setTimeout(resolve, wait);
    });
    try {
      return await connect();
    } catch (error) {
      if (wait === 1500) throw error;
    }
  }
  return null;
}
