// The start page (#/): what the app does, a new complaint or answer for each
// case type (an answer may start from the plaintiff's complaint filing), the
// drafts saved in this browser (open, rename, export, delete) and importing
// draft files. app.js draws it again when the language changes.
//
//   const close = await renderStartView(container, { engine, store, navigate, announce });
import { download, h, uniqueId } from './dom.js';
import { formatDate, formatDateTime, text } from './i18n.js';
import { catalogGroups } from './case_catalog.js';
import { partiesLine } from './parties.js';
import { MAX_DRAFT_BYTES, exportDraftText, parseDraftText } from './drafts.js';

const WORDS = {
  heading: { zh: '自己动手写起诉状、答辩状', en: 'Write your own complaint or answer' },
  intro: {
    zh: '没有律师也能填：按法院的要素式格式一项一项回答问题，本工具会当场检查遗漏和前后矛盾，帮你算出金额和诉讼费，最后生成可以打印或提交给法院的文书。',
    en: 'No lawyer needed: answer the court\'s element-style questions one by one; the app checks for gaps and contradictions as you go, works out amounts and court fees, and produces a document you can print or file with the court.',
  },
  loading: { zh: '正在加载…', en: 'Loading…' },
  newHeading: { zh: '新建', en: 'Start a new document' },
  newHint: {
    zh: '原告（起诉的一方）填写起诉状；被告（被起诉的一方）填写答辩状。',
    en: 'The plaintiff (who sues) fills in a complaint; the defendant (who is sued) fills in an answer.',
  },
  casesFailed: { zh: '无法读取案件类型：{reason}', en: 'The case types could not be loaded: {reason}' },
  noCases: { zh: '没有可用的案件类型。', en: 'No case types are available.' },
  search: { zh: '查找案件类型（如：借条、货款、离婚）', en: 'Find a case type (e.g. IOU, goods, divorce)' },
  noMatch: { zh: '没有找到与“{query}”相符的案件类型。', en: 'No case type matches "{query}".' },
  rows: { zh: '{n} 项要素', en: '{n} elements' },
  fillComplaint: { zh: '填写起诉状', en: 'Fill in a complaint' },
  fillAnswer: { zh: '填写答辩状', en: 'Fill in an answer' },
  fromComplaint: { zh: '根据起诉状答辩', en: 'Answer a complaint filing' },
  fromComplaintHint: {
    zh: '已收到原告用本工具生成的起诉状文件（.json）？选择它，答辩时可以对照起诉状逐项回应。',
    en: 'Received the plaintiff\'s complaint file (.json) made with this app? Choose it to answer the complaint point by point.',
  },
  chooseComplaintFile: { zh: '选择起诉状文件：{title}', en: 'Choose the complaint file: {title}' },
  checkingFiling: { zh: '正在核对起诉状文件“{file}”…', en: 'Checking the complaint file “{file}”…' },
  filingUnreadable: { zh: '无法读取文件“{file}”：{reason}', en: 'The file “{file}” could not be read: {reason}' },
  filingTooLarge: { zh: '文件“{file}”太大（超过 5 MB），不是起诉状文件。', en: 'The file “{file}” is too large (over 5 MB) to be a complaint filing.' },
  filingRefused: {
    zh: '文件“{file}”未通过核对，不能据此答辩：',
    en: 'The file “{file}” did not pass the check and cannot be answered:',
  },
  filingWrongCase: {
    zh: '文件“{file}”是{found}，这里需要{expected}。请选择对应案件类型的答辩状，或选择正确的起诉状文件。',
    en: 'The file “{file}” is {found}; this answer needs {expected}. Choose the answer for that case type, or the right complaint file.',
  },
  notAFiling: { zh: '不是要素文书文件', en: 'not a Yaosu filing' },
  filingAccepted: { zh: '已根据起诉状文件“{file}”新建答辩状草稿。', en: 'Answer draft created from the complaint file “{file}”.' },
  created: { zh: '已新建草稿“{name}”。', en: 'Draft “{name}” created.' },
  createFailed: { zh: '无法新建草稿：{reason}', en: 'The draft could not be created: {reason}' },

  draftsHeading: { zh: '继续填写', en: 'Continue a draft' },
  draftsHint: { zh: '草稿只保存在这台设备的这个浏览器里。换设备前请先导出。', en: 'Drafts are kept only in this browser on this device. Export them before changing device.' },
  noDrafts: {
    zh: '还没有保存的草稿。选择上面的案件类型开始填写，或在下面导入草稿文件。',
    en: 'No saved drafts yet. Choose a case type above to start, or import a draft file below.',
  },
  draftsFailed: { zh: '无法读取草稿：{reason}', en: 'The drafts could not be read: {reason}' },
  complaint: { zh: '起诉状', en: 'Complaint' },
  answer: { zh: '答辩状', en: 'Answer' },
  withComplaint: { zh: '附起诉状', en: 'With complaint' },
  savedAt: { zh: '上次保存：', en: 'Last saved: ' },
  progress: { zh: '必填项已填 {filled} / {total}', en: '{filled} of {total} required rows filled' },
  notStarted: { zh: '尚未填写', en: 'Not started' },
  open: { zh: '打开', en: 'Open' },
  rename: { zh: '重命名', en: 'Rename' },
  export: { zh: '导出', en: 'Export' },
  delete: { zh: '删除', en: 'Delete' },
  draftNamed: { zh: '草稿“{name}”', en: 'draft “{name}”' },
  newName: { zh: '新名称', en: 'New name' },
  save: { zh: '保存', en: 'Save' },
  cancel: { zh: '取消', en: 'Cancel' },
  nameEmpty: { zh: '名称不能为空。', en: 'The name cannot be empty.' },
  renamed: { zh: '已重命名为“{name}”。', en: 'Renamed to “{name}”.' },
  confirmDelete: {
    zh: '确定删除草稿“{name}”吗？删除后无法恢复（如需保留，请先导出）。',
    en: 'Delete the draft “{name}”? This cannot be undone (export it first to keep a copy).',
  },
  confirmDeleteButton: { zh: '确定删除', en: 'Yes, delete' },
  deleted: { zh: '已删除草稿“{name}”。', en: 'Draft “{name}” deleted.' },
  exported: { zh: '已导出“{file}”。', en: 'Exported “{file}”.' },
  actionFailed: { zh: '操作失败：{reason}', en: 'That did not work: {reason}' },

  importHeading: { zh: '导入草稿', en: 'Import drafts' },
  importHint: {
    zh: '导入以前从本工具导出的草稿文件（.yaosu-draft.json），可以一次选择多个。',
    en: 'Import draft files (.yaosu-draft.json) exported from this app earlier; you may choose several.',
  },
  dropHere: { zh: '把草稿文件拖到这里，或', en: 'Drop draft files here, or' },
  chooseDrafts: { zh: '选择草稿文件', en: 'Choose draft files' },
  importing: { zh: '正在导入…', en: 'Importing…' },
  importTooLarge: { zh: '文件太大（超过 5 MB），不是要素草稿文件。', en: 'The file is too large (over 5 MB) to be a Yaosu draft.' },
  unknownCase: {
    zh: '本工具没有这种案件类型或文书（{caseType} / {form}）。',
    en: 'This app has no such case type or form ({caseType} / {form}).',
  },
  importedOne: { zh: '已导入为草稿“{name}”。', en: 'Imported as the draft “{name}”.' },
  importSummary: {
    zh: '导入了 {ok} 个草稿，{bad} 个文件未能导入。',
    en: 'Imported {ok} draft(s); {bad} file(s) could not be imported.',
  },
  noFiles: { zh: '没有收到文件。', en: 'No files were received.' },
  unnamed: { zh: '未命名草稿', en: 'Untitled draft' },
  forCase: { zh: '（{name}）', en: ' ({name})' },
};

const FORM_WORDS = { complaint: WORDS.complaint, answer: WORDS.answer };
const FILL_WORDS = { complaint: WORDS.fillComplaint, answer: WORDS.fillAnswer };


// caseName: "民间借贷纠纷" from "民事起诉状（民间借贷纠纷）" (the case type, without the form).
function caseName(summary) {
  const title = text(summary.title);
  const inside = /[（(]([^（）()]+)[）)]\s*$/.exec(title);
  if (!inside) return title || summary.case_type;
  const name = inside[1].trim();
  return name.charAt(0).toUpperCase() + name.slice(1);
}

// fileNameFor: a draft's name as a safe file name.
export function fileNameFor(draft) {
  const base = String(draft.name ?? '').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').replace(/^[\s.]+|[\s.]+$/g, '').slice(0, 120);
  return `${base || 'draft'}.yaosu-draft.json`;
}

// hidden: words for screen readers only (e.g. which draft a button acts on).
function hidden(words) {
  return h('span', { class: 'visually-hidden' }, words);
}

export async function renderStartView(container, { engine, store, navigate, announce }) {
  let closed = false;
  let cases = null; // CaseSummary[] once loaded
  const state = { editing: null, confirming: null }; // draft id being renamed / confirming delete

  // One visible status line per section; the same sentence is spoken through announce().
  function statusLine() {
    return h('p', { class: 'start-status' }); // spoken through announce(), not a second live region
  }
  function report(line, message, kind = 'notice') {
    if (closed) return;
    line.className = `start-status ${kind}`;
    line.replaceChildren(...(Array.isArray(message) ? message : [message]));
    announce?.(line.textContent);
  }

  const newBody = h('div', { class: 'start-cases' }, h('p', { class: 'muted' }, text(WORDS.loading)));
  const searchId = uniqueId('case-search');
  const search = h('input', { type: 'search', id: searchId, class: 'start-search', autocomplete: 'off' });
  search.addEventListener('input', () => drawCases());
  const newStatus = statusLine();
  const draftsHeadingId = uniqueId('drafts-heading');
  const draftsBody = h('div', {}, h('p', { class: 'muted' }, text(WORDS.loading)));
  const draftsStatus = statusLine();
  const importStatus = statusLine();
  const importResults = h('ul', { class: 'import-results' });

  const fileInputId = uniqueId('import-file');
  const importInput = h('input', {
    type: 'file', id: fileInputId, accept: '.json,application/json', multiple: true,
    onchange: () => { importFiles([...importInput.files]); },
  });
  const dropZone = h('div', { class: 'drop-zone', 'data-testid': 'drop-zone' },
    h('p', {}, text(WORDS.dropHere)),
    h('label', { for: fileInputId, class: 'start-file-label' }, text(WORDS.chooseDrafts)),
    ' ',
    importInput);
  wireDropZone(dropZone, (files) => importFiles(files));

  container.replaceChildren(
    h('div', { class: 'start-view' },
      h('h1', {}, text(WORDS.heading)),
      h('p', { class: 'start-intro' }, text(WORDS.intro)),
      h('section', { 'aria-labelledby': 'start-new' },
        h('h2', { id: 'start-new' }, text(WORDS.newHeading)),
        h('p', { class: 'muted' }, text(WORDS.newHint)),
        newStatus,
        h('p', { class: 'field' }, h('label', { for: searchId }, text(WORDS.search)), ' ', search),
        newBody),
      h('section', { 'aria-labelledby': draftsHeadingId },
        h('h2', { id: draftsHeadingId, tabindex: '-1' }, text(WORDS.draftsHeading)),
        h('p', { class: 'muted' }, text(WORDS.draftsHint)),
        draftsStatus,
        draftsBody),
      h('section', { 'aria-labelledby': 'start-import' },
        h('h2', { id: 'start-import' }, text(WORDS.importHeading)),
        h('p', { class: 'muted' }, text(WORDS.importHint)),
        dropZone,
        importStatus,
        importResults)),
  );

  // ---- 新建 ----
  function caseTitle(caseType, form) {
    const summary = cases?.find((item) => item.case_type === caseType && item.form === form);
    return summary ? text(summary.title) : `${caseType} · ${text(FORM_WORDS[form] ?? form)}`;
  }

  async function create(summary, extra = {}) {
    const draft = await store.createDraft({
      caseType: summary.case_type,
      form: summary.form,
      name: `${text(summary.title)} ${formatDate(new Date())}`,
      ...extra,
    });
    return draft;
  }

  async function startNew(summary) {
    try {
      const draft = await create(summary);
      announce?.(text(WORDS.created, { name: draft.name }));
      navigate(`#/draft/${draft.id}`);
    } catch (error) {
      report(newStatus, text(WORDS.createFailed, { reason: error.message }), 'alert');
    }
  }

  async function answerFromFiling(summary, file, line) {
    if (!file) return;
    const name = file.name;
    if (file.size > MAX_DRAFT_BYTES) {
      report(line, text(WORDS.filingTooLarge, { file: name }), 'alert');
      return;
    }
    report(line, text(WORDS.checkingFiling, { file: name }), 'notice');
    let filingText;
    let verification;
    try {
      filingText = await file.text();
      verification = await engine.call('verifyFiling', filingText);
    } catch (error) {
      report(line, text(WORDS.filingUnreadable, { file: name, reason: error.message }), 'alert');
      return;
    }
    const expected = cases?.find((item) => item.id === summary.answers);
    const found = verification?.case ? cases?.find((item) => item.id === verification.case.id) : null;
    // A complaint filed with an earlier version of the case type is answered with the current one:
    // the rows line up by id, as the court's comparison lines them up.
    if (verification?.case && (verification.case.case_type !== summary.case_type || verification.case.form !== 'complaint')) {
      report(line, text(WORDS.filingWrongCase, {
        file: name,
        found: found ? text(found.title) : verification.case.id,
        expected: expected ? text(expected.title) : summary.answers,
      }), 'alert');
      return;
    }
    if (!verification?.ok) {
      const problems = (verification?.problems ?? []).slice(0, 8);
      report(line, [
        text(WORDS.filingRefused, { file: name }),
        h('ul', {}, problems.length
          ? problems.map((problem) => h('li', {}, text(problem.message) || problem.code))
          : h('li', {}, text(WORDS.notAFiling))),
      ], 'alert');
      return;
    }
    try {
      const draft = await create(summary, { complaintFiling: filingText });
      report(line, text(WORDS.filingAccepted, { file: name }), 'notice');
      navigate(`#/draft/${draft.id}`);
    } catch (error) {
      report(line, text(WORDS.createFailed, { reason: error.message }), 'alert');
    }
  }

  function formRow(summary) {
    const name = caseName(summary);
    const row = h('li', { class: 'start-form' },
      h('div', { class: 'start-form-title' },
        h('strong', {}, text(FORM_WORDS[summary.form] ?? summary.form)),
        ' ',
        h('span', { class: 'muted' }, text(WORDS.rows, { n: summary.rows }))),
      h('div', { class: 'actions' },
        h('button', {
          type: 'button', class: 'primary', 'data-case': summary.id, onclick: () => startNew(summary),
        }, text(FILL_WORDS[summary.form] ?? WORDS.fillComplaint), hidden(text(WORDS.forCase, { name })))));
    if (summary.form === 'answer' && summary.answers) {
      const line = statusLine();
      const hintId = uniqueId('answer-hint');
      const input = h('input', {
        type: 'file', accept: '.json,application/json', hidden: true, tabindex: '-1',
        'aria-label': text(WORDS.chooseComplaintFile, { title: text(summary.title) }),
        'data-answers': summary.answers,
        onchange: () => {
          const [file] = input.files;
          input.value = '';
          answerFromFiling(summary, file, line);
        },
      });
      row.querySelector('.actions').append(
        h('button', { type: 'button', 'aria-describedby': hintId, onclick: () => input.click() },
          text(WORDS.fromComplaint), hidden(text(WORDS.forCase, { name }))),
        input);
      row.append(h('p', { class: 'muted start-hint', id: hintId }, text(WORDS.fromComplaintHint)), line);
    }
    return row;
  }

  function drawCases(error) {
    if (error) {
      newBody.replaceChildren(h('p', { class: 'alert', role: 'alert' }, text(WORDS.casesFailed, { reason: error.message })));
      return;
    }
    if (!cases.length) {
      newBody.replaceChildren(h('p', { class: 'muted' }, text(WORDS.noCases)));
      return;
    }
    // By the fields of the 2025 batch, found by the search box (web/case_catalog.js).
    const groups = catalogGroups(cases, search.value);
    if (!groups.length) {
      newBody.replaceChildren(h('p', { class: 'muted', role: 'status' }, text(WORDS.noMatch, { query: search.value.trim() })));
      return;
    }
    newBody.replaceChildren(...groups.map((group) => h('section', { class: 'start-area', 'data-area': group.area },
      h('h3', {}, text(group.words)),
      group.caseTypes.map(({ caseType, forms }) => h('div', { class: 'card start-case', 'data-case-type': caseType },
        h('h4', {}, caseName(forms[0])),
        h('ul', { class: 'start-forms' }, forms.map(formRow)))))));
  }

  // ---- 继续填写 ----
  let drafts = null;

  async function reloadDrafts() {
    try {
      drafts = await store.listDrafts();
      drawDrafts();
    } catch (error) {
      if (!closed) draftsBody.replaceChildren(h('p', { class: 'alert', role: 'alert' }, text(WORDS.draftsFailed, { reason: error.message })));
    }
  }

  function focusLater(selector) {
    const target = draftsBody.querySelector(selector);
    target?.focus();
  }

  function drawDrafts() {
    if (closed || !drafts) return;
    if (!drafts.length) {
      draftsBody.replaceChildren(h('p', { class: 'muted start-empty' }, text(WORDS.noDrafts)));
      return;
    }
    draftsBody.replaceChildren(h('ul', { class: 'draft-list' }, drafts.map(draftItem)));
  }

  function draftItem(draft) {
    const name = draft.name || text(WORDS.unnamed);
    const who = text(WORDS.draftNamed, { name });
    const headingId = uniqueId('draft');
    const progress = draft.progress && Number.isFinite(draft.progress.total) && draft.progress.total > 0
      ? text(WORDS.progress, { filled: draft.progress.filled, total: draft.progress.total })
      : text(WORDS.notStarted);
    const item = h('li', { class: 'card draft', 'data-id': draft.id },
      h('h3', { id: headingId, class: 'draft-name' }, name),
      partiesLine(draft.instance) ? h('p', { class: 'draft-parties' }, partiesLine(draft.instance)) : null,
      h('p', { class: 'draft-meta' },
        h('span', { class: 'draft-case', 'data-case-type': draft.caseType, 'data-form': draft.form },
          caseTitle(draft.caseType, draft.form)),
        draft.complaintFiling ? [' ', h('span', { class: 'badge ok' }, text(WORDS.withComplaint))] : null),
      h('p', { class: 'draft-meta muted' },
        h('span', {}, text(WORDS.savedAt), h('time', { datetime: draft.updatedAt }, formatDateTime(draft.updatedAt))),
        ' · ',
        h('span', { class: 'draft-progress' }, progress)));
    if (state.editing === draft.id) item.append(renameForm(draft, name));
    else if (state.confirming === draft.id) item.append(confirmDelete(draft, name));
    else {
      item.append(h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'primary', 'data-action': 'open', onclick: () => navigate(`#/draft/${draft.id}`) },
          text(WORDS.open), hidden(` ${who}`)),
        h('button', {
          type: 'button', 'data-action': 'rename',
          onclick: () => { state.editing = draft.id; state.confirming = null; drawDrafts(); focusLater(`[data-id="${draft.id}"] input`); },
        }, text(WORDS.rename), hidden(` ${who}`)),
        h('button', { type: 'button', 'data-action': 'export', onclick: () => exportDraft(draft) },
          text(WORDS.export), hidden(` ${who}`)),
        h('button', {
          type: 'button', class: 'danger', 'data-action': 'delete',
          onclick: () => { state.confirming = draft.id; state.editing = null; drawDrafts(); focusLater(`[data-id="${draft.id}"] [data-action="cancel"]`); },
        }, text(WORDS.delete), hidden(` ${who}`))));
    }
    return item;
  }

  function backToActions(draft, action) {
    state.editing = null;
    state.confirming = null;
    drawDrafts();
    focusLater(`[data-id="${draft.id}"] [data-action="${action}"]`);
  }

  function renameForm(draft, name) {
    const inputId = uniqueId('rename');
    const errorId = uniqueId('rename-error');
    const error = h('p', { id: errorId, class: 'start-field-error', hidden: true });
    const input = h('input', {
      type: 'text', id: inputId, value: draft.name ?? '', maxlength: '200', autocomplete: 'off',
      'aria-describedby': errorId,
      onkeydown: (event) => {
        if (event.key === 'Enter') { event.preventDefault(); save(); }
        if (event.key === 'Escape') { event.preventDefault(); backToActions(draft, 'rename'); }
      },
    });
    async function save() {
      const next = input.value.trim();
      if (!next) {
        input.setAttribute('aria-invalid', 'true');
        error.hidden = false;
        error.textContent = text(WORDS.nameEmpty);
        input.focus();
        return;
      }
      try {
        await store.renameDraft(draft.id, next);
        report(draftsStatus, text(WORDS.renamed, { name: next }));
        state.editing = null;
        await reloadDrafts();
        focusLater(`[data-id="${draft.id}"] [data-action="rename"]`);
      } catch (failure) {
        report(draftsStatus, text(WORDS.actionFailed, { reason: failure.message }), 'alert');
      }
    }
    return h('div', { class: 'draft-rename' },
      h('label', { for: inputId }, text(WORDS.newName), hidden(text(WORDS.forCase, { name: text(WORDS.draftNamed, { name }) }))),
      input,
      error,
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'primary', 'data-action': 'save', onclick: save }, text(WORDS.save)),
        h('button', { type: 'button', 'data-action': 'cancel', onclick: () => backToActions(draft, 'rename') }, text(WORDS.cancel))));
  }

  function confirmDelete(draft, name) {
    const questionId = uniqueId('confirm');
    return h('div', { class: 'draft-confirm', role: 'group', 'aria-labelledby': questionId },
      h('p', { id: questionId, class: 'alert' }, text(WORDS.confirmDelete, { name })),
      h('div', { class: 'actions' },
        h('button', {
          type: 'button', class: 'danger', 'data-action': 'confirm-delete',
          onclick: async () => {
            try {
              await store.deleteDraft(draft.id);
              state.confirming = null;
              report(draftsStatus, text(WORDS.deleted, { name }));
              await reloadDrafts();
              document.getElementById(draftsHeadingId)?.focus();
            } catch (failure) {
              report(draftsStatus, text(WORDS.actionFailed, { reason: failure.message }), 'alert');
            }
          },
        }, text(WORDS.confirmDeleteButton)),
        h('button', { type: 'button', 'data-action': 'cancel', onclick: () => backToActions(draft, 'delete') }, text(WORDS.cancel))));
  }

  async function exportDraft(draft) {
    try {
      const current = (await store.getDraft(draft.id)) ?? draft;
      const fileName = fileNameFor(current);
      download(fileName, exportDraftText(current), 'application/json');
      report(draftsStatus, text(WORDS.exported, { file: fileName }));
    } catch (failure) {
      report(draftsStatus, text(WORDS.actionFailed, { reason: failure.message }), 'alert');
    }
  }

  // ---- 导入草稿 ----
  async function importOne(file) {
    if (file.size > MAX_DRAFT_BYTES) return { ok: false, message: text(WORDS.importTooLarge) };
    const parsed = parseDraftText(await file.text());
    if (!parsed.ok) return { ok: false, message: text(parsed.message) };
    const { draft } = parsed;
    if (cases && !cases.some((item) => item.case_type === draft.caseType && item.form === draft.form)) {
      return { ok: false, message: text(WORDS.unknownCase, { caseType: draft.caseType, form: draft.form }) };
    }
    const stored = await store.createDraft(draft);
    return { ok: true, message: text(WORDS.importedOne, { name: stored.name }) };
  }

  async function importFiles(files) {
    importInput.value = '';
    if (!files.length) {
      report(importStatus, text(WORDS.noFiles), 'alert');
      return;
    }
    report(importStatus, text(WORDS.importing), 'notice');
    const results = [];
    for (const file of files) {
      let result;
      try {
        result = await importOne(file);
      } catch (error) {
        result = { ok: false, message: text(WORDS.actionFailed, { reason: error.message }) };
      }
      results.push({ file: file.name, ...result });
    }
    if (closed) return;
    importResults.replaceChildren(...results.map((result) => h('li', { class: result.ok ? 'import-ok' : 'import-bad' },
      h('span', { class: `badge ${result.ok ? 'ok' : 'bad'}` }, result.ok ? '✓' : '✗'), ' ',
      h('strong', {}, result.file), ' ', result.message)));
    const good = results.filter((result) => result.ok).length;
    const summary = results.length === 1
      ? `${results[0].file}: ${results[0].message}`
      : text(WORDS.importSummary, { ok: good, bad: results.length - good });
    report(importStatus, summary, good === results.length ? 'notice' : 'alert');
    if (good) await reloadDrafts();
  }

  // ---- load ----
  const casesLoaded = engine.call('cases').then(
    (list) => {
      cases = Array.isArray(list) ? list : [];
      if (closed) return;
      drawCases();
      for (const span of draftsBody.querySelectorAll('.draft-case')) { // the case titles, now known
        span.textContent = caseTitle(span.dataset.caseType, span.dataset.form);
      }
    },
    (error) => { if (!closed) drawCases(error); },
  );
  await Promise.all([reloadDrafts(), casesLoaded]);

  return () => { closed = true; };
}

// wireDropZone: files dropped on `zone` go to `onFiles`; `.over` while something is dragged over it.
function wireDropZone(zone, onFiles) {
  let depth = 0;
  const carriesFiles = (event) => [...(event.dataTransfer?.types ?? [])].includes('Files');
  zone.addEventListener('dragenter', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth += 1;
    zone.classList.add('over');
  });
  zone.addEventListener('dragover', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  });
  zone.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (!depth) zone.classList.remove('over');
  });
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    depth = 0;
    zone.classList.remove('over');
    const files = [...(event.dataTransfer?.files ?? [])];
    onFiles(files);
  });
}
