// Drafts and party profiles, kept in this browser's IndexedDB (database
// "yaosu"; object stores "drafts" and "profiles", both keyed by `id`). No
// library: the raw IndexedDB API behind small promise wrappers.
//
//   const store = await openStore();
//   const draft = await store.createDraft({ caseType: 'private-lending', form: 'complaint', name: '借款' });
//   draft.instance = {...};  await store.saveDraft(draft);     // safe on every keystroke
//   const drafts = await store.listDrafts();                    // newest first
//
// Draft: {id, name, caseType, form, instance, createdAt, updatedAt, progress: {filled, total} | null,
//         complaintFiling?}  (complaintFiling: the text of the complaint filing an answer responds to)
// Profile: {id, name, party: {kind: 'natural_person', name, ...}, updatedAt}
//
// Every write goes through one queue, so writes land in the order they were
// asked for: the last saveDraft() called is the one that stays. Saves of the
// same draft still waiting in the queue are merged (only the newest is
// written), so a fast typist costs one write per turn of the queue.
//
// A draft as a file, and back: draft_file.js.
const DB_NAME = 'yaosu';
const DB_VERSION = 1;
const DRAFTS = 'drafts';
const PROFILES = 'profiles';
export const DEFAULT_DRAFT_NAME = '未命名草稿';
const FORMS = ['complaint', 'answer'];

// request: the result of one IDBRequest.
function request(idbRequest) {
  return new Promise((resolve, reject) => {
    idbRequest.onsuccess = () => resolve(idbRequest.result);
    idbRequest.onerror = () => reject(idbRequest.error ?? new Error('IndexedDB request failed'));
  });
}

// transact: run `work(objectStore)` in one transaction; resolves with work's
// answer once the transaction has committed (not merely when a request succeeded).
function transact(db, storeName, mode, work) {
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
    Promise.resolve(work(transaction.objectStore(storeName))).then(
      (value) => { answer = value; },
      (error) => {
        reject(error);
        try { transaction.abort(); } catch { /* already finished */ }
      },
    );
  });
}

function now() {
  return new Date().toISOString();
}

function newId() {
  if (globalThis.crypto?.randomUUID) return crypto.randomUUID();
  // randomUUID needs a secure context; 127.0.0.1 and https are, a LAN address over http is not.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function cleanName(name) {
  return typeof name === 'string' && name.trim() ? name.trim() : DEFAULT_DRAFT_NAME;
}

function byUpdatedNewestFirst(a, b) {
  return String(b.updatedAt ?? '').localeCompare(String(a.updatedAt ?? ''));
}

// storeError: an Error the page can say in its language: `code` and `params`
// name a message of web/messages/drafts.js, `english` is for the console.
function storeError(code, params, english) {
  return Object.assign(new Error(english), { code, params });
}

// openStore: the drafts and profiles of this browser. Rejects with an Error
// saying why (storeError) when IndexedDB cannot be used (old browser, storage
// disabled, some private modes).
export function openStore() {
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
      reject(storeError('drafts.store_blocked', {},
        'IndexedDB is blocked by an older version of this app open in another tab; close it and reload'));
    };
    opening.onerror = () => {
      const reason = opening.error?.message ?? 'unknown error';
      reject(storeError('drafts.store_unopenable', { reason }, `IndexedDB cannot be opened: ${reason}`));
    };
    opening.onsuccess = () => {
      const db = opening.result;
      // A newer version of the app in another tab wants to upgrade: let it.
      db.onversionchange = () => db.close();
      resolve(new Store(db));
    };
  });
}

class Store {
  constructor(db) {
    this.db = db;
    this.queue = Promise.resolve();
    this.waitingSave = null; // the last queued save that has not started: {id, record, promise}
  }

  // enqueue: run `write` after every write asked for before it.
  enqueue(write) {
    const result = this.queue.then(write);
    this.queue = result.catch(() => {}); // one failed write must not stop the ones after it
    return result;
  }

  async listDrafts() {
    const drafts = await transact(this.db, DRAFTS, 'readonly', (store) => request(store.getAll()));
    return drafts.sort(byUpdatedNewestFirst);
  }

  async getDraft(id) {
    const draft = await transact(this.db, DRAFTS, 'readonly', (store) => request(store.get(id)));
    return draft ?? null;
  }

  createDraft({ caseType, form, name, instance = {}, complaintFiling } = {}) {
    if (typeof caseType !== 'string' || !caseType) return Promise.reject(new Error('createDraft: caseType is required'));
    if (!FORMS.includes(form)) return Promise.reject(new Error('createDraft: form must be "complaint" or "answer"'));
    const time = now();
    const draft = {
      id: newId(),
      name: cleanName(name),
      caseType,
      form,
      instance: instance && typeof instance === 'object' ? structuredClone(instance) : {},
      createdAt: time,
      updatedAt: time,
      progress: null,
    };
    if (typeof complaintFiling === 'string') draft.complaintFiling = complaintFiling;
    this.waitingSave = null;
    return this.enqueue(() => transact(this.db, DRAFTS, 'readwrite', (store) => request(store.put(draft))))
      .then(() => structuredClone(draft));
  }

  // saveDraft: store `draft` with a fresh updatedAt; resolves with the stored copy.
  // The draft is copied at the call, so the caller may keep changing its object.
  saveDraft(draft) {
    if (!draft || typeof draft.id !== 'string') return Promise.reject(new Error('saveDraft: the draft has no id'));
    let record;
    try {
      record = structuredClone({ ...draft, name: cleanName(draft.name), updatedAt: now() });
    } catch (error) {
      return Promise.reject(new Error(`saveDraft: the draft cannot be stored (${error.message})`));
    }
    const waiting = this.waitingSave;
    if (waiting && waiting.id === record.id) {
      // Not written yet and nothing queued after it: write this one instead.
      waiting.record = record;
      return waiting.promise.then(() => structuredClone(record));
    }
    const entry = { id: record.id, record };
    this.waitingSave = entry;
    entry.promise = this.enqueue(() => {
      if (this.waitingSave === entry) this.waitingSave = null; // started: later saves queue behind it
      const current = entry.record;
      return transact(this.db, DRAFTS, 'readwrite', (store) => request(store.put(current)));
    });
    return entry.promise.then(() => structuredClone(record));
  }

  // renameDraft: resolves with the renamed draft, or null when there is no such draft.
  renameDraft(id, name) {
    this.waitingSave = null;
    return this.enqueue(() => transact(this.db, DRAFTS, 'readwrite', async (store) => {
      const draft = await request(store.get(id));
      if (!draft) return null;
      draft.name = cleanName(name);
      draft.updatedAt = now();
      await request(store.put(draft));
      return draft;
    }));
  }

  deleteDraft(id) {
    this.waitingSave = null;
    return this.enqueue(() => transact(this.db, DRAFTS, 'readwrite', (store) => request(store.delete(id))))
      .then(() => undefined);
  }

  async listProfiles() {
    const profiles = await transact(this.db, PROFILES, 'readonly', (store) => request(store.getAll()));
    return profiles.sort((a, b) => String(a.name).localeCompare(String(b.name), 'zh-CN'));
  }

  // saveProfile: a new profile, or an update of `id` when given.
  saveProfile({ id, name, party } = {}) {
    if (!party || typeof party !== 'object') return Promise.reject(new Error('saveProfile: party is required'));
    const profile = {
      id: typeof id === 'string' && id ? id : newId(),
      name: typeof name === 'string' && name.trim() ? name.trim() : String(party.name ?? '').trim() || DEFAULT_DRAFT_NAME,
      party: structuredClone(party),
      updatedAt: now(),
    };
    this.waitingSave = null;
    return this.enqueue(() => transact(this.db, PROFILES, 'readwrite', (store) => request(store.put(profile))))
      .then(() => structuredClone(profile));
  }

  deleteProfile(id) {
    this.waitingSave = null;
    return this.enqueue(() => transact(this.db, PROFILES, 'readwrite', (store) => request(store.delete(id))))
      .then(() => undefined);
  }

  close() {
    this.db.close();
  }
}
