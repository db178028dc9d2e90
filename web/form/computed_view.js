// The amounts and dates the engine computes (total claim, interest, limitation
// …), updated live, and the court fee (fee_view.js). Until the form is dated
// the figures are computed with today's date, and say so; a figure that still
// cannot be computed names the elements it waits for, each a link to it; less
// than six months left of the limitation period is a warning with its last day.
//
//   slot.replaceChildren(renderComputed(definitions, values, help, { nameOf, goTo }));
import { h } from '../shared/dom.js';
import { formatDay, formatFen, text } from '../shared/i18n.js';
import { message } from '../shared/messages.js';
import { renderFee, waitingFor } from './fee_view.js';

// The form's own court-fee values give way to the fee block, which says on which total and day.
const FEE_VALUES = new Set(['court_fee', 'court_fee_steps']);

// renderComputed: a card listing `definitions` ([{id, label, unit}]) with their `values`,
// completed by the engine's `help` (FormHelp) when it has answered.
export function renderComputed(definitions, values, help, { nameOf, goTo }) {
  const items = definitions
    .filter((definition) => definition.unit !== 'calculation' && !FEE_VALUES.has(definition.id))
    .map((definition) => {
      const today = help?.today_values && definition.id in help.today_values;
      const value = today ? help.today_values[definition.id] : values[definition.id];
      return h(
        'div',
        { class: 'computed-item', 'data-computed': definition.id },
        h('dt', {}, text(definition.label)),
        h(
          'dd',
          {},
          value === null || value === undefined
            ? waitingFor(help?.needs?.[definition.id], nameOf, goTo)
            : [
                formatValue(value, definition.unit),
                today ? h('span', { class: 'muted' }, message('form.computed.today')) : null,
              ],
          definition.id === 'limitation_ends' ? limitation(help?.limitation) : null,
        ),
      );
    });
  const fee = definitions.some((definition) => definition.id === 'court_fee')
    ? renderFee(help?.fee, { nameOf, goTo, computedTotal: values.total_claim })
    : null;
  return h(
    'section',
    { class: 'card computed', 'aria-labelledby': 'computed-heading' },
    h('h2', { id: 'computed-heading' }, message('form.computed.heading')),
    h('dl', {}, items, fee),
  );
}

export function formatValue(value, unit) {
  if (unit === 'fen' && typeof value === 'number') return h('strong', {}, formatFen(value));
  if (unit === 'percent' && typeof value === 'number') return h('strong', {}, `${value}%`);
  if (unit === 'date' && typeof value === 'string') return h('strong', {}, formatDay(value));
  if (unit === 'days' && typeof value === 'number') return h('strong', {}, message('form.computed.days', { n: value }));
  if (typeof value === 'object') return h('strong', {}, value.display ?? JSON.stringify(value));
  return h('strong', {}, String(value));
}

// limitation: the engine's warning when less than six months are left (or none are).
function limitation(notice) {
  if (!notice?.diagnostic) return null;
  return h(
    'p',
    { class: `notice limitation ${notice.passed ? 'bad' : 'warn'}`, 'data-days-left': String(notice.days_left) },
    text(notice.diagnostic.message),
  );
}
