// The amounts and dates the engine computes (total claim, court fee, interest,
// limitation), updated live, each with "how was this computed" where the
// engine gives its steps and citations (a value of unit "calculation").
import { h } from './dom.js';
import { formatFen, text } from './i18n.js';

const WORDS = {
  heading: { zh: '自动计算', en: 'Computed for you' },
  none: { zh: '（尚不能计算：相关要素未填写）', en: '(not yet: the elements it needs are not filled in)' },
  how: { zh: '怎么算的', en: 'How was this computed' },
  sources: { zh: '依据', en: 'Sources' },
};

// renderComputed: a card listing `definitions` ([{id, label, unit}]) with their `values`.
export function renderComputed(definitions, values) {
  const items = definitions
    .filter((definition) => definition.unit !== 'calculation')
    .map((definition) => {
      const steps = definitions.find((other) => other.unit === 'calculation' && other.id === `${definition.id}_steps`);
      return h('div', { class: 'computed-item', 'data-computed': definition.id },
        h('dt', {}, text(definition.label)),
        h('dd', {}, formatValue(values[definition.id], definition.unit),
          steps ? renderSteps(values[steps.id]) : null));
    });
  return h('section', { class: 'card computed', 'aria-labelledby': 'computed-heading' },
    h('h2', { id: 'computed-heading' }, text(WORDS.heading)),
    h('dl', {}, items));
}

export function formatValue(value, unit) {
  if (value === null || value === undefined) return h('span', { class: 'muted' }, text(WORDS.none));
  if (unit === 'fen' && typeof value === 'number') return h('strong', {}, formatFen(value));
  if (unit === 'percent' && typeof value === 'number') return h('strong', {}, `${value}%`);
  if (typeof value === 'object') return h('strong', {}, value.display ?? JSON.stringify(value));
  return h('strong', {}, String(value));
}

function renderSteps(calculation) {
  if (!calculation || !Array.isArray(calculation.steps)) return null;
  return h('details', { class: 'steps' },
    h('summary', {}, text(WORDS.how)),
    h('ol', {}, calculation.steps.map((step) => h('li', {}, step))),
    calculation.citations?.length
      ? h('p', { class: 'muted' }, `${text(WORDS.sources)}：`, calculation.citations.join('；'))
      : null);
}
