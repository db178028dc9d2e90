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
import { h } from './dom.js';
import { colon, formatFen, text } from './i18n.js';
import { openHtml } from './staff_tabs.js';

const WORDS = {
  digestOk: { zh: '✓ 与文件所载摘要一致', en: '✓ matches the digest written in it' },
  digestBad: { zh: '✗ 与文件所载摘要不符', en: '✗ does not match the digest written in it' },
  digestMissing: { zh: '✗ 文件未载摘要', en: '✗ no digest written in it' },
  received: { zh: '收件时登记的摘要（或纸质件页脚所印）', en: 'Digest recorded on receipt (or printed on the paper copy)' },
  receivedSame: { zh: '✓ 与登记的摘要相同：就是收到的那份文书', en: '✓ same as the digest recorded: this is the filing received' },
  receivedDiffers: { zh: '✗ 与登记的摘要不同：不是收到的那份文书', en: '✗ differs from the digest recorded: not the filing received' },
  passed: { zh: '通过', en: 'Passed' },
  failed: { zh: '未通过', en: 'Failed' },
  notReceived: { zh: '与收件摘要不符', en: 'Not the filing received' },
  notRead: { zh: '未读取', en: 'Not read' },
  waiting: { zh: '等待核验', en: 'Waiting' },
  checking: { zh: '正在核验…', en: 'Checking…' },
  none: { zh: '无', en: 'None' },
  errorCount: { zh: '{n} 处错误', en: '{n} errors' },
  warningCount: { zh: '{n} 条提示', en: '{n} warnings' },
  at: { zh: '位置：{where}', en: 'at {where}' },
  wholeFile: { zh: '整份文书', en: 'the whole filing' },
  tooLarge: { zh: '文件超过 20 MB，未读取。', en: 'The file is larger than 20 MB and was not read.' },
  notAFiling: { zh: '不是文书文件', en: 'Not a filing' },
  engineError: { zh: '引擎出错：{reason}', en: 'The engine failed: {reason}' },
  view: { zh: '查看文书', en: 'View document' },
  viewLabel: { zh: '查看文书：{name}', en: 'View the document: {name}' },
  versus: { zh: '{plaintiffs} 诉 {defendants}', en: '{plaintiffs} v {defendants}' },
  total: { zh: '标的总额 {amount}', en: 'Amount in dispute {amount}' },
  fee: { zh: '受理费 {amount}', en: 'Court fee {amount}' },
  forms: { complaint: { zh: '起诉状', en: 'Complaint' }, answer: { zh: '答辩状', en: 'Answer' } },
};

// normalDigest: a typed digest without spaces, in lower case.
export function normalDigest(value) {
  return String(value ?? '').replace(/\s+/g, '').toLowerCase();
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
  return h('tr', { 'data-entry': entry.id },
    h('th', { scope: 'row', class: 'staff-name' }, entry.name),
    h('td', {}, caseCell(verification?.case, titles)),
    h('td', { class: 'staff-gist' }, gistCell(verification?.summary)),
    h('td', { class: 'staff-digest' }, digestCell(entry, onReceived)),
    h('td', { class: 'staff-nowrap' }, verdictCell(entry)),
    h('td', { class: 'staff-problems-cell' }, problemsCell(entry)),
    h('td', { class: 'staff-warnings-cell' }, warningsCell(entry)),
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
  return [name || String(id ?? '—'), h('br', {}),
    h('span', { class: 'muted' }, [id, version].filter((part) => part !== undefined && part !== null).join(' '))];
}

function gistCell(summary) {
  if (!summary) return h('span', { class: 'muted' }, '—');
  const names = (list) => (list ?? []).join(text({ zh: '、', en: ', ' })) || '？';
  return [text(WORDS.versus, { plaintiffs: names(summary.parties?.plaintiffs), defendants: names(summary.parties?.defendants) }),
    Number.isInteger(summary.claim_total_fen) ? [h('br', {}), text(WORDS.total, { amount: formatFen(summary.claim_total_fen) })] : null,
    Number.isInteger(summary.court_fee_fen) ? [h('br', {}), text(WORDS.fee, { amount: formatFen(summary.court_fee_fen) })] : null];
}

function digestCell(entry, onReceived) {
  const digest = entry.verification?.digest;
  if (!digest || entry.verification.inputError) return h('span', { class: 'muted' }, '—');
  const own = digest.matches ? text(WORDS.digestOk) : h('strong', {}, text(digest.recorded ? WORDS.digestBad : WORDS.digestMissing));
  const inputId = `received-${entry.id}`;
  const input = h('input', { type: 'text', id: inputId, class: 'staff-received', value: entry.received ?? '',
    autocomplete: 'off', spellcheck: 'false', 'data-received': entry.id });
  input.addEventListener('change', () => onReceived(entry, input.value));
  const verdict = receivedVerdict(entry);
  return [h('span', { class: 'digest-own' }, own), h('br', {}),
    h('code', { class: 'staff-digest-value', title: digest.computed }, `${digest.computed.slice(0, 16)}…`),
    h('div', { class: 'field staff-received-field' }, h('label', { for: inputId }, text(WORDS.received)), input),
    verdict === null ? null : h('span', { class: `received-verdict ${verdict ? 'ok' : 'bad'}` },
      text(verdict ? WORDS.receivedSame : WORDS.receivedDiffers))];
}

function verdictCell(entry) {
  if (entry.status === 'waiting') return h('span', { class: 'muted' }, text(WORDS.waiting));
  if (entry.status === 'checking') return h('span', { class: 'muted' }, text(WORDS.checking));
  if (entry.tooLarge) return h('span', { class: 'badge bad' }, text(WORDS.notRead));
  if (receivedVerdict(entry) === false) return h('span', { class: 'badge bad' }, text(WORDS.notReceived));
  return entry.verification?.ok === true
    ? h('span', { class: 'badge ok' }, text(WORDS.passed))
    : h('span', { class: 'badge bad' }, text(WORDS.failed));
}

function problemsCell(entry) {
  if (entry.status !== 'done') return null;
  if (entry.tooLarge) return text(WORDS.tooLarge);
  if (entry.error) return text(WORDS.engineError, { reason: entry.error });
  const problems = entry.verification?.summary?.problems ?? entry.verification?.problems ?? [];
  if (problems.length === 0) return h('span', { class: 'muted' }, text(WORDS.none));
  return list('staff-problems', text(WORDS.errorCount, { n: problems.length }),
    entry.verification.inputError ? ` · ${text(WORDS.notAFiling)}` : null, problems);
}

function warningsCell(entry) {
  if (entry.status !== 'done' || !entry.verification?.summary) return null;
  const warnings = entry.verification.summary.warnings ?? [];
  if (warnings.length === 0) return h('span', { class: 'muted' }, text(WORDS.none));
  return list('staff-warnings', text(WORDS.warningCount, { n: warnings.length }), null, warnings);
}

function list(kind, summary, extra, diagnostics) {
  return h('details', { class: kind },
    h('summary', {}, summary, extra),
    h('ul', {}, diagnostics.map((d) => h('li', { class: `problem ${d.severity ?? 'error'}` },
      element(d.element), text(d.message), ' ',
      h('span', { class: 'muted' },
        text(WORDS.at, { where: d.instanceLocation || text(WORDS.wholeFile) }), d.code ? ` · ${d.code}` : null)))));
}

// element: "诉讼请求 · 8. 标的总额：" before a problem, when the engine could tell.
function element(where) {
  if (!where?.label) return null;
  const name = `${where.number ? `${where.number}. ` : ''}${text(where.label)}`;
  return h('strong', { class: 'staff-element' }, where.section ? `${text(where.section)} · ${name}` : name, colon());
}
