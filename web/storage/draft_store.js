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
// Never losing a draft (issue #16): each saveDraft() is also kept at once in
// localStorage (draft_journal.js) until IndexedDB has it, so a page closed in
// the middle of typing loses nothing. Each stored draft carries a `revision`;
// a save from a Store that last saw an older revision than the one stored
// (another tab wrote since) is refused with code 'drafts.changed_elsewhere',
// never written over it; a save of a draft another tab deleted is refused with
// 'drafts.deleted_elsewhere', never brought back; a save never undoes another
// tab's rename. When the browser deletes the database while it is open, the
// Store says so ('cleared' event), opens it again, and the next save writes
// the draft back ('reconnected' event).
//
// A draft as a file, and back: draft_file.js.
import { newId, request, transact } from './idb.js';
import { dropJournal, journalWins, readJournal, writeJournal } from './draft_journal.js';
import { DRAFTS, PROFILES, connect, reconnect, storeError } from './draft_db.js';

export const DEFAULT_DRAFT_NAME = '未命名草稿';
const FORMS = ['complaint', 'answer'];

function now() {
  return new Date().toISOString();
}

function cleanName(name) {
  return typeof name === 'string' && name.trim() ? name.trim() : DEFAULT_DRAFT_NAME;
}

function byUpdatedNewestFirst(a, b) {
  return String(b.updatedAt ?? '').localeCompare(String(a.updatedAt ?? ''));
}

// openStore: the drafts and profiles of this browser. Rejects with an Error
// saying why (storeError) when IndexedDB cannot be used (old browser, storage
// disabled, some private modes).
export async function openStore() {
  return new Store(await connect());
}

class Store extends EventTarget {
  constructor(db) {
    super();
    this.queue = Promise.resolve();
    this.waitingSave = null; // the last queued save that has not started: {id, record, promise}
    this.writer = newId(); // this Store, in the records it writes and in the journal
    this.seq = 0; // its saves, numbered
    this.revisions = new Map(); // draft id → the revision this Store last read or wrote
    this.names = new Map(); // draft id → the name this Store's page last read or gave
    this.attach(db);
  }

  attach(db) {
    this.db = db;
    // A newer version of the app in another tab wants to upgrade: let it. The
    // database deleted (newVersion null) or closed under us (site data cleared): reopen it.
    db.onversionchange = (event) => {
      db.close();
      if (event.newVersion === null) this.lost();
    };
    db.onclose = () => this.lost();
  }

  // lost: the database went away while open; say so at once and open it again
  // before any further write (a write already running fails and is asked again).
  lost() {
    if (this.reconnecting) return;
    this.dispatchEvent(new Event('cleared'));
    this.revisions.clear(); // whatever this Store knew is gone with the database
    this.names.clear();
    this.reconnecting = reconnect()
      .then(
        (db) => {
          this.attach(db);
          this.dispatchEvent(new Event('reconnected'));
        },
        (error) => {
          this.dispatchEvent(Object.assign(new Event('unavailable'), { error }));
        },
      )
      .finally(() => {
        this.reconnecting = null;
      });
    this.queue = this.queue.then(() => this.reconnecting);
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

  // getDraft: the draft, or its later state kept in the journal when a page
  // closed before IndexedDB had it (`recovered: true` then); null when there is none.
  async getDraft(id) {
    await this.reconnecting;
    const stored = (await transact(this.db, DRAFTS, 'readonly', (store) => request(store.get(id)))) ?? null;
    if (stored) this.revisions.set(id, stored.revision ?? 0);
    const entry = readJournal(id);
    if (journalWins(entry, stored)) {
      if (!stored) this.revisions.delete(id);
      this.names.set(id, entry.record.name);
      return { ...entry.record, revision: stored?.revision ?? 0, recovered: true };
    }
    if (stored) this.names.set(id, stored.name);
    return stored;
  }

  createDraft({ caseType, form, name, instance = {}, complaintFiling } = {}) {
    if (typeof caseType !== 'string' || !caseType)
      return Promise.reject(new Error('createDraft: caseType is required'));
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
      revision: 0,
    };
    if (typeof complaintFiling === 'string') draft.complaintFiling = complaintFiling;
    this.waitingSave = null;
    this.revisions.set(draft.id, 0);
    this.names.set(draft.id, draft.name);
    return this.enqueue(() => transact(this.db, DRAFTS, 'readwrite', (store) => request(store.put(draft)))).then(() =>
      structuredClone(draft),
    );
  }

  // saveDraft: store `draft` with a fresh updatedAt; resolves with the stored copy.
  // The draft is copied at the call, so the caller may keep changing its object.
  saveDraft(draft) {
    if (!draft || typeof draft.id !== 'string') return Promise.reject(new Error('saveDraft: the draft has no id'));
    let record;
    try {
      record = structuredClone({
        ...draft,
        name: cleanName(draft.name),
        updatedAt: now(),
        writer: this.writer,
        seq: ++this.seq,
      });
      delete record.recovered;
    } catch (error) {
      return Promise.reject(new Error(`saveDraft: the draft cannot be stored (${error.message})`));
    }
    writeJournal({
      id: record.id,
      writer: this.writer,
      seq: record.seq,
      base: this.revisions.get(record.id) ?? record.revision ?? 0,
      record,
    });
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
      return this.write(entry.record);
    });
    return entry.promise.then(() => structuredClone(record));
  }

  // write: `record` stored as the next revision, unless another Store has
  // written the draft since this one last read or wrote it.
  write(record) {
    const given = record.name; // the name the saving page holds
    return transact(this.db, DRAFTS, 'readwrite', async (store) => {
      const stored = await request(store.get(record.id));
      const known = this.revisions.get(record.id) ?? record.revision ?? 0;
      if (stored && (stored.revision ?? 0) !== known) {
        throw storeError(
          'drafts.changed_elsewhere',
          {},
          'the draft was changed in another tab since this one opened it',
        );
      }
      // Gone though this Store has read or written it: deleted in another tab. (After the browser
      // cleared the database the Store knows no draft, so the next save writes it back.)
      if (!stored && this.revisions.has(record.id)) {
        dropJournal(record.id, this.writer, record.seq); // nor brought back from the journal on the next open
        throw storeError('drafts.deleted_elsewhere', {}, 'the draft was deleted in another tab');
      }
      // A save renames the draft only when its page changed the name: a page still holding the name it
      // read keeps the one stored (renamed in another tab since), however old its copy.
      if (stored && given === this.names.get(record.id)) record.name = stored.name;
      record.revision = (stored?.revision ?? known) + 1;
      await request(store.put(record));
    }).then(() => {
      this.revisions.set(record.id, record.revision);
      this.names.set(record.id, given);
      dropJournal(record.id, this.writer, record.seq);
    });
  }

  // renameDraft: resolves with the renamed draft, or null when there is no such draft.
  renameDraft(id, name) {
    this.waitingSave = null;
    return this.enqueue(() =>
      transact(this.db, DRAFTS, 'readwrite', async (store) => {
        const draft = await request(store.get(id));
        if (!draft) return null;
        draft.name = cleanName(name);
        draft.updatedAt = now();
        await request(store.put(draft));
        this.names.set(id, draft.name);
        return draft;
      }),
    );
  }

  deleteDraft(id) {
    this.waitingSave = null;
    this.revisions.delete(id);
    dropJournal(id);
    return this.enqueue(() => transact(this.db, DRAFTS, 'readwrite', (store) => request(store.delete(id)))).then(
      () => undefined,
    );
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
      name:
        typeof name === 'string' && name.trim() ? name.trim() : String(party.name ?? '').trim() || DEFAULT_DRAFT_NAME,
      party: structuredClone(party),
      updatedAt: now(),
    };
    this.waitingSave = null;
    return this.enqueue(() => transact(this.db, PROFILES, 'readwrite', (store) => request(store.put(profile)))).then(
      () => structuredClone(profile),
    );
  }

  deleteProfile(id) {
    this.waitingSave = null;
    return this.enqueue(() => transact(this.db, PROFILES, 'readwrite', (store) => request(store.delete(id)))).then(
      () => undefined,
    );
  }

  close() {
    this.db.close();
  }
}
