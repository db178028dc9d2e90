// The draft journal's choice (web/storage/draft_journal.js, issue #16): what a
// page closed in the middle of typing left in localStorage is taken over the
// record in IndexedDB only when it is a later state of the same line of edits,
// so a stale tab's journal never brings back values another tab has replaced.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { journalWins } from '../../web/storage/draft_journal.js';

const entry = (writer, seq, base) => ({ id: 'd', writer, seq, base, record: { id: 'd', instance: { seq } } });

test('a later change of the Store that wrote the record wins; an earlier or the same one does not', () => {
  const stored = { id: 'd', writer: 'tab-a', seq: 4, revision: 7 };
  assert.equal(journalWins(entry('tab-a', 5, 6), stored), true);
  assert.equal(journalWins(entry('tab-a', 4, 6), stored), false);
  assert.equal(journalWins(entry('tab-a', 3, 6), stored), false);
});

test("another Store's entry wins only when it descends from the very revision stored", () => {
  const stored = { id: 'd', writer: 'tab-a', seq: 4, revision: 7 };
  assert.equal(journalWins(entry('tab-b', 1, 7), stored), true, 'nobody wrote since tab b read revision 7');
  assert.equal(journalWins(entry('tab-b', 9, 6), stored), false, 'tab a wrote revision 7 after tab b read 6');
  assert.equal(
    journalWins(entry('tab-b', 1, 0), { id: 'd', writer: 'start-page', seq: 0 }),
    true,
    'a new draft, never saved by the form',
  );
});

test('with nothing stored (storage cleared) the entry is all there is; without an entry the record stays', () => {
  assert.equal(journalWins(entry('tab-a', 1, 3), null), true);
  assert.equal(journalWins(null, { id: 'd', revision: 1 }), false);
});
