// The start page's "导入草稿" section: draft files chosen or dropped (several
// at once) become drafts — each checked for the size limit (file_limit.js),
// the draft file format (draft_file.js, read by the engine) and a case type this app has — with
// a line per file saying what became of it.
//
//   const imports = drawImportSection(page, { onImported: () => drafts.reload() });
import { h, uniqueId } from '../shared/dom.js';
import { readDraftText } from '../storage/draft_file.js';
import { wireDropZone } from '../shared/drop_zone.js';
import { MAX_FILE_MB, isTooLarge } from '../storage/file_limit.js';
import { message } from '../shared/messages.js';

export function drawImportSection(page, { onImported }) {
  const { store, status, engine } = page;
  const importStatus = status.line();
  const results = h('ul', { class: 'import-results' });
  const fileInputId = uniqueId('import-file');
  const input = h('input', {
    type: 'file',
    id: fileInputId,
    accept: '.json,application/json',
    multiple: true,
    onchange: () => {
      importFiles([...input.files]);
    },
  });
  const dropZone = h(
    'div',
    { class: 'drop-zone', 'data-testid': 'drop-zone' },
    h('p', {}, message('start.drop_here')),
    h('label', { for: fileInputId, class: 'start-file-label' }, message('start.choose_drafts')),
    ' ',
    input,
  );
  wireDropZone(dropZone, (files) => importFiles(files));
  const section = h(
    'section',
    { 'aria-labelledby': 'start-import' },
    h('h2', { id: 'start-import' }, message('start.import_heading')),
    h('p', { class: 'muted' }, message('start.import_hint')),
    dropZone,
    importStatus,
    results,
  );

  async function importOne(file) {
    if (isTooLarge(file)) return { ok: false, sentence: message('draft_file.too_large', { mb: MAX_FILE_MB }) };
    const read = await readDraftText(await file.text(), (text) => engine.call('checkDraftFile', text));
    if (!read.ok) return { ok: false, sentence: message(read.code, read.params) };
    const { draft } = read;
    const cases = page.cases();
    if (cases && !cases.some((item) => item.case_type === draft.caseType && item.form === draft.form)) {
      return { ok: false, sentence: message('start.unknown_case', { caseType: draft.caseType, form: draft.form }) };
    }
    const stored = await store.createDraft(draft);
    return { ok: true, sentence: message('start.imported_one', { name: stored.name }) };
  }

  async function importFiles(files) {
    input.value = '';
    if (!files.length) {
      status.report(importStatus, message('start.no_files'), 'alert');
      return;
    }
    status.report(importStatus, message('start.importing'), 'notice');
    const outcomes = [];
    for (const file of files) {
      let outcome;
      try {
        outcome = await importOne(file);
      } catch (error) {
        outcome = { ok: false, sentence: message('start.action_failed', { reason: error.message }) };
      }
      outcomes.push({ file: file.name, ...outcome });
    }
    if (page.closed()) return;
    results.replaceChildren(
      ...outcomes.map((outcome) =>
        h(
          'li',
          { class: outcome.ok ? 'import-ok' : 'import-bad' },
          h('span', { class: `badge ${outcome.ok ? 'ok' : 'bad'}` }, outcome.ok ? '✓' : '✗'),
          ' ',
          h('strong', {}, outcome.file),
          ' ',
          outcome.sentence,
        ),
      ),
    );
    const good = outcomes.filter((outcome) => outcome.ok).length;
    const summary =
      outcomes.length === 1
        ? `${outcomes[0].file}: ${outcomes[0].sentence}`
        : message('start.import_summary', { ok: good, bad: outcomes.length - good });
    status.report(importStatus, summary, good === outcomes.length ? 'notice' : 'alert');
    if (good) await onImported();
  }

  return { section };
}
