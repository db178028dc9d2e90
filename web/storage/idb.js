// The raw IndexedDB API behind small promise wrappers, and ids: what
// draft_store.js builds on (no library).
//
//   const value = await transact(db, 'drafts', 'readonly', (store) => request(store.get(id)));

// request: the result of one IDBRequest.
export function request(idbRequest) {
  return new Promise((resolve, reject) => {
    idbRequest.onsuccess = () => resolve(idbRequest.result);
    idbRequest.onerror = () => reject(idbRequest.error ?? new Error('IndexedDB request failed'));
  });
}

// transact: run `work(objectStore)` in one transaction; resolves with work's
// answer once the transaction has committed (not merely when a request succeeded).
export function transact(db, storeName, mode, work) {
  return new Promise((resolve, reject) => {
    let transaction;
    try {
      transaction = db.transaction(storeName, mode);
    } catch (error) {
      reject(error);
      return;
    }
    let answer;
    transaction.oncomplete = () => resolve(answer);
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    let working;
    try {
      working = Promise.resolve(work(transaction.objectStore(storeName)));
    } catch (error) {
      working = Promise.reject(error); // a request refused at once (a full disk may throw from put())
    }
    working.then(
      (value) => {
        answer = value;
      },
      (error) => {
        reject(error);
        try {
          transaction.abort();
        } catch {
          /* already finished */
        }
      },
    );
  });
}

export function newId() {
  if (globalThis.crypto?.randomUUID) return crypto.randomUUID();
  // randomUUID needs a secure context; 127.0.0.1 and https are, a LAN address over http is not.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
