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
// exportDraftText / parseDraftText turn a draft into a file and back; they
// are pure (no storage) and parseDraftText never throws.
const DB_NAME = 'yaosu';
const DB_VERSION = 1;
const DRAFTS = 'drafts';
const PROFILES = 'profiles';
export const DRAFT_FORMAT = 'yaosu-draft';
export const DRAFT_FORMAT_VERSION = 1;
export const MAX_DRAFT_BYTES = 5 * 1024 * 1024;
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

// openStore: the drafts and profiles of this browser. Rejects with an Error
// saying why when IndexedDB cannot be used (old browser, storage disabled,
// some private modes).
export function openStore() {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined' || indexedDB === null) {
      reject(new Error('this browser has no IndexedDB (or storage is turned off)'));
      return;
    }
    let opening;
    try {
      opening = indexedDB.open(DB_NAME, DB_VERSION);
    } catch (error) {
      reject(new Error(`IndexedDB cannot be opened: ${error?.message ?? error}`));
      return;
    }
    opening.onupgradeneeded = () => {
      const db = opening.result;
      if (!db.objectStoreNames.contains(DRAFTS)) db.createObjectStore(DRAFTS, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(PROFILES)) db.createObjectStore(PROFILES, { keyPath: 'id' });
    };
    opening.onblocked = () => {
      reject(new Error('IndexedDB is blocked by an older version of this app open in another tab; close it and reload'));
    };
    opening.onerror = () => {
      reject(new Error(`IndexedDB cannot be opened: ${opening.error?.message ?? 'unknown error'}`));
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

// exportDraftText: the draft as a file's text (pretty JSON).
export function exportDraftText(draft) {
  const file = {
    format: DRAFT_FORMAT,
    version: DRAFT_FORMAT_VERSION,
    name: draft.name,
    caseType: draft.caseType,
    form: draft.form,
    instance: draft.instance ?? {},
  };
  if (typeof draft.complaintFiling === 'string') file.complaintFiling = draft.complaintFiling;
  file.exportedAt = now();
  return `${JSON.stringify(file, null, 2)}\n`;
}

function refuse(zh, en) {
  return { ok: false, message: { zh, en } };
}

// utf8Length: the size of `text` as UTF-8 bytes, without building the bytes.
function utf8Length(text) {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) { bytes += 4; i++; }
    else bytes += 3;
  }
  return bytes;
}

// syntaxErrorAt: the index of the first JSON syntax error in `text` (text.length
// when it ends too early), or -1 when it is valid JSON. JSON.parse's messages
// differ between browsers and V8 no longer always gives a position, so the
// place is found by this small recognizer (iterative: deep nesting cannot
// overflow the stack). Only called after JSON.parse has failed.
function syntaxErrorAt(text) {
  let i = 0;
  const n = text.length;
  const space = () => { while (i < n && ' \t\n\r'.includes(text[i])) i++; };
  const string = () => { // at '"'
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) { i++; return true; }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        i++;
        if (i >= n) return false;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) { i++; return false; }
          i += 5;
        } else if ('"\\/bfnrt'.includes(text[i])) i++;
        else return false;
      } else i++;
    }
    return false;
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) return false;
    i += match[0].length;
    return true;
  };
  const stack = []; // '{' or '['
  const scalar = () => {
    const c = text[i];
    if (c === '"') return string();
    if (c === '-' || (c >= '0' && c <= '9')) return number();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) { i += word.length; return true; }
    }
    return false;
  };
  // value: parse one value; containers push onto the stack and return 'open'.
  const value = () => {
    space();
    if (i >= n) return false;
    if (text[i] === '{' || text[i] === '[') { stack.push(text[i]); i++; return 'open'; }
    return scalar();
  };
  const key = () => {
    space();
    if (text[i] !== '"' || !string()) return false;
    space();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };
  let state = value();
  for (;;) {
    if (state === false) return Math.min(i, n);
    if (state === 'open') {
      space();
      const open = stack[stack.length - 1];
      if (text[i] === (open === '{' ? '}' : ']')) { stack.pop(); i++; state = true; continue; }
      if (open === '{' && !key()) return Math.min(i, n);
      state = value();
      continue;
    }
    // a value just ended: a comma, a closing bracket, or the end of the text
    space();
    if (!stack.length) return i < n ? i : -1;
    const open = stack[stack.length - 1];
    if (text[i] === ',') {
      i++;
      if (open === '{' && !key()) return Math.min(i, n);
      state = value();
    } else if (text[i] === (open === '{' ? '}' : ']')) {
      stack.pop();
      i++;
      state = true;
    } else return Math.min(i, n);
  }
}

// where: {line, column} (1-based) of a JSON syntax error in `text`, or null.
function where(text) {
  const at = syntaxErrorAt(text);
  if (at < 0) return null;
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}

const TYPE_NAMES = {
  string: { zh: '文字', en: 'a string' },
  object: { zh: '对象', en: 'an object' },
};

function describe(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

// parseDraftText: {ok: true, draft: {name, caseType, form, instance, complaintFiling?}}
// or {ok: false, message: {zh, en}}. Never throws.
export function parseDraftText(text) {
  try {
    if (typeof text !== 'string') return refuse('草稿文件不是文本。', 'The draft file is not text.');
    if (text.length > MAX_DRAFT_BYTES || utf8Length(text) > MAX_DRAFT_BYTES) {
      return refuse('文件太大（超过 5 MB），不是要素草稿文件。', 'The file is too large (over 5 MB) to be a Yaosu draft.');
    }
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // a byte order mark is fine
    let file;
    try {
      file = JSON.parse(body);
    } catch (error) {
      const detail = String(error?.message ?? error);
      const at = where(body);
      return at
        ? refuse(`文件不是有效的 JSON：第${at.line}行第${at.column}列有错误（${detail}）。`,
          `The file is not valid JSON: error at line ${at.line}, column ${at.column} (${detail}).`)
        : refuse(`文件不是有效的 JSON（${detail}）。`, `The file is not valid JSON (${detail}).`);
    }
    if (!file || typeof file !== 'object' || Array.isArray(file) || file.format !== DRAFT_FORMAT) {
      if (typeof file?.format === 'string' && file.format.startsWith('yaosu-filing')) {
        return refuse('这是要素文书提交文件，不是草稿文件。要答辩一份起诉状，请在“新建”中选择“根据起诉状答辩”。',
          'This is a Yaosu filing, not a draft. To answer a complaint, use "Answer a complaint filing" under "Start a new document".');
      }
      return refuse('这不是要素草稿文件（缺少 "format": "yaosu-draft"）。',
        'This is not a Yaosu draft file (no "format": "yaosu-draft").');
    }
    if (file.version !== DRAFT_FORMAT_VERSION) {
      return refuse(`不支持此草稿文件的版本（${JSON.stringify(file.version) ?? '缺少'}），只支持版本 ${DRAFT_FORMAT_VERSION}。`,
        `This draft file's version (${JSON.stringify(file.version) ?? 'missing'}) is not supported; only version ${DRAFT_FORMAT_VERSION} is.`);
    }
    const fields = [['name', 'string'], ['caseType', 'string'], ['form', 'string'], ['instance', 'object']];
    for (const [field, type] of fields) {
      const value = file[field];
      if (value === undefined) {
        return refuse(`草稿文件缺少字段 "${field}"。`, `The draft file has no "${field}" field.`);
      }
      if (describe(value) !== type) {
        return refuse(`草稿文件的字段 "${field}" 应为${TYPE_NAMES[type].zh}，实际为 ${describe(value)}。`,
          `The draft file's "${field}" should be ${TYPE_NAMES[type].en}, not ${describe(value)}.`);
      }
    }
    if (!file.caseType.trim()) return refuse('草稿文件的字段 "caseType" 为空。', 'The draft file\'s "caseType" is empty.');
    if (!FORMS.includes(file.form)) {
      return refuse(`草稿文件的字段 "form" 应为 "complaint" 或 "answer"，实际为 ${JSON.stringify(file.form)}。`,
        `The draft file's "form" should be "complaint" or "answer", not ${JSON.stringify(file.form)}.`);
    }
    if (file.complaintFiling !== undefined && typeof file.complaintFiling !== 'string') {
      return refuse(`草稿文件的字段 "complaintFiling" 应为文字，实际为 ${describe(file.complaintFiling)}。`,
        `The draft file's "complaintFiling" should be a string, not ${describe(file.complaintFiling)}.`);
    }
    const draft = { name: file.name, caseType: file.caseType, form: file.form, instance: file.instance };
    if (typeof file.complaintFiling === 'string') draft.complaintFiling = file.complaintFiling;
    return { ok: true, draft };
  } catch (error) {
    return refuse(`无法读取草稿文件（${error?.message ?? error}）。`, `The draft file cannot be read (${error?.message ?? error}).`);
  }
}
