// A draft's last change kept synchronously in localStorage beside the
// IndexedDB write that is still on its way, so that a page closed (or
// reloaded) in the middle of typing loses nothing: IndexedDB writes are
// asynchronous and a page that goes away aborts the ones not yet committed,
// while localStorage.setItem() has handed its value over before it returns.
// draft_store.js writes an entry on every saveDraft() and drops it once that
// very save is in IndexedDB; getDraft() returns the entry instead of the stored
// record only when the entry is the later state of the same line of edits.
//
//   writeJournal({ id, writer, seq, base, record });  readJournal(id);  dropJournal(id, seq);
//   journalWins(entry, stored)   // true: the entry is newer and nobody else has written since
//
// Entry: {id, writer (the Store that wrote it), seq (that Store's change
// number), base (the stored revision its data descends from), record (the draft)}.
const PREFIX = 'yaosu-draft-journal:';

function storage() {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage turned off: the journal is a bonus, IndexedDB stays the record
  }
}

export function writeJournal(entry) {
  try {
    storage()?.setItem(PREFIX + entry.id, JSON.stringify(entry));
    return true;
  } catch {
    return false; // full or turned off
  }
}

export function readJournal(id) {
  try {
    const text = storage()?.getItem(PREFIX + id);
    const entry = text ? JSON.parse(text) : null;
    return entry && typeof entry === 'object' && entry.record && typeof entry.record === 'object' ? entry : null;
  } catch {
    return null;
  }
}

// dropJournal: forget the entry of `id`, only if it is still change `seq` of `writer` (when given).
export function dropJournal(id, writer, seq) {
  try {
    const entry = readJournal(id);
    if (!entry) return;
    if (writer !== undefined && (entry.writer !== writer || entry.seq !== seq)) return;
    storage()?.removeItem(PREFIX + id);
  } catch {
    /* nothing to drop */
  }
}

// journalWins: whether `entry` holds a later state of `stored` (the record in
// IndexedDB, or null when there is none): written after it by the same Store,
// or descending from the very revision stored, nobody else having written since.
export function journalWins(entry, stored) {
  if (!entry) return false;
  if (!stored) return true; // storage cleared: the journal is all that is left
  if (entry.writer === stored.writer) return entry.seq > (stored.seq ?? 0);
  return entry.base === (stored.revision ?? 0);
}
