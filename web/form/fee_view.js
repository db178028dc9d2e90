// The court fee as the engine works it out for the form (FormHelp.fee): on
// the total the form will file — and the panel says which total and which
// day — under each procedure with when it applies (ordinary: all; simplified:
// half; mediation or withdrawal: half), each with its steps in the page's
// language and the official texts behind it.
//
//   card.append(renderFee(help.fee, { nameOf, goTo, computedTotal }));
import { h } from '../shared/dom.js';
import { colon, formatDay, formatFen, getLanguage, text } from '../shared/i18n.js';

const WORDS = {
  heading: { zh: '案件受理费', en: 'Court acceptance fee' },
  entered: { zh: '按表格填写的标的总额 {amount}', en: 'On the amount in dispute entered in the form, {amount}' },
  computed: {
    zh: '按各项请求合计 {amount} 估算（标的总额尚未填写；文书按填写的标的总额计费）',
    en: 'Estimated on the claims added up, {amount} (the amount in dispute is not entered yet; the filing is charged on the amount entered)',
  },
  value: { zh: '按{label} {amount}', en: 'On {label}, {amount}' },
  noAmount: { zh: '不涉及财产金额', en: 'No amount of property involved' },
  onDay: { zh: '，按{date}的收费标准', en: ', on the schedule in force on {date}' },
  today: { zh: '（具状日期尚未填写，按今天计算）', en: ' (no date of signing yet: computed for today)' },
  differs: {
    zh: '各项请求合计 {computed}，与填写的标的总额 {entered}不一致；文书按填写的 {entered}计费，请核对。',
    en: 'The claims add up to {computed}, not the {entered} entered as the amount in dispute; the filing is charged on {entered}: please check.',
  },
  procedures: {
    ordinary: { zh: '普通程序', en: 'Ordinary procedure' },
    simplified: { zh: '简易程序', en: 'Simplified procedure' },
    mediation_or_withdrawal: { zh: '调解结案或撤诉', en: 'Closed by mediation, or withdrawn' },
  },
  filed: { zh: '（文书记录的受理费）', en: ' (the fee the filing records)' },
  how: { zh: '怎么算的', en: 'How was this computed' },
  sources: { zh: '依据', en: 'Sources' },
  prepay: {
    zh: '起诉时按法院的交费通知预交；适用哪种程序由法院决定。',
    en: 'You pay in advance as the court\'s payment notice says; the court decides which procedure applies.',
  },
  waiting: { zh: '尚不能计算：请先填写 ', en: 'Not yet: first fill in ' },
  declined: { zh: '按所填内容无法计算（例如以外币主张）。', en: 'Cannot be computed from what is entered (a claim in a foreign currency, say).' },
};

// renderFee: the fee block; `nameOf(pointer)` names an element, `goTo(pointer)` takes the person there.
export function renderFee(fee, { nameOf, goTo, computedTotal }) {
  const block = h('div', { class: 'computed-item fee', 'data-computed': 'court_fee' }, h('dt', {}, text(WORDS.heading)));
  if (!fee) return block;
  if (!fee.choices) {
    block.append(h('dd', {}, fee.declined ? h('span', { class: 'muted' }, text(WORDS.declined)) : waitingFor(fee.needs, nameOf, goTo)));
    return block;
  }
  const enteredTotal = fee.amount_source === 'entered' ? fee.amount_fen : undefined;
  const mismatch = Number.isInteger(computedTotal) && Number.isInteger(enteredTotal) && computedTotal !== enteredTotal;
  block.append(h('dd', {},
    h('p', { class: 'fee-basis' }, basisOf(fee),
      text(WORDS.onDay, { date: formatDay(fee.as_of) }), fee.as_of_given ? '' : text(WORDS.today)),
    mismatch ? h('p', { class: 'notice fee-mismatch' },
      text(WORDS.differs, { computed: formatFen(computedTotal), entered: formatFen(enteredTotal) })) : null,
    h('ul', { class: 'fee-choices' }, fee.choices.map((choice) => h('li', { 'data-procedure': choice.procedure },
      h('strong', {}, text(WORDS.procedures[choice.procedure]), colon(), formatFen(choice.fee.value)),
      choice.procedure === 'ordinary' && fee.court_fee === choice.fee.value ? text(WORDS.filed) : '',
      h('br', {}), h('span', { class: 'muted' }, text(choice.when)),
      steps(choice.fee)))),
    h('p', { class: 'muted' }, text(WORDS.prepay))));
  return block;
}

// basisOf: what the fee is charged on — the total entered, the claims added up, or (a divorce, say)
// the value the form computed for it, or no amount at all.
function basisOf(fee) {
  if (fee.amount_fen === null || fee.amount_fen === undefined) return text(WORDS.noAmount);
  const amount = formatFen(fee.amount_fen);
  if (fee.amount_source === 'computed_value') return text(WORDS.value, { label: text(fee.amount_label), amount });
  return text(fee.amount_source === 'entered' ? WORDS.entered : WORDS.computed, { amount });
}

// waitingFor: "尚不能计算：请先填写 标的总额、具状日期", each a link to its element.
export function waitingFor(pointers, nameOf, goTo) {
  const list = (pointers ?? []).filter((pointer) => nameOf(pointer));
  if (list.length === 0) return h('span', { class: 'muted' }, text({ zh: '（尚不能计算）', en: '(not yet computable)' }));
  return h('span', { class: 'muted waiting' }, text(WORDS.waiting),
    list.map((pointer, index) => [index ? text({ zh: '、', en: ', ' }) : '',
      h('button', { type: 'button', class: 'link', 'data-needs': pointer, onclick: () => goTo(pointer) }, nameOf(pointer))]));
}

function steps(calculation) {
  const lines = calculation.steps?.[getLanguage()] ?? [];
  const sources = calculation.sources ?? [];
  return h('details', { class: 'steps' },
    h('summary', {}, text(WORDS.how)),
    h('ol', {}, lines.map((step) => h('li', {}, step))),
    sources.length ? h('p', { class: 'muted sources' }, text(WORDS.sources), colon(),
      sources.map((source, index) => [index ? text({ zh: '；', en: '; ' }) : '', source.url
        ? h('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer' }, citation(source))
        : citation(source)])) : null);
}

function citation(source) {
  return [source.title, source.article].filter(Boolean).join(' ');
}
