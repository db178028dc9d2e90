// The dispute table (争点表) of court-staff mode: choose a loaded complaint and
// the answer to it, and see element by element what the answer admits,
// disputes (with its reasons) and leaves unanswered, and the grounds for
// exemption it raises; print it in a new tab.
//
//   const disputes = drawDisputeSection(engine, announce, state, labels);
//   section.append(disputes.section);  disputes.refreshChoices();  disputes.drawResult();
import { h, uniqueId } from '../shared/dom.js';
import { text } from '../shared/i18n.js';
import { message } from '../shared/messages.js';
import { wordsOf } from '../shared/labels.js';
import { openHtml } from './staff_tabs.js';
import { shown } from './shown_text.js';
import { valueLines } from '../shared/value_text.js';

// What has been loaded, kept across re-renders.

export function drawDisputeSection(engine, announce, state, labels) {
  let words = labels;
  const headingId = uniqueId('staff-disputes');
  const complaintSelect = h('select', { id: uniqueId('staff-complaint') });
  const answerSelect = h('select', { id: uniqueId('staff-answer') });
  complaintSelect.addEventListener('change', () => {
    state.complaintId = complaintSelect.value;
  });
  answerSelect.addEventListener('change', () => {
    state.answerId = answerSelect.value;
  });
  const status = h('p', { class: 'staff-status' }); /* spoken through announce() */
  const result = h('div', { class: 'staff-result' });
  const compareButton = h('button', { type: 'button', class: 'primary', onclick: compare }, message('staff.compare'));
  const printButton = h('button', { type: 'button', onclick: print }, message('staff.print'));

  const section = h(
    'section',
    { class: 'card', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, message('staff.disputes_heading')),
    h('p', { class: 'muted' }, message('staff.disputes_intro')),
    h(
      'div',
      { class: 'staff-choose' },
      h(
        'div',
        { class: 'field' },
        h('label', { for: complaintSelect.id }, message('staff.complaint')),
        complaintSelect,
      ),
      h('div', { class: 'field' }, h('label', { for: answerSelect.id }, message('staff.answer')), answerSelect),
    ),
    h('div', { class: 'actions' }, compareButton, printButton),
    status,
    result,
  );

  function refreshChoices() {
    fillChoices(state, complaintSelect, 'complaint', 'complaintId');
    fillChoices(state, answerSelect, 'answer', 'answerId');
  }

  function chosen() {
    const complaint = state.entries.find((entry) => String(entry.id) === state.complaintId);
    const answer = state.entries.find((entry) => String(entry.id) === state.answerId);
    if (complaint && answer) return { complaint, answer };
    status.textContent = message('staff.choose_both');
    return null;
  }

  async function compare() {
    const pair = chosen();
    if (!pair) return;
    status.textContent = message('staff.comparing');
    compareButton.disabled = true;
    try {
      const table = await engine.call('compareFilings', pair.complaint.text, pair.answer.text);
      // The words of the complaint's own version (a composed one carries its own), over labels.json's.
      const { case_type: caseType, version = '' } = table?.complaint?.case ?? {};
      words = caseType ? wordsOf(await engine.call('caseForm', caseType, 'complaint', version), labels) : labels;
      state.comparison = { complaint: pair.complaint.name, answer: pair.answer.name, table };
    } catch (error) {
      state.comparison = {
        complaint: pair.complaint.name,
        answer: pair.answer.name,
        table: { ok: false, diagnostics: [{ message: message('staff.engine_error', { reason: error.message }) }] },
      };
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
    const summary =
      comparison.table.ok === false
        ? message('staff.compare_failed')
        : message('staff.compared', comparison.table.counts ?? {});
    status.textContent = summary;
    result.replaceChildren(...comparisonView(comparison, words));
    return summary;
  }

  refreshChoices();
  drawResult();
  return { section, refreshChoices, drawResult };
}

function fillChoices(state, select, form, key) {
  const candidates = state.entries.filter((entry) => entry.text !== null && entry.verification?.case?.form === form);
  if (candidates.length === 1 && !candidates.some((entry) => String(entry.id) === state[key])) {
    state[key] = String(candidates[0].id);
  }
  if (!candidates.some((entry) => String(entry.id) === state[key])) state[key] = '';
  const placeholder = message(candidates.length ? 'staff.choose' : 'staff.none_loaded');
  select.replaceChildren(
    h('option', { value: '' }, placeholder),
    ...candidates.map((entry) =>
      h(
        'option',
        { value: String(entry.id) },
        entry.verification.ok ? entry.name : message('staff.failed_mark', { name: entry.name }),
      ),
    ),
  );
  select.value = state[key];
}

function comparisonView({ complaint, answer, table }, labels) {
  if (table.ok === false) {
    return [
      h(
        'div',
        { class: 'alert', role: 'alert' },
        h('p', {}, message('staff.compare_failed')),
        h(
          'ul',
          {},
          (table.diagnostics ?? []).map((d) => h('li', {}, text(d.message))),
        ),
      ),
    ];
  }
  const counts = table.counts ?? {};
  const parts = [h('p', {}, message('staff.pair', { complaint, answer }))];
  for (const [side, form] of [
    ['complaint', 'staff.complaint'],
    ['answer', 'staff.answer'],
  ]) {
    if (table[side] && table[side].ok === false) {
      parts.push(h('p', { class: 'notice' }, message('staff.unverified', { form: message(form) })));
    }
  }
  parts.push(
    h(
      'ul',
      { class: 'staff-counts', 'aria-label': message('staff.counts_label') },
      h('li', {}, h('span', { class: 'badge bad' }, message('staff.count_disputed', { n: counts.disputed ?? 0 }))),
      h('li', {}, h('span', { class: 'badge ok' }, message('staff.count_admitted', { n: counts.admitted ?? 0 }))),
      h('li', {}, h('span', { class: 'badge warn' }, message('staff.count_unanswered', { n: counts.unanswered ?? 0 }))),
      h('li', {}, h('span', { class: 'badge' }, message('staff.count_exemptions', { n: counts.exemptions ?? 0 }))),
    ),
  );
  parts.push(
    elementList(labels, 'disputed', 'staff.disputed', table.disputed, (item) => [
      h('strong', {}, message('staff.objection')),
      item.reasons ? [h('br', {}), shown(item.reasons)] : null,
    ]),
    elementList(labels, 'admitted', 'staff.admitted', table.admitted, () => message('staff.no_objection')),
    elementList(labels, 'unanswered', 'staff.unanswered', table.unanswered, () => message('staff.not_answered')),
    exemptionList(labels, table.exemptions),
  );
  return parts;
}

function elementList(labels, kind, headingCode, items = [], answerCell) {
  return rowList(kind, headingCode, items, ['staff.col_complaint', 'staff.col_answer'], (item) => [
    h('td', { class: 'staff-value' }, shown(valueLines(item.complaint, item.row, labels).join('\n'))),
    h('td', { class: 'staff-value' }, answerCell(item)),
  ]);
}

function exemptionList(labels, items = []) {
  return rowList('exemptions', 'staff.exemptions', items, ['staff.col_statement'], (item) => [
    h('td', { class: 'staff-value' }, shown(valueLines(item.statement, item.row, labels).join('\n'))),
  ]);
}

// rowList: a titled table of rows — number, the row's heading, then `cells(item)` under `columns`.
function rowList(kind, headingCode, items, columns, cells) {
  const headingId = uniqueId(`staff-${kind}`);
  const title = message(headingCode);
  const block = h(
    'section',
    { class: `staff-list staff-${kind}`, 'aria-labelledby': headingId },
    h('h3', { id: headingId }, `${title}${message('staff.count', { n: items.length })}`),
  );
  if (items.length === 0) {
    block.append(h('p', { class: 'muted' }, message('staff.none_in_list')));
    return block;
  }
  const rows = items.map((item, index) =>
    h('tr', { 'data-row': item.row }, h('td', {}, String(index + 1)), rowHeading(item), cells(item)),
  );
  block.append(scrollingTable(title, ['staff.col_number', 'staff.col_element', ...columns], rows));
  return block;
}

// rowHeading: the row's section and label as the table's row header, its id beneath.
function rowHeading(item) {
  return h(
    'th',
    { scope: 'row' },
    item.section ? h('span', { class: 'muted' }, text(item.section), ' · ') : null,
    text(item.label) || item.row,
    h('br', {}),
    h('span', { class: 'muted staff-row-id' }, item.row),
  );
}

function scrollingTable(caption, columns, rows) {
  return h(
    'div',
    { class: 'staff-scroll', role: 'region', tabindex: '0', 'aria-label': caption },
    h(
      'table',
      { class: 'data' },
      h('caption', { class: 'visually-hidden' }, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          columns.map((code) => h('th', { scope: 'col' }, message(code))),
        ),
      ),
      h('tbody', {}, rows),
    ),
  );
}
