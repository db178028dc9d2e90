// Court-staff mode (#/staff): verify many filing files at once, open each one
// as its printed document, and line up a complaint with its answer as a
// dispute table (争点表). Files never leave the page: they are read with
// File.text() and handed to the engine's worker, one after another, so the
// page stays responsive with hundreds of files.
//
//   closeView = await renderStaffView(container, { engine, announce });
//
// What has been loaded lives in this module (not in the DOM), so switching the
// language or leaving the view and coming back draws the same results again.
import { h, uniqueId } from './dom.js';
import { text } from './i18n.js';
import { loadLabels, wordsOf } from './labels.js';
import { valueLines } from './value_text.js';

// The words for field names and choices, loaded once per page.
let publishedWords = null; // schemas/ui/labels.json: the words of the 2025.1 forms
let labels = null;         // the words of the case type compared last, over those

const MAX_BYTES = 20 * 1024 * 1024;
const URL_LIFETIME_MS = 60000;

const WORDS = {
  heading: { zh: '法院工作人员：核验与比对', en: 'Court staff: verify and compare' },
  intro: {
    zh: '核验当事人提交的要素式文书文件（摘要、案由版本、填写规则），并把起诉状与答辩状逐项比对成争点表。文件只在本机浏览器中处理，不会上传。',
    en: 'Verify filing files from the parties (digest, case type and version, the form’s rules) and line up a complaint with its answer as a dispute table. Files are processed in this browser only; nothing is uploaded.',
  },
  verifyHeading: { zh: '核验文书', en: 'Verify filings' },
  dropHint: { zh: '把文书文件（.json）拖放到这里，或', en: 'Drop filing files (.json) here, or' },
  chooseFiles: { zh: '选择文件（可多选）', en: 'Choose files (several at once)' },
  clear: { zh: '清空列表', en: 'Clear the list' },
  tableCaption: { zh: '核验结果', en: 'Verification results' },
  colFile: { zh: '文件', en: 'File' },
  colCase: { zh: '案由与文书', en: 'Case type and form' },
  colDigest: { zh: '摘要', en: 'Digest' },
  colVerdict: { zh: '结论', en: 'Verdict' },
  colProblems: { zh: '问题', en: 'Problems' },
  colActions: { zh: '操作', en: 'Actions' },
  digestOk: { zh: '✓ 一致', en: '✓ matches' },
  digestBad: { zh: '✗ 不符', en: '✗ differs' },
  digestMissing: { zh: '✗ 缺少', en: '✗ missing' },
  passed: { zh: '通过', en: 'Passed' },
  failed: { zh: '未通过', en: 'Failed' },
  notRead: { zh: '未读取', en: 'Not read' },
  waiting: { zh: '等待核验', en: 'Waiting' },
  checking: { zh: '正在核验…', en: 'Checking…' },
  noProblems: { zh: '无', en: 'None' },
  problemCount: { zh: '{n} 处问题', en: '{n} problems' },
  at: { zh: '位置：{where}', en: 'at {where}' },
  wholeFile: { zh: '整份文书', en: 'the whole filing' },
  tooLarge: { zh: '文件超过 20 MB，未读取。', en: 'The file is larger than 20 MB and was not read.' },
  notAFiling: { zh: '不是文书文件', en: 'Not a filing' },
  engineError: { zh: '引擎出错：{reason}', en: 'The engine failed: {reason}' },
  view: { zh: '查看文书', en: 'View document' },
  viewLabel: { zh: '查看文书：{name}', en: 'View the document: {name}' },
  popupBlocked: {
    zh: '浏览器阻止了新标签页，请点此打开：',
    en: 'The browser blocked the new tab; open it here:',
  },
  openHere: { zh: '打开', en: 'Open' },
  cannotRender: { zh: '无法生成文书：{reason}', en: 'The document could not be produced: {reason}' },
  progress: { zh: '核验进度', en: 'Verification progress' },
  progressText: { zh: '已核验 {done} / {total} 份', en: '{done} of {total} checked' },
  working: { zh: '正在核验 {total} 份文件…', en: 'Checking {total} files…' },
  summary: {
    zh: '共 {total} 份，通过 {passed} 份，未通过 {failed} 份',
    en: '{total} files: {passed} passed, {failed} failed',
  },
  empty: { zh: '尚未载入文件。', en: 'No files loaded yet.' },
  forms: {
    complaint: { zh: '起诉状', en: 'Complaint' },
    answer: { zh: '答辩状', en: 'Answer' },
  },

  disputesHeading: { zh: '争点表', en: 'Dispute table' },
  disputesIntro: {
    zh: '选择已载入的一份起诉状和针对它的答辩状，逐项比对原告的主张与被告的答辩。',
    en: 'Choose a loaded complaint and the answer to it to compare, element by element, what the plaintiff states and what the defendant answers.',
  },
  complaint: { zh: '起诉状', en: 'Complaint' },
  answer: { zh: '答辩状', en: 'Answer' },
  choose: { zh: '请选择', en: 'Choose' },
  noneLoaded: { zh: '（尚未载入）', en: '(none loaded)' },
  failedMark: { zh: '{name}（未通过核验）', en: '{name} (failed verification)' },
  compare: { zh: '比对', en: 'Compare' },
  print: { zh: '打印争点表', en: 'Print the dispute table' },
  chooseBoth: { zh: '请先选择一份起诉状和一份答辩状。', en: 'Choose a complaint and an answer first.' },
  comparing: { zh: '正在比对…', en: 'Comparing…' },
  compared: {
    zh: '比对完成：争议要素 {disputed} 项，无争议 {admitted} 项，未答辩 {unanswered} 项，免责、减责事由 {exemptions} 项',
    en: 'Compared: {disputed} disputed, {admitted} admitted, {unanswered} unanswered, {exemptions} exemptions',
  },
  compareFailed: { zh: '无法比对：', en: 'These filings cannot be compared:' },
  pair: { zh: '起诉状“{complaint}”与答辩状“{answer}”', en: 'Complaint “{complaint}” and answer “{answer}”' },
  unverified: {
    zh: '{form}未通过核验，比对结果仅供参考。',
    en: 'The {form} failed verification; treat the comparison with care.',
  },
  countsLabel: { zh: '比对结果统计', en: 'Comparison counts' },
  countDisputed: { zh: '争议 {n}', en: 'Disputed {n}' },
  countAdmitted: { zh: '无争议 {n}', en: 'Admitted {n}' },
  countUnanswered: { zh: '未答辩 {n}', en: 'Unanswered {n}' },
  countExemptions: { zh: '免责、减责事由 {n}', en: 'Exemptions {n}' },
  disputed: { zh: '争议要素', en: 'Disputed elements' },
  admitted: { zh: '无争议要素', en: 'Admitted elements' },
  unanswered: { zh: '未答辩要素', en: 'Unanswered elements' },
  exemptions: { zh: '免责、减责事由', en: 'Grounds for exemption or reduction' },
  noneInList: { zh: '无。', en: 'None.' },
  colNumber: { zh: '序号', en: 'No.' },
  colElement: { zh: '要素', en: 'Element' },
  colComplaint: { zh: '起诉状主张', en: 'The complaint states' },
  colAnswer: { zh: '答辩状意见', en: 'The answer says' },
  colStatement: { zh: '答辩状陈述', en: 'The answer states' },
  objection: { zh: '有异议', en: 'Disputed' },
  noObjection: { zh: '无异议', en: 'No objection' },
  notAnswered: { zh: '未答辩', en: 'Not answered' },
};

// What has been loaded, kept across re-renders.
const state = {
  entries: [],        // {id, name, size, status: 'waiting'|'checking'|'done', text, verification, error, tooLarge}
  queue: [],          // {entry, file} still to read and verify
  running: false,
  batch: { total: 0, done: 0 },
  complaintId: '',
  answerId: '',
  comparison: null,   // {complaint: name, answer: name, table}
  titles: null,       // Promise<Map<case id, {zh, en}>>
};
let nextEntry = 1;
let shown = null;     // the drawn view's hooks while it is on screen

export async function renderStaffView(container, { engine, announce }) {
  publishedWords ??= await loadLabels();
  labels ??= publishedWords;
  const titles = new Map();
  state.titles ??= engine.call('cases').then(
    (cases) => new Map(cases.map((summary) => [summary.id, summary.title])),
    () => {
      state.titles = null; // ask again next time
      return new Map();
    },
  );

  const verify = drawVerifySection(engine, titles);
  const disputes = drawDisputeSection(engine, announce);
  container.replaceChildren(h('div', { class: 'staff-view' },
    h('h1', {}, text(WORDS.heading)),
    h('p', { class: 'muted' }, text(WORDS.intro)),
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
  return () => {
    if (shown === hooks) shown = null;
  };
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
    h('thead', {}, h('tr', {},
      [WORDS.colFile, WORDS.colCase, WORDS.colDigest, WORDS.colVerdict, WORDS.colProblems, WORDS.colActions]
        .map((words) => h('th', { scope: 'col' }, text(words))))),
    body);
  const clear = h('button', { type: 'button', class: 'danger', onclick: clearAll }, text(WORDS.clear));

  const section = h('section', { class: 'card', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, text(WORDS.verifyHeading)),
    zone,
    h('div', { class: 'actions' }, clear),
    status,
    h('p', { class: 'staff-progress' }, bar, ' ', barText),
    h('div', { class: 'staff-scroll', role: 'region', tabindex: '0', 'aria-label': text(WORDS.tableCaption) }, table));

  function update(entry) {
    if (!state.entries.includes(entry)) return;
    const row = fileRow(entry, titles, engine);
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
  const passed = state.entries.filter((entry) => entry.verification?.ok === true).length;
  return text(WORDS.summary, { total, passed, failed: total - passed });
}

function addFiles(files, engine) {
  if (files.length === 0) return;
  if (!state.running && state.queue.length === 0) state.batch = { total: 0, done: 0 };
  for (const file of files) {
    const entry = { id: nextEntry++, name: file.name, size: file.size, status: 'waiting', text: null,
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
      entry.text = await file.text();
      entry.verification = await engine.call('verifyFiling', entry.text);
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
  shown?.reset();
}

function fileRow(entry, titles, engine) {
  const verification = entry.verification;
  return h('tr', { 'data-entry': entry.id },
    h('th', { scope: 'row', class: 'staff-name' }, entry.name),
    h('td', {}, caseCell(verification?.case, titles)),
    h('td', { class: 'staff-nowrap' }, digestCell(entry)),
    h('td', { class: 'staff-nowrap' }, verdictCell(entry)),
    h('td', {}, problemsCell(entry)),
    h('td', {}, entry.text !== null && verification?.case
      ? h('button', { type: 'button', 'aria-label': text(WORDS.viewLabel, { name: entry.name }),
        onclick: (event) => openHtml(() => engine.call('renderFilingHtml', entry.text), event.currentTarget) }, text(WORDS.view))
      : null));
}

function caseCell(filingCase, titles) {
  if (!filingCase) return h('span', { class: 'muted' }, '—');
  const { id, case_type: caseType, form, version } = filingCase;
  const title = titles.get(id);
  const formWords = Object.hasOwn(WORDS.forms, String(form)) ? text(WORDS.forms[form]) : form;
  const name = title ? text(title) : [caseType, formWords].filter((part) => part !== undefined && part !== null).join(' · ');
  return [
    name || String(id ?? '—'),
    h('br', {}),
    h('span', { class: 'muted' }, [id, version].filter((part) => part !== undefined && part !== null).join(' ')),
  ];
}

function digestCell(entry) {
  const digest = entry.verification?.digest;
  if (!digest || entry.verification.inputError) return h('span', { class: 'muted' }, '—');
  if (digest.matches) return text(WORDS.digestOk);
  return h('strong', {}, text(digest.recorded ? WORDS.digestBad : WORDS.digestMissing));
}

function verdictCell(entry) {
  if (entry.status === 'waiting') return h('span', { class: 'muted' }, text(WORDS.waiting));
  if (entry.status === 'checking') return h('span', { class: 'muted' }, text(WORDS.checking));
  if (entry.tooLarge) return h('span', { class: 'badge bad' }, text(WORDS.notRead));
  return entry.verification?.ok === true
    ? h('span', { class: 'badge ok' }, text(WORDS.passed))
    : h('span', { class: 'badge bad' }, text(WORDS.failed));
}

function problemsCell(entry) {
  if (entry.status !== 'done') return null;
  if (entry.tooLarge) return text(WORDS.tooLarge);
  if (entry.error) return text(WORDS.engineError, { reason: entry.error });
  const problems = entry.verification?.problems ?? [];
  if (problems.length === 0) return h('span', { class: 'muted' }, text(WORDS.noProblems));
  return h('details', { class: 'staff-problems' },
    h('summary', {}, text(WORDS.problemCount, { n: problems.length }),
      entry.verification.inputError ? ` · ${text(WORDS.notAFiling)}` : null),
    h('ul', {}, problems.map((problem) => h('li', {},
      text(problem.message), ' ',
      h('span', { class: 'muted' },
        text(WORDS.at, { where: problem.instanceLocation || text(WORDS.wholeFile) }),
        problem.code ? ` · ${problem.code}` : null)))));
}

// ------------------------------------------------------------- new tabs

// openHtml: shows the page `produce` answers in a new tab through a Blob URL.
// The tab is opened inside the click (no popup blocker), then filled.
async function openHtml(produce, button) {
  const tab = window.open('', '_blank');
  const note = button.parentElement;
  note.querySelector('.staff-open-note')?.remove();
  button.disabled = true;
  try {
    const answer = await produce();
    if (!answer?.ok) {
      const reasons = (answer?.diagnostics ?? []).map((d) => text(d.message)).join('；');
      throw new Error(reasons || '—');
    }
    const url = URL.createObjectURL(new Blob([answer.html], { type: 'text/html' }));
    setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS);
    if (tab && !tab.closed) {
      tab.opener = null;
      tab.location.href = url;
    } else {
      note.append(h('span', { class: 'staff-open-note' }, ' ', text(WORDS.popupBlocked), ' ',
        h('a', { href: url, target: '_blank', rel: 'noopener' }, text(WORDS.openHere))));
    }
  } catch (error) {
    tab?.close();
    note.append(h('span', { class: 'staff-open-note alert', role: 'alert' },
      text(WORDS.cannotRender, { reason: error.message })));
  } finally {
    button.disabled = false;
  }
}

// ------------------------------------------------------------- dispute table

function drawDisputeSection(engine, announce) {
  const headingId = uniqueId('staff-disputes');
  const complaintSelect = h('select', { id: uniqueId('staff-complaint') });
  const answerSelect = h('select', { id: uniqueId('staff-answer') });
  complaintSelect.addEventListener('change', () => { state.complaintId = complaintSelect.value; });
  answerSelect.addEventListener('change', () => { state.answerId = answerSelect.value; });
  const status = h('p', { class: 'staff-status' }) /* spoken through announce() */;
  const result = h('div', { class: 'staff-result' });
  const compareButton = h('button', { type: 'button', class: 'primary', onclick: compare }, text(WORDS.compare));
  const printButton = h('button', { type: 'button', onclick: print }, text(WORDS.print));

  const section = h('section', { class: 'card', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, text(WORDS.disputesHeading)),
    h('p', { class: 'muted' }, text(WORDS.disputesIntro)),
    h('div', { class: 'staff-choose' },
      h('div', { class: 'field' }, h('label', { for: complaintSelect.id }, text(WORDS.complaint)), complaintSelect),
      h('div', { class: 'field' }, h('label', { for: answerSelect.id }, text(WORDS.answer)), answerSelect)),
    h('div', { class: 'actions' }, compareButton, printButton),
    status,
    result);

  function refreshChoices() {
    fillChoices(complaintSelect, 'complaint', 'complaintId');
    fillChoices(answerSelect, 'answer', 'answerId');
  }

  function chosen() {
    const complaint = state.entries.find((entry) => String(entry.id) === state.complaintId);
    const answer = state.entries.find((entry) => String(entry.id) === state.answerId);
    if (complaint && answer) return { complaint, answer };
    status.textContent = text(WORDS.chooseBoth);
    return null;
  }

  async function compare() {
    const pair = chosen();
    if (!pair) return;
    status.textContent = text(WORDS.comparing);
    compareButton.disabled = true;
    try {
      const table = await engine.call('compareFilings', pair.complaint.text, pair.answer.text);
      const caseType = table?.complaint?.case?.case_type;
      labels = caseType ? wordsOf(await engine.call('caseForm', caseType, 'complaint'), publishedWords) : publishedWords;
      state.comparison = { complaint: pair.complaint.name, answer: pair.answer.name, table };
    } catch (error) {
      state.comparison = { complaint: pair.complaint.name, answer: pair.answer.name,
        table: { ok: false, diagnostics: [{ message: text(WORDS.engineError, { reason: error.message }) }] } };
    } finally {
      compareButton.disabled = false;
    }
    announce(drawResult());
  }

  function print(event) {
    const pair = chosen();
    if (!pair) return;
    openHtml(() => engine.call('compareFilingsHtml', pair.complaint.text, pair.answer.text), event.currentTarget);
  }

  // drawResult: draws the last comparison; answers its one-line summary.
  function drawResult() {
    const comparison = state.comparison;
    if (!comparison) {
      result.replaceChildren();
      status.textContent = '';
      return '';
    }
    const summary = comparison.table.ok === false
      ? text(WORDS.compareFailed)
      : text(WORDS.compared, comparison.table.counts ?? {});
    status.textContent = summary;
    result.replaceChildren(...comparisonView(comparison));
    return summary;
  }

  refreshChoices();
  drawResult();
  return { section, refreshChoices, drawResult };
}

function fillChoices(select, form, key) {
  const candidates = state.entries.filter((entry) => entry.text !== null && entry.verification?.case?.form === form);
  if (candidates.length === 1 && !candidates.some((entry) => String(entry.id) === state[key])) {
    state[key] = String(candidates[0].id);
  }
  if (!candidates.some((entry) => String(entry.id) === state[key])) state[key] = '';
  const placeholder = text(candidates.length ? WORDS.choose : WORDS.noneLoaded);
  select.replaceChildren(
    h('option', { value: '' }, placeholder),
    ...candidates.map((entry) => h('option', { value: String(entry.id) },
      entry.verification.ok ? entry.name : text(WORDS.failedMark, { name: entry.name }))));
  select.value = state[key];
}

function comparisonView({ complaint, answer, table }) {
  if (table.ok === false) {
    return [h('div', { class: 'alert', role: 'alert' },
      h('p', {}, text(WORDS.compareFailed)),
      h('ul', {}, (table.diagnostics ?? []).map((d) => h('li', {}, text(d.message)))))];
  }
  const counts = table.counts ?? {};
  const parts = [h('p', {}, text(WORDS.pair, { complaint, answer }))];
  for (const [side, form] of [['complaint', WORDS.forms.complaint], ['answer', WORDS.forms.answer]]) {
    if (table[side] && table[side].ok === false) {
      parts.push(h('p', { class: 'notice' }, text(WORDS.unverified, { form: text(form) })));
    }
  }
  parts.push(h('ul', { class: 'staff-counts', 'aria-label': text(WORDS.countsLabel) },
    h('li', {}, h('span', { class: 'badge bad' }, text(WORDS.countDisputed, { n: counts.disputed ?? 0 }))),
    h('li', {}, h('span', { class: 'badge ok' }, text(WORDS.countAdmitted, { n: counts.admitted ?? 0 }))),
    h('li', {}, h('span', { class: 'badge warn' }, text(WORDS.countUnanswered, { n: counts.unanswered ?? 0 }))),
    h('li', {}, h('span', { class: 'badge' }, text(WORDS.countExemptions, { n: counts.exemptions ?? 0 })))));
  parts.push(
    elementList('disputed', WORDS.disputed, table.disputed, (item) => [
      h('strong', {}, text(WORDS.objection)), item.reasons ? [h('br', {}), item.reasons] : null]),
    elementList('admitted', WORDS.admitted, table.admitted, () => text(WORDS.noObjection)),
    elementList('unanswered', WORDS.unanswered, table.unanswered, () => text(WORDS.notAnswered)),
    exemptionList(table.exemptions));
  return parts;
}

function elementList(kind, heading, items = [], answerCell) {
  const headingId = uniqueId(`staff-${kind}`);
  const block = h('section', { class: `staff-list staff-${kind}`, 'aria-labelledby': headingId },
    h('h3', { id: headingId }, `${text(heading)}（${items.length}）`));
  if (items.length === 0) {
    block.append(h('p', { class: 'muted' }, text(WORDS.noneInList)));
    return block;
  }
  block.append(scrollingTable(text(heading),
    [WORDS.colNumber, WORDS.colElement, WORDS.colComplaint, WORDS.colAnswer],
    items.map((item, index) => h('tr', { 'data-row': item.row },
      h('td', {}, String(index + 1)),
      h('th', { scope: 'row' },
        item.section ? h('span', { class: 'muted' }, text(item.section), ' · ') : null,
        text(item.label) || item.row,
        h('br', {}), h('span', { class: 'muted staff-row-id' }, item.row)),
      h('td', { class: 'staff-value' }, valueLines(item.complaint, item.row, labels).join('\n')),
      h('td', { class: 'staff-value' }, answerCell(item))))));
  return block;
}

function exemptionList(items = []) {
  const headingId = uniqueId('staff-exemptions');
  const block = h('section', { class: 'staff-list staff-exemptions', 'aria-labelledby': headingId },
    h('h3', { id: headingId }, `${text(WORDS.exemptions)}（${items.length}）`));
  if (items.length === 0) {
    block.append(h('p', { class: 'muted' }, text(WORDS.noneInList)));
    return block;
  }
  block.append(scrollingTable(text(WORDS.exemptions),
    [WORDS.colNumber, WORDS.colElement, WORDS.colStatement],
    items.map((item, index) => h('tr', { 'data-row': item.row },
      h('td', {}, String(index + 1)),
      h('th', { scope: 'row' }, text(item.label) || item.row, h('br', {}),
        h('span', { class: 'muted staff-row-id' }, item.row)),
      h('td', { class: 'staff-value' }, valueLines(item.statement, item.row, labels).join('\n'))))));
  return block;
}

function scrollingTable(caption, columns, rows) {
  return h('div', { class: 'staff-scroll', role: 'region', tabindex: '0', 'aria-label': caption },
    h('table', { class: 'data' },
      h('caption', { class: 'visually-hidden' }, caption),
      h('thead', {}, h('tr', {}, columns.map((words) => h('th', { scope: 'col' }, text(words))))),
      h('tbody', {}, rows)));
}

