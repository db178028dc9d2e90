// The form's overview: each section with how much of what it needs is
// filled and how many errors show there, the optional rows counted apart —
// so a form ready to file reads "必填 7/7", whatever the optional rows (第三人…).
//
//   drawOverview(nav, { sections, progress: help.progress, errors, current, onePage, goTo });
import { h } from '../shared/dom.js';
import { text } from '../shared/i18n.js';
import { message } from '../shared/messages.js';

// drawOverview: `progress` is FormHelp.progress (null until the engine answers);
// `errors` maps a section id to the errors shown in it.
export function drawOverview(nav, { sections, progress, errors, current, onePage, goTo, outputs }) {
  const bySection = new Map((progress?.sections ?? []).map((entry) => [entry.id, entry]));
  const link = (id, label, detail) =>
    h(
      'li',
      {},
      h(
        'button',
        {
          type: 'button',
          class: 'link',
          'aria-current': !onePage && current === id ? 'step' : null,
          onclick: () => goTo(id),
        },
        label,
      ),
      detail,
    );
  const needed = progress?.needed ?? { filled: 0, total: 0 };
  const optional = progress?.optional ?? { filled: 0, total: 0 };
  nav.replaceChildren(
    h('h2', {}, message('form.sections')),
    h(
      'p',
      { class: 'progress-line' },
      h('span', { class: 'progress-needed' }, message('form.needed', needed)),
      ' · ',
      h('span', { class: 'progress-optional muted' }, message('form.optional', optional)),
      needed.total > 0 && needed.filled === needed.total
        ? [' ', h('span', { class: 'badge ok' }, message('form.ready'))]
        : null,
      h('progress', { max: needed.total || 1, value: needed.filled, 'aria-hidden': 'true' }),
    ),
    h(
      'ol',
      {},
      sections.map((section) => {
        const entry = bySection.get(section.id);
        const count = errors.get(section.id) ?? 0;
        return link(
          section.id,
          text(section.label),
          h(
            'span',
            { class: 'muted' },
            ' ',
            [
              entry?.needed?.total ? message('form.needed', entry.needed) : '',
              entry?.optional?.total ? message('form.optional', entry.optional) : '',
            ]
              .filter(Boolean)
              .join(' · '),
            count ? h('span', { class: 'badge bad' }, message('form.section_errors', { n: count })) : null,
          ),
        );
      }),
      link(outputs, message('form.outputs.heading'), null),
    ),
  );
}

// drawPager: "previous" and "next" between the sections (one section at a time); the
// last step is the outputs (`outputs` is its id), named as such.
export function drawPager({ ids, current, outputs, goTo }) {
  const index = ids.indexOf(current);
  return h(
    'div',
    { class: 'actions pager' },
    index > 0 ? h('button', { type: 'button', onclick: () => goTo(ids[index - 1]) }, message('form.previous')) : null,
    index < ids.length - 1
      ? h(
          'button',
          { type: 'button', class: 'primary', onclick: () => goTo(ids[index + 1]) },
          ids[index + 1] === outputs ? message('form.outputs.heading') : message('form.next'),
        )
      : null,
  );
}
