// One verified file as a row of the court-staff table: its case, who sues
// whom with the claim total and court fee as filed, its digest — against the
// digest written in it and, once staff type it in, against the one recorded
// where the filing was received — the verdict, its errors, and its warnings
// apart, each with the element of the form it concerns.
//
// What a digest can say, and no more: the content is (or is not) the filing
// that digest identifies. Anyone can change a file and write the new digest
// into it, so only a digest recorded independently (on receipt, or in the
// paper copy's footer) tells that this file is the one handed in.
import { h } from '../shared/dom.js';
import { colon, formatFen, text } from '../shared/i18n.js';
import { MAX_FILE_MB } from '../storage/file_limit.js';
import { message } from '../shared/messages.js';
import { openHtml } from './staff_tabs.js';
import { shown } from './shown_text.js';

// The table's headings, in the order fileRow draws its cells.
export const COLUMN_CODES = [
  'staff.column_file',
  'staff.column_case',
  'staff.column_gist',
  'staff.column_digest',
  'staff.column_verdict',
  'staff.column_errors',
  'staff.column_warnings',
  'staff.column_actions',
];

const FORM_CODES = { complaint: 'staff.complaint', answer: 'staff.answer' };

// normalDigest: a typed digest without spaces, in lower case.
export function normalDigest(value) {
  return String(value ?? '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

// receivedVerdict: null (nothing typed), true (same as the file's content digest) or false.
export function receivedVerdict(entry) {
  const typed = normalDigest(entry.received);
  const computed = entry.verification?.digest?.computed;
  if (!typed || !computed) return null;
  return typed === computed;
}

export function fileRow(entry, { titles, engine, onReceived }) {
  const verification = entry.verification;
  return h(
    'tr',
    { 'data-entry': entry.id },
    h('th', { scope: 'row', class: 'staff-name' }, shown(entry.name)),
    h('td', {}, caseCell(verification?.case, titles)),
    h('td', { class: 'staff-gist' }, gistCell(verification?.summary)),
    h('td', { class: 'staff-digest' }, digestCell(entry, onReceived)),
    h('td', { class: 'staff-nowrap' }, verdictCell(entry)),
    h('td', { class: 'staff-problems-cell' }, problemsCell(entry)),
    h('td', { class: 'staff-warnings-cell' }, warningsCell(entry)),
    h(
      'td',
      {},
      entry.text !== null && verification?.case
        ? h(
            'button',
            {
              type: 'button',
              'aria-label': message('staff.view_label', { name: entry.name }),
              onclick: (event) => openHtml(() => engine.call('renderFilingHtml', entry.text), event.currentTarget),
            },
            message('staff.view'),
          )
        : null,
    ),
  );
}

function caseCell(filingCase, titles) {
  if (!filingCase) return h('span', { class: 'muted' }, '—');
  const { id, case_type: caseType, form, version } = filingCase;
  const title = titles.get(id);
  const formWords = Object.hasOwn(FORM_CODES, String(form)) ? message(FORM_CODES[form]) : form;
  const name = title
    ? text(title)
    : [caseType, formWords].filter((part) => part !== undefined && part !== null).join(' · ');
  return [
    name || String(id ?? '—'),
    h('br', {}),
    h('span', { class: 'muted' }, [id, version].filter((part) => part !== undefined && part !== null).join(' ')),
  ];
}

function gistCell(summary) {
  if (!summary) return h('span', { class: 'muted' }, '—');
  const names = (people) => (people ?? []).join(message('staff.list_separator')) || '？';
  return [
    shown(
      message('staff.versus', {
        plaintiffs: names(summary.parties?.plaintiffs),
        defendants: names(summary.parties?.defendants),
      }),
    ),
    Number.isInteger(summary.claim_total_fen)
      ? [h('br', {}), message('staff.total', { amount: formatFen(summary.claim_total_fen) })]
      : null,
    Number.isInteger(summary.court_fee_fen)
      ? [h('br', {}), message('staff.fee', { amount: formatFen(summary.court_fee_fen) })]
      : null,
  ];
}

function digestCell(entry, onReceived) {
  const digest = entry.verification?.digest;
  if (!digest || entry.verification.inputError) return h('span', { class: 'muted' }, '—');
  const own = digest.matches
    ? message('staff.digest_ok')
    : h('strong', {}, message(digest.recorded ? 'staff.digest_bad' : 'staff.digest_missing'));
  const inputId = `received-${entry.id}`;
  const input = h('input', {
    type: 'text',
    id: inputId,
    class: 'staff-received',
    value: entry.received ?? '',
    autocomplete: 'off',
    spellcheck: 'false',
    'data-received': entry.id,
  });
  input.addEventListener('change', () => onReceived(entry, input.value));
  const verdict = receivedVerdict(entry);
  return [
    h('span', { class: 'digest-own' }, own),
    h('br', {}),
    h('code', { class: 'staff-digest-value', title: digest.computed }, `${digest.computed.slice(0, 16)}…`),
    h('div', { class: 'field staff-received-field' }, h('label', { for: inputId }, message('staff.received')), input),
    verdict === null
      ? null
      : h(
          'span',
          { class: `received-verdict ${verdict ? 'ok' : 'bad'}` },
          message(verdict ? 'staff.received_same' : 'staff.received_differs'),
        ),
  ];
}

function verdictCell(entry) {
  if (entry.status === 'waiting') return h('span', { class: 'muted' }, message('staff.waiting'));
  if (entry.status === 'checking') return h('span', { class: 'muted' }, message('staff.checking'));
  if (entry.tooLarge) return h('span', { class: 'badge bad' }, message('staff.not_read'));
  if (entry.archive) return h('span', { class: 'badge bad' }, message('staff.not_a_filing'));
  if (receivedVerdict(entry) === false) return h('span', { class: 'badge bad' }, message('staff.not_received'));
  return entry.verification?.ok === true
    ? h('span', { class: 'badge ok' }, message('staff.passed'))
    : h('span', { class: 'badge bad' }, message('staff.failed'));
}

function problemsCell(entry) {
  if (entry.status !== 'done') return null;
  if (entry.tooLarge) return message('staff.too_large', { mb: MAX_FILE_MB });
  if (entry.archive) return message('staff.is_archive');
  if (entry.error) return message('staff.engine_error', { reason: entry.error });
  const problems = entry.verification?.summary?.problems ?? entry.verification?.problems ?? [];
  if (problems.length === 0) return h('span', { class: 'muted' }, message('staff.none'));
  return list(
    'staff-problems',
    message('staff.error_count', { n: problems.length }),
    entry.verification.inputError ? ` · ${message('staff.not_a_filing')}` : null,
    problems,
  );
}

function warningsCell(entry) {
  if (entry.status !== 'done' || !entry.verification?.summary) return null;
  const warnings = entry.verification.summary.warnings ?? [];
  if (warnings.length === 0) return h('span', { class: 'muted' }, message('staff.none'));
  return list('staff-warnings', message('staff.warning_count', { n: warnings.length }), null, warnings);
}

function list(kind, summary, extra, diagnostics) {
  return h(
    'details',
    { class: kind },
    h('summary', {}, summary, extra),
    h(
      'ul',
      {},
      diagnostics.map((d) =>
        h(
          'li',
          { class: `problem ${d.severity ?? 'error'}` },
          element(d.element),
          shown(text(d.message)),
          ' ',
          h(
            'span',
            { class: 'muted' },
            message('staff.at', { where: d.instanceLocation || message('staff.whole_file') }),
            d.code ? ` · ${d.code}` : null,
          ),
        ),
      ),
    ),
  );
}

// element: "诉讼请求 · 8. 标的总额：" before a problem, when the engine could tell.
function element(where) {
  if (!where?.label) return null;
  const name = `${where.number ? `${where.number}. ` : ''}${text(where.label)}`;
  return h('strong', { class: 'staff-element' }, where.section ? `${text(where.section)} · ${name}` : name, colon());
}
