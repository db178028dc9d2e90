// One template row of the guided form, and the small lookups the form view
// makes over its rows: the schema nodes of a pointer, every drawn element by
// pointer, an element's name in words, and the latency record the browser
// tests read.
import { h } from '../shared/dom.js';
import { colon, text } from '../shared/i18n.js';
import { message } from '../shared/messages.js';
import { pointerGet, pointerJoin, pointerTokens } from './schema_walk.js';

// drawRow: the row's heading, help, the template's wording (a quote, in
// Chinese) and legal basis, what the complaint says (for an answer), and its fields.
export function drawRow(view, row, rowNodes) {
  const value = pointerGet(view.instance, row.pointer);
  const headingId = `row-heading-${row.id}`;
  const statement = view.statements.get(row.answers_row);
  const basis = (row.legal_basis ?? [])
    .map((citation) => message('form.row.article', citation))
    .join(message('form.row.articles_separator'));
  return h(
    'section',
    { class: 'form-row', id: `row-${row.id}`, 'data-row': row.id, 'aria-labelledby': headingId },
    h('h3', { id: headingId }, row.number ? `${row.number}. ` : '', text(row.label)),
    row.help ? h('p', { class: 'help' }, text(row.help)) : null,
    row.guidance || basis
      ? h(
          'details',
          { class: 'guidance' },
          h('summary', {}, message('form.row.guidance')),
          row.guidance
            ? h(
                'p',
                {},
                message('form.row.template'),
                h('q', { lang: row.guidance.en ? null : 'zh-CN' }, text(row.guidance)),
              )
            : null,
          basis ? h('p', {}, message('form.row.basis'), basis) : null,
        )
      : null,
    statement
      ? h('div', { class: 'notice statement' }, h('strong', {}, message('form.row.complaint_says')), statement)
      : null,
    view.fields.row(row, rowNodes, value),
  );
}

// appliedState: the state each element shows, kept with the element itself: an
// element outlives the field index rebuilt after a row is drawn again.
const appliedState = new WeakMap();

// applyStates: hidden elements go, not-applicable ones are greyed and
// locked, required ones say so — only where the state moved since last time.
export function applyStates(fieldIndex, states) {
  for (const [pointer, field] of fieldIndex) {
    const state = states[pointer];
    if (appliedState.get(field.element) === state) continue;
    appliedState.set(field.element, state);
    field.element.hidden = state === 'hidden';
    field.element.classList.toggle('not-applicable', state === 'not_applicable');
    field.element.classList.toggle('required', state === 'required');
    for (const control of field.controls) {
      control.disabled = state === 'not_applicable';
      if (state === 'required') control.setAttribute('aria-required', 'true');
      else control.removeAttribute('aria-required');
    }
    if (field.legend) {
      field.legend.querySelector('.state-note')?.remove();
      const note =
        state === 'not_applicable' ? 'form.row.not_applicable' : state === 'required' ? 'form.row.required' : null;
      if (note) field.legend.append(h('span', { class: 'state-note' }, message(note)));
    }
  }
}

// nodesAt: the schema nodes that describe `pointer`, walking from the root
// (each if/then/else on the side the engine says applies on the way).
export function nodesAt(walker, pointer) {
  let nodes = [walker.root];
  let at = '';
  for (const token of pointerTokens(pointer)) {
    const view = walker.leaf(nodes, at);
    if (/^\d+$/.test(token) && view.items) nodes = [view.items];
    else nodes = view.properties.get(token) ?? [];
    at = pointerJoin(at, token);
  }
  return nodes;
}

// elementName: "8. 标的总额", or "签名：日期" for a field inside a row.
export function elementName(view, pointer) {
  const row = view.rowOf(pointer);
  if (!row) return null;
  const rowName = `${row.number ? `${row.number}. ` : ''}${text(row.label)}`;
  if (pointer === row.pointer) return rowName;
  const inside = pointer
    .slice(row.pointer.length + 1)
    .split('/')
    .filter((token) => !/^\d+$/.test(token));
  const name = inside[inside.length - 1];
  return `${rowName}${colon()}${text(view.labels.field(row.id, inside.join('/'), name))}`;
}

// indexFields: every drawn element by its pointer, with its own controls,
// label and problems list, found once per drawing instead of per keystroke.
export function indexFields(root) {
  const index = new Map();
  for (const element of root.querySelectorAll('[data-pointer]')) {
    const pointer = element.dataset.pointer;
    index.set(pointer, {
      element,
      controls: [...element.querySelectorAll(`[data-control="${CSS.escape(pointer)}"]`)],
      legend: element.querySelector(':scope > legend, :scope > label'),
      problems: element.querySelector(':scope > ul.problems'),
    });
  }
  return index;
}

// recordLatency: keystroke → the engine's answer in the page ('updates') and
// → the frame that shows it ('latencies'), in milliseconds, for the
// measurements the browser tests report (window.yaosuMetrics).
export function recordLatency(kind, milliseconds) {
  window.yaosuMetrics ??= { latencies: [], updates: [] };
  (window.yaosuMetrics[kind] ??= []).push(milliseconds);
}
