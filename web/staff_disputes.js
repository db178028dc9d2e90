// The dispute table (争点表) of court-staff mode: choose a loaded complaint and
// the answer to it, and see element by element what the answer admits,
// disputes (with its reasons) and leaves unanswered, and the grounds for
// exemption it raises; print it in a new tab.
//
//   const disputes = drawDisputeSection(engine, announce, state, labels);
//   section.append(disputes.section);  disputes.refreshChoices();  disputes.drawResult();
import { h, uniqueId } from './dom.js';
import { text } from './i18n.js';
import { wordsOf } from './labels.js';
import { openHtml } from './staff_tabs.js';
import { valueLines } from './value_text.js';

const COUNT = { zh: '（{n}）', en: ' ({n})' };

const WORDS = {
  engineError: { zh: '引擎出错：{reason}', en: 'The engine failed: {reason}' },
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

export function drawDisputeSection(engine, announce, state, labels) {
  let words = labels;
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
    fillChoices(state, complaintSelect, 'complaint', 'complaintId');
    fillChoices(state, answerSelect, 'answer', 'answerId');
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
      // The words of that case type's current form (a composed one carries its own), over labels.json's.
      const caseType = table?.complaint?.case?.case_type;
      words = caseType ? wordsOf(await engine.call('caseForm', caseType, 'complaint'), labels) : labels;
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
  const placeholder = text(candidates.length ? WORDS.choose : WORDS.noneLoaded);
  select.replaceChildren(
    h('option', { value: '' }, placeholder),
    ...candidates.map((entry) => h('option', { value: String(entry.id) },
      entry.verification.ok ? entry.name : text(WORDS.failedMark, { name: entry.name }))));
  select.value = state[key];
}

function comparisonView({ complaint, answer, table }, labels) {
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
    elementList(labels, 'disputed', WORDS.disputed, table.disputed, (item) => [
      h('strong', {}, text(WORDS.objection)), item.reasons ? [h('br', {}), item.reasons] : null]),
    elementList(labels, 'admitted', WORDS.admitted, table.admitted, () => text(WORDS.noObjection)),
    elementList(labels, 'unanswered', WORDS.unanswered, table.unanswered, () => text(WORDS.notAnswered)),
    exemptionList(labels, table.exemptions));
  return parts;
}

function elementList(labels, kind, heading, items = [], answerCell) {
  const headingId = uniqueId(`staff-${kind}`);
  const block = h('section', { class: `staff-list staff-${kind}`, 'aria-labelledby': headingId },
    h('h3', { id: headingId }, `${text(heading)}${text(COUNT, { n: items.length })}`));
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

function exemptionList(labels, items = []) {
  const headingId = uniqueId('staff-exemptions');
  const block = h('section', { class: 'staff-list staff-exemptions', 'aria-labelledby': headingId },
    h('h3', { id: headingId }, `${text(WORDS.exemptions)}${text(COUNT, { n: items.length })}`));
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
