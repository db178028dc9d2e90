// Court-staff mode (#/staff): verify many filing files at once, open each one
// as its printed document, and line up a complaint with its answer as a
// dispute table (争点表, staff_disputes.js). Files never leave the page: they
// are read with File.text() and handed to the engine's worker, one after
// another, so the page stays responsive with hundreds of files. The list is
// kept in this browser (storage/staff_store.js) and verified again after a reload.
//
//   closeView = await renderStaffView(container, { engine, announce });
//
// What has been loaded lives in this module (not in the DOM), so switching the
// language or leaving the view and coming back draws the same results again.
import { h, uniqueId } from '../shared/dom.js';
import { wireDropZone } from '../shared/drop_zone.js';
import { isArchive, isTooLarge } from '../storage/file_limit.js';
import { message } from '../shared/messages.js';
import { loadLabels } from '../shared/labels.js';
import { COLUMN_CODES, fileRow, receivedVerdict } from './staff_cells.js';
import { drawDisputeSection } from './staff_disputes.js';
import { staffStore } from '../storage/staff_store.js';

// The words for field names and choices, loaded once per page.
let labels = null;

// What has been loaded, kept across re-renders (and, through staffStore, across reloads).
const state = {
  entries: [], // {id, name, size, status: 'waiting'|'checking'|'done', text, received, verification, error, tooLarge, archive}
  queue: [], // {entry, file?} still to read and verify
  running: false,
  restored: null, // Promise: the list kept from an earlier visit, put back once
  batch: { total: 0, done: 0 },
  complaintId: '',
  answerId: '',
  comparison: null, // {complaint: name, answer: name, table}
  titles: null, // Promise<Map<case id, {zh, en}>>
};
let nextEntry = 1;
let shown = null; // the drawn view's hooks while it is on screen

export async function renderStaffView(container, { engine, announce }) {
  labels ??= await loadLabels();
  const titles = new Map();
  state.titles ??= engine.call('cases').then(
    (cases) => new Map(cases.map((summary) => [summary.id, summary.title])),
    () => {
      state.titles = null; // ask again next time
      return new Map();
    },
  );

  const verify = drawVerifySection(engine, titles);
  const disputes = drawDisputeSection(engine, announce, state, labels);
  container.replaceChildren(
    h(
      'div',
      { class: 'staff-view' },
      h('h1', {}, message('staff.heading')),
      h('p', { class: 'muted' }, message('staff.intro')),
      h('p', { class: 'notice staff-digest-note' }, message('staff.digest_note')),
      verify.section,
      disputes.section,
    ),
  );

  const hooks = {
    update(entry) {
      verify.update(entry);
      if (entry.status === 'done') disputes.refreshChoices();
    },
    progress: () => verify.progress(),
    finished() {
      const summary = verify.progress();
      if (summary) announce(summary);
    },
    reset() {
      verify.redraw();
      disputes.refreshChoices();
      disputes.drawResult();
    },
  };
  shown = hooks;
  state.titles.then((map) => {
    if (shown !== hooks) return;
    for (const [id, title] of map) titles.set(id, title);
    verify.redraw();
  });
  state.restored ??= restore(engine);
  return () => {
    if (shown === hooks) shown = null;
  };
}

// restore: the files kept from an earlier visit, verified again.
async function restore(engine) {
  const kept = await staffStore.list();
  if (kept.length === 0) return;
  if (!state.running && state.queue.length === 0) state.batch = { total: 0, done: 0 };
  for (const stored of kept) {
    nextEntry = Math.max(nextEntry, stored.id + 1);
    const entry = {
      id: stored.id,
      name: stored.name,
      size: stored.text.length,
      status: 'waiting',
      text: stored.text,
      received: stored.received ?? '',
      verification: null,
      error: null,
      tooLarge: false,
    };
    state.entries.push(entry);
    state.queue.push({ entry });
    state.batch.total += 1;
    shown?.update(entry);
  }
  shown?.progress();
  processQueue(engine);
}

// ---------------------------------------------------------------- verifying

function drawVerifySection(engine, titles) {
  const headingId = uniqueId('staff-verify');
  const inputId = uniqueId('staff-files');
  const input = h('input', { type: 'file', id: inputId, multiple: true, accept: '.json,application/json' });
  input.addEventListener('change', () => {
    addFiles([...input.files], engine);
    input.value = '';
  });
  const zone = h(
    'div',
    { class: 'drop-zone' },
    h('p', {}, message('staff.drop_hint'), ' ', h('label', { for: inputId }, message('staff.choose_files'))),
    input,
  );
  wireDropZone(zone, (files) => addFiles(files, engine));

  const status = h('p', { class: 'staff-status' }); /* spoken through announce() */
  const bar = h('progress', { max: 1, value: 0, 'aria-label': message('staff.progress'), hidden: true });
  const barText = h('span', { class: 'muted' });
  const body = h('tbody', {});
  const rows = new Map(); // entry id → tr
  const table = h(
    'table',
    { class: 'data staff-files' },
    h('caption', { class: 'visually-hidden' }, message('staff.table_caption')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        COLUMN_CODES.map((code) => h('th', { scope: 'col' }, message(code))),
      ),
    ),
    body,
  );
  const clear = h('button', { type: 'button', class: 'danger', onclick: clearAll }, message('staff.clear'));

  const section = h(
    'section',
    { class: 'card', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, message('staff.verify_heading')),
    zone,
    h('div', { class: 'actions' }, clear),
    status,
    h('p', { class: 'staff-progress' }, bar, ' ', barText),
    h(
      'div',
      { class: 'staff-scroll', role: 'region', tabindex: '0', 'aria-label': message('staff.table_caption') },
      table,
    ),
  );

  const onReceived = (entry, value) => {
    entry.received = value;
    staffStore.put({ id: entry.id, name: entry.name, text: entry.text, received: value });
    update(entry);
    progress();
  };

  function update(entry) {
    if (!state.entries.includes(entry)) return;
    const row = fileRow(entry, { titles, engine, onReceived });
    const old = rows.get(entry.id);
    if (old) old.replaceWith(row);
    else body.append(row);
    rows.set(entry.id, row);
  }

  function redraw() {
    rows.clear();
    body.replaceChildren();
    for (const entry of state.entries) update(entry);
    progress();
  }

  // progress: draws the progress line; answers the summary once nothing is waiting.
  function progress() {
    const { total, done } = state.batch;
    clear.disabled = state.entries.length === 0;
    if (state.running || state.queue.length) {
      bar.hidden = false;
      bar.max = Math.max(total, 1);
      bar.value = done;
      barText.textContent = message('staff.progress_text', { done, total });
      const working = message('staff.working', { total });
      if (status.textContent !== working) status.textContent = working;
      return null;
    }
    bar.hidden = true;
    barText.textContent = '';
    const summary = state.entries.length === 0 ? message('staff.empty') : summarize();
    status.textContent = summary;
    return state.entries.length === 0 ? null : summary;
  }

  redraw();
  return { section, update, redraw, progress };
}

function summarize() {
  const total = state.entries.length;
  const passed = state.entries.filter(
    (entry) => entry.verification?.ok === true && receivedVerdict(entry) !== false,
  ).length;
  return message('staff.summary', { total, passed, failed: total - passed });
}

function addFiles(files, engine) {
  if (files.length === 0) return;
  if (!state.running && state.queue.length === 0) state.batch = { total: 0, done: 0 };
  for (const file of files) {
    const entry = {
      id: nextEntry++,
      name: file.name,
      size: file.size,
      status: 'waiting',
      text: null,
      received: '',
      verification: null,
      error: null,
      tooLarge: isTooLarge(file),
    };
    state.entries.push(entry);
    if (entry.tooLarge) {
      entry.status = 'done';
    } else {
      state.queue.push({ entry, file });
      state.batch.total += 1;
    }
    shown?.update(entry);
  }
  shown?.progress();
  if (state.queue.length === 0) shown?.finished();
  else processQueue(engine);
}

// processQueue: reads and verifies the waiting files one at a time.
async function processQueue(engine) {
  if (state.running) return;
  state.running = true;
  while (state.queue.length) {
    const { entry, file } = state.queue.shift();
    entry.status = 'checking';
    shown?.update(entry);
    try {
      if (file) {
        entry.text = await file.text();
        staffStore.put({ id: entry.id, name: entry.name, text: entry.text, received: entry.received });
      }
      // A .docx or .zip dropped among the filings has no JSON in it to check: said so, not as a syntax error.
      if (isArchive(entry.text)) entry.archive = true;
      else entry.verification = await engine.call('summarizeFiling', entry.text);
    } catch (error) {
      entry.error = String(error?.message ?? error);
    }
    entry.status = 'done';
    if (state.entries.includes(entry)) state.batch.done += 1; // not when the list was cleared meanwhile
    shown?.update(entry);
    shown?.progress();
  }
  state.running = false;
  shown?.progress();
  shown?.finished();
}

function clearAll() {
  state.queue = [];
  state.entries = [];
  state.batch = { total: 0, done: 0 };
  state.complaintId = '';
  state.answerId = '';
  state.comparison = null;
  staffStore.clear();
  shown?.reset();
}
