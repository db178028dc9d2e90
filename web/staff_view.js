// Court-staff mode (#/staff): verify many filing files at once, open each one
// as its printed document, and line up a complaint with its answer as a
// dispute table (争点表, staff_disputes.js). Files never leave the page: they
// are read with File.text() and handed to the engine's worker, one after
// another, so the page stays responsive with hundreds of files. The list is
// kept in this browser (staff_store.js) and verified again after a reload.
//
//   closeView = await renderStaffView(container, { engine, announce });
//
// What has been loaded lives in this module (not in the DOM), so switching the
// language or leaving the view and coming back draws the same results again.
import { h, uniqueId } from './dom.js';
import { text } from './i18n.js';
import { loadLabels } from './labels.js';
import { fileRow, receivedVerdict } from './staff_cells.js';
import { drawDisputeSection } from './staff_disputes.js';
import { staffStore } from './staff_store.js';

// The words for field names and choices, loaded once per page.
let labels = null;

const MAX_BYTES = 20 * 1024 * 1024;

const WORDS = {
  heading: { zh: '法院工作人员：核验与比对', en: 'Court staff: verify and compare' },
  intro: {
    zh: '核验当事人提交的要素式文书文件（摘要、案由版本、填写规则），并把起诉状与答辩状逐项比对成争点表。文件只在本机浏览器中处理，不会上传。',
    en: 'Verify filing files from the parties (digest, case type and version, the form’s rules) and line up a complaint with its answer as a dispute table. Files are processed in this browser only; nothing is uploaded.',
  },
  digestNote: {
    zh: '“通过”只说明：文件内容与文件中写明的摘要（SHA-256）一致，并按其案由版本复核无误。摘要能标识一份确定的文书，但不能证明文件由谁制作——改动文件后重新计算摘要写入，改动后的文件同样会“通过”。要确认这就是当事人提交的那一份，请把收件时登记的摘要或纸质件页脚所印的摘要填在文件旁边核对。',
    en: '“Passed” says only this: the content matches the digest (SHA-256) written in the file, and it re-checks without fault against its case type and version. A digest identifies one exact filing but does not show who made the file — a changed file with its digest recomputed and written in “passes” too. To know it is the filing the party handed in, type the digest recorded on receipt, or printed in the paper copy’s footer, beside the file.',
  },
  verifyHeading: { zh: '核验文书', en: 'Verify filings' },
  dropHint: { zh: '把文书文件（.json）拖放到这里，或', en: 'Drop filing files (.json) here, or' },
  chooseFiles: { zh: '选择文件（可多选）', en: 'Choose files (several at once)' },
  clear: { zh: '清空列表', en: 'Clear the list' },
  tableCaption: { zh: '核验结果', en: 'Verification results' },
  columns: [
    { zh: '文件', en: 'File' }, { zh: '案由与文书', en: 'Case type and form' }, { zh: '当事人与金额', en: 'Parties and amounts' },
    { zh: '摘要', en: 'Digest' }, { zh: '结论', en: 'Verdict' }, { zh: '错误', en: 'Errors' }, { zh: '提示', en: 'Warnings' },
    { zh: '操作', en: 'Actions' }],
  progress: { zh: '核验进度', en: 'Verification progress' },
  progressText: { zh: '已核验 {done} / {total} 份', en: '{done} of {total} checked' },
  working: { zh: '正在核验 {total} 份文件…', en: 'Checking {total} files…' },
  summary: {
    zh: '共 {total} 份，通过 {passed} 份，未通过 {failed} 份',
    en: '{total} files: {passed} passed, {failed} failed',
  },
  empty: { zh: '尚未载入文件。', en: 'No files loaded yet.' },
};

// What has been loaded, kept across re-renders (and, through staffStore, across reloads).
const state = {
  entries: [],        // {id, name, size, status: 'waiting'|'checking'|'done', text, received, verification, error, tooLarge}
  queue: [],          // {entry, file?} still to read and verify
  running: false,
  restored: null,     // Promise: the list kept from an earlier visit, put back once
  batch: { total: 0, done: 0 },
  complaintId: '',
  answerId: '',
  comparison: null,   // {complaint: name, answer: name, table}
  titles: null,       // Promise<Map<case id, {zh, en}>>
};
let nextEntry = 1;
let shown = null;     // the drawn view's hooks while it is on screen

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
  container.replaceChildren(h('div', { class: 'staff-view' },
    h('h1', {}, text(WORDS.heading)),
    h('p', { class: 'muted' }, text(WORDS.intro)),
    h('p', { class: 'notice staff-digest-note' }, text(WORDS.digestNote)),
    verify.section,
    disputes.section));

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
    const entry = { id: stored.id, name: stored.name, size: stored.text.length, status: 'waiting', text: stored.text,
      received: stored.received ?? '', verification: null, error: null, tooLarge: false };
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
  const zone = h('div', { class: 'drop-zone' },
    h('p', {}, text(WORDS.dropHint), ' ', h('label', { for: inputId }, text(WORDS.chooseFiles))),
    input);
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    addFiles([...(event.dataTransfer?.files ?? [])], engine);
  });

  const status = h('p', { class: 'staff-status' }) /* spoken through announce() */;
  const bar = h('progress', { max: 1, value: 0, 'aria-label': text(WORDS.progress), hidden: true });
  const barText = h('span', { class: 'muted' });
  const body = h('tbody', {});
  const rows = new Map(); // entry id → tr
  const table = h('table', { class: 'data staff-files' },
    h('caption', { class: 'visually-hidden' }, text(WORDS.tableCaption)),
    h('thead', {}, h('tr', {}, WORDS.columns.map((words) => h('th', { scope: 'col' }, text(words))))),
    body);
  const clear = h('button', { type: 'button', class: 'danger', onclick: clearAll }, text(WORDS.clear));

  const section = h('section', { class: 'card', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, text(WORDS.verifyHeading)),
    zone,
    h('div', { class: 'actions' }, clear),
    status,
    h('p', { class: 'staff-progress' }, bar, ' ', barText),
    h('div', { class: 'staff-scroll', role: 'region', tabindex: '0', 'aria-label': text(WORDS.tableCaption) }, table));

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
      barText.textContent = text(WORDS.progressText, { done, total });
      const working = text(WORDS.working, { total });
      if (status.textContent !== working) status.textContent = working;
      return null;
    }
    bar.hidden = true;
    barText.textContent = '';
    const summary = state.entries.length === 0 ? text(WORDS.empty) : summarize();
    status.textContent = summary;
    return state.entries.length === 0 ? null : summary;
  }

  redraw();
  return { section, update, redraw, progress };
}

function summarize() {
  const total = state.entries.length;
  const passed = state.entries.filter((entry) => entry.verification?.ok === true && receivedVerdict(entry) !== false).length;
  return text(WORDS.summary, { total, passed, failed: total - passed });
}

function addFiles(files, engine) {
  if (files.length === 0) return;
  if (!state.running && state.queue.length === 0) state.batch = { total: 0, done: 0 };
  for (const file of files) {
    const entry = { id: nextEntry++, name: file.name, size: file.size, status: 'waiting', text: null, received: '',
      verification: null, error: null, tooLarge: file.size > MAX_BYTES };
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
      entry.verification = await engine.call('summarizeFiling', entry.text);
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
