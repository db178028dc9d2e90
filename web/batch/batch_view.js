// The batch page (#/batch): a table of cases filed in this browser, for the
// institutions that file them by the hundred. The engine does all of it, as
// `yaosu cases --table` and `yaosu file --batch --zip` do: the blank table of a
// form, every row checked and filed, the set as one ZIP, the problems by row
// and column. The file is decoded here (table_text.js); filing runs in a
// worker of its own with a long timeout, so a big table never stops the forms.
//
//   const close = await renderBatchView(container, { engine, announce });
import { download, h, uniqueId } from '../shared/dom.js';
import { text } from '../shared/i18n.js';
import { message } from '../shared/messages.js';
import { wireDropZone } from '../shared/drop_zone.js';
import { Engine } from '../engine/engine.js';
import { MAX_TABLE_BYTES, MAX_TABLE_MB } from '../storage/file_limit.js';
import { tableText } from './table_text.js';

const SHOWN_PROBLEMS = 200; // the rest are in problems.csv
const BATCH_TIMEOUT_MS = 2 * 60 * 1000; // from the last progress heard: one row never takes that long

export async function renderBatchView(container, { engine, announce }) {
  let bulk = null; // the worker that files, started on the first run
  let table = null; // {name, text, encoding}
  const formId = uniqueId('batch-form');
  const entriesId = uniqueId('batch-entries');
  const fileId = uniqueId('batch-file');
  const docxId = uniqueId('batch-docx');
  const formSelect = h('select', { id: formId });
  const entries = h('input', { id: entriesId, type: 'number', min: 1, max: 50, value: 2, class: 'batch-entries' });
  const fileInput = h('input', { id: fileId, type: 'file', accept: '.csv,.txt,text/csv' });
  const withDocx = h('input', { id: docxId, type: 'checkbox' });
  const chosen = h('p', { class: 'batch-chosen', role: 'status' });
  const runButton = h('button', { type: 'button', class: 'primary', disabled: true }, message('batch.run'));
  const cancelButton = h('button', { type: 'button', hidden: true }, message('batch.cancel'));
  const result = h('div', { class: 'batch-result', 'aria-live': 'polite' });
  const zone = h(
    'div',
    { class: 'drop-zone' },
    h('p', {}, message('batch.drop_hint'), ' ', h('label', { for: fileId }, message('batch.choose_file'))),
    fileInput,
    chosen,
  );

  container.replaceChildren(
    h(
      'div',
      { class: 'batch-view' },
      h('h1', {}, message('batch.heading')),
      h('p', {}, message('batch.intro')),
      h('p', { class: 'field' }, h('label', { for: formId }, message('batch.form')), ' ', formSelect),
      h(
        'section',
        {},
        h('h2', {}, message('batch.template_heading')),
        h('p', { class: 'muted' }, message('batch.template_hint')),
        h(
          'p',
          { class: 'field' },
          h('label', { for: entriesId }, message('batch.entries')),
          ' ',
          entries,
          ' ',
          h('button', { type: 'button', onclick: downloadTemplate }, message('batch.download_template')),
        ),
      ),
      h('section', {}, h('h2', {}, message('batch.table_heading')), zone),
      h(
        'section',
        {},
        h('h2', {}, message('batch.run_heading')),
        h('p', { class: 'field' }, withDocx, ' ', h('label', { for: docxId }, message('batch.with_docx'))),
        runButton,
        ' ',
        cancelButton,
        result,
      ),
    ),
  );

  fileInput.addEventListener('change', () => {
    if (fileInput.files.length > 0) choose(fileInput.files[0]);
    fileInput.value = '';
  });
  wireDropZone(zone, (files) => files.length > 0 && choose(files[0]));
  runButton.addEventListener('click', run);
  cancelButton.addEventListener('click', cancel);
  const close = () => bulk?.close();
  // The forms last: a file chosen while they load is taken all the same.
  const forms = await engine.call('cases');
  formSelect.replaceChildren(
    ...forms.map((summary) => h('option', { value: `${summary.case_type}/${summary.form}` }, text(summary.title))),
  );

  function chosenForm() {
    const [caseType, form] = formSelect.value.split('/');
    return { caseType, form, title: formSelect.selectedOptions[0]?.textContent ?? caseType };
  }

  async function downloadTemplate() {
    const { caseType, form, title } = chosenForm();
    const answer = await engine.call('batchTable', caseType, form, Number(entries.value) || 2);
    if (answer.ok) download(`${title}-批量表格模板.csv`, answer.csv, 'text/csv;charset=utf-8');
  }

  async function choose(file) {
    table = null;
    runButton.disabled = true;
    result.replaceChildren();
    if (file.size > MAX_TABLE_BYTES) {
      chosen.textContent = message('batch.too_large', { file: file.name, mb: MAX_TABLE_MB });
      return;
    }
    const decoded = tableText(new Uint8Array(await file.arrayBuffer()));
    if (decoded.error) {
      const code = decoded.error === 'archive' ? 'batch.archive' : 'batch.not_text';
      chosen.textContent = message(code, { file: file.name });
      return;
    }
    table = { name: file.name, text: decoded.text };
    chosen.textContent = message('batch.chosen', { file: file.name, encoding: decoded.encoding.toUpperCase() });
    runButton.disabled = false;
  }

  async function run() {
    if (!table) return;
    const { caseType, form, title } = chosenForm();
    const rows = Math.max(0, table.text.split('\n').length - 1);
    runButton.disabled = true;
    cancelButton.hidden = false;
    const bar = h('progress', { max: rows, value: 0, 'aria-label': message('batch.progress_label') });
    const said = h('p', {}, message('batch.running', { rows }));
    result.replaceChildren(bar, said);
    bulk ??= new Engine(undefined, { timeoutMs: BATCH_TIMEOUT_MS });
    const shown = (progress) => {
      bar.max = progress.total;
      bar.value = progress.done;
      said.textContent = message('batch.progress', progress);
    };
    try {
      const createdAt = new Date().toISOString();
      const done = await bulk.track('fileBatch', shown, caseType, form, table.text, createdAt, withDocx.checked);
      showResult(done, title);
    } catch (error) {
      if (error.message === 'closed') result.replaceChildren(h('p', { role: 'status' }, message('batch.cancelled')));
      else
        result.replaceChildren(
          h('p', { class: 'alert', role: 'alert' }, message('batch.failed', { reason: error.message })),
        );
    } finally {
      runButton.disabled = false;
      cancelButton.hidden = true;
    }
  }

  // cancel: the filing worker stopped where it is (nothing it made is kept); the next run starts a new one.
  function cancel() {
    bulk?.close();
    bulk = null;
  }

  function showResult({ result: answer, zip }, title) {
    if (!answer.ok) {
      result.replaceChildren(
        h('p', { class: 'alert', role: 'alert' }, message('batch.refused')),
        h(
          'ul',
          {},
          answer.diagnostics.map((d) => h('li', {}, text(d.message))),
        ),
      );
      return;
    }
    const { index, problems } = answer;
    const summary = message('batch.summary', {
      rows: index.table.rows,
      filed: index.filed.length,
      refused: index.refused.length,
    });
    const stem = `${title}-批量-${index.created_at.slice(0, 10)}`;
    result.replaceChildren(
      h('p', { class: index.refused.length ? 'batch-summary warn' : 'batch-summary ok' }, summary),
      h(
        'button',
        { type: 'button', onclick: () => download(`${stem}.zip`, zip, 'application/zip') },
        message('batch.download_set'),
      ),
      problems.length ? problemTable(problems) : null,
    );
    announce?.(summary);
  }

  return close;
}

// problemTable: the refused rows' problems, row and column as the spreadsheet shows them (user text as text only).
function problemTable(problems) {
  const shown = problems.slice(0, SHOWN_PROBLEMS);
  return h(
    'div',
    { class: 'batch-scroll' },
    h(
      'table',
      { class: 'data batch-problems' },
      h('caption', {}, message('batch.problems_caption')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, message('batch.column_row')),
          h('th', { scope: 'col' }, message('batch.column_column')),
          h('th', { scope: 'col' }, message('batch.column_problem')),
        ),
      ),
      h(
        'tbody',
        {},
        shown.map((problem) =>
          h('tr', {}, h('td', {}, problem.row), h('td', {}, problem.column_name), h('td', {}, text(problem.message))),
        ),
      ),
    ),
    problems.length > shown.length
      ? h('p', { class: 'muted' }, message('batch.more_problems', { count: problems.length - shown.length }))
      : null,
  );
}
