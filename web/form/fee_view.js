// The court fee as the engine works it out for the form (FormHelp.fee): on
// the total the form will file — and the panel says which total and which
// day — under each procedure with when it applies (ordinary: all; simplified:
// half; mediation or withdrawal: half), each with its steps in the page's
// language and the official texts behind it.
//
//   card.append(renderFee(help.fee, { nameOf, goTo, computedTotal }));
import { h } from '../shared/dom.js';
import { colon, formatDay, formatFen, getLanguage, text } from '../shared/i18n.js';
import { message } from '../shared/messages.js';

// The words of each procedure the engine prices (FormHelp.fee.choices[].procedure).
const PROCEDURES = {
  ordinary: 'form.fee.ordinary',
  simplified: 'form.fee.simplified',
  mediation_or_withdrawal: 'form.fee.mediation_or_withdrawal',
};

// renderFee: the fee block; `nameOf(pointer)` names an element, `goTo(pointer)` takes the person there.
export function renderFee(fee, { nameOf, goTo, computedTotal }) {
  const block = h(
    'div',
    { class: 'computed-item fee', 'data-computed': 'court_fee' },
    h('dt', {}, message('form.fee.heading')),
  );
  if (!fee) return block;
  if (!fee.choices) {
    block.append(
      h(
        'dd',
        {},
        fee.declined
          ? h('span', { class: 'muted' }, message('form.fee.declined'))
          : waitingFor(fee.needs, nameOf, goTo),
      ),
    );
    return block;
  }
  const enteredTotal = fee.amount_source === 'entered' ? fee.amount_fen : undefined;
  const mismatch = Number.isInteger(computedTotal) && Number.isInteger(enteredTotal) && computedTotal !== enteredTotal;
  block.append(
    h(
      'dd',
      {},
      h(
        'p',
        { class: 'fee-basis' },
        basisOf(fee),
        message('form.fee.on_day', { date: formatDay(fee.as_of) }),
        fee.as_of_given ? '' : message('form.fee.today'),
      ),
      mismatch
        ? h(
            'p',
            { class: 'notice fee-mismatch' },
            message('form.fee.differs', { computed: formatFen(computedTotal), entered: formatFen(enteredTotal) }),
          )
        : null,
      h(
        'ul',
        { class: 'fee-choices' },
        fee.choices.map((choice) =>
          h(
            'li',
            { 'data-procedure': choice.procedure },
            h(
              'strong',
              {},
              message(PROCEDURES[choice.procedure] ?? choice.procedure),
              colon(),
              formatFen(choice.fee.value),
            ),
            choice.procedure === 'ordinary' && fee.court_fee === choice.fee.value ? message('form.fee.filed') : '',
            h('br', {}),
            h('span', { class: 'muted' }, text(choice.when)),
            steps(choice.fee),
          ),
        ),
      ),
      h('p', { class: 'muted' }, message('form.fee.prepay')),
    ),
  );
  return block;
}

// basisOf: what the fee is charged on — the total entered, the claims added up, or (a divorce, say)
// the value the form computed for it, or no amount at all.
function basisOf(fee) {
  if (fee.amount_fen === null || fee.amount_fen === undefined) return message('form.fee.no_amount');
  const amount = formatFen(fee.amount_fen);
  if (fee.amount_source === 'computed_value')
    return message('form.fee.value', { label: text(fee.amount_label), amount });
  return message(fee.amount_source === 'entered' ? 'form.fee.entered' : 'form.fee.computed', { amount });
}

// waitingFor: "尚不能计算：请先填写 标的总额、具状日期", each a link to its element.
export function waitingFor(pointers, nameOf, goTo) {
  const list = (pointers ?? []).filter((pointer) => nameOf(pointer));
  if (list.length === 0) return h('span', { class: 'muted' }, message('form.computed.not_yet'));
  return h(
    'span',
    { class: 'muted waiting' },
    message('form.computed.waiting'),
    list.map((pointer, index) => [
      index ? message('form.computed.names_separator') : '',
      h(
        'button',
        { type: 'button', class: 'link', 'data-needs': pointer, onclick: () => goTo(pointer) },
        nameOf(pointer),
      ),
    ]),
  );
}

function steps(calculation) {
  const lines = calculation.steps?.[getLanguage()] ?? [];
  const sources = calculation.sources ?? [];
  return h(
    'details',
    { class: 'steps' },
    h('summary', {}, message('form.fee.how')),
    h(
      'ol',
      {},
      lines.map((step) => h('li', {}, step)),
    ),
    sources.length
      ? h(
          'p',
          { class: 'muted sources' },
          message('form.fee.sources'),
          colon(),
          sources.map((source, index) => [
            index ? message('form.fee.sources_separator') : '',
            source.url
              ? h('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer' }, citation(source))
              : citation(source),
          ]),
        )
      : null,
  );
}

function citation(source) {
  return [source.title, source.article].filter(Boolean).join(' ');
}
