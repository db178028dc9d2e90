// The court-staff list kept across a reload: each file's name, text and the
// digest staff recorded for it on receipt, in this browser's IndexedDB
// (database "yaosu-staff", store "files", keyed by `id`). Verdicts are not
// kept: every file is verified again when the list comes back, so a verdict
// always comes from the engine now running.
//
//   const kept = await staffStore.list();   // [{id, name, text, received}] in the order loaded
//   staffStore.put({ id, name, text, received });  staffStore.remove(id);  staffStore.clear();
const DB_NAME = 'yaosu-staff';
const STORE = 'files';

let opening = null;

function open() {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB unavailable'));
  }).catch((error) => {
    opening = null;
    throw error;
  });
  return opening;
}

async function run(mode, work) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(STORE, mode);
    let answer;
    const request = work(transaction.objectStore(STORE));
    if (request)
      request.onsuccess = () => {
        answer = request.result;
      };
    transaction.oncomplete = () => resolve(answer);
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

// Failures to store are not fatal: the list still works for this visit.
const quietly = (promise) => promise.catch(() => undefined);

export const staffStore = {
  async list() {
    try {
      const files = (await run('readonly', (store) => store.getAll())) ?? [];
      return files.sort((a, b) => a.id - b.id);
    } catch {
      return [];
    }
  },
  put: (entry) => quietly(run('readwrite', (store) => store.put(entry))),
  remove: (id) => quietly(run('readwrite', (store) => store.delete(id))),
  clear: () => quietly(run('readwrite', (store) => store.clear())),
};
