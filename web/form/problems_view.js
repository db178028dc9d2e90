// Showing the engine's problems: next to the element they concern (its
// problems list, aria-invalid on its control) and in a summary that links to
// each one. A problem about a field that is not on screen (another section,
// or a field the form does not draw) goes to the nearest element that is.
import { h } from '../shared/dom.js';
import { colon, text } from '../shared/i18n.js';
import { message } from '../shared/messages.js';
import { pointerJoin } from './schema_walk.js';

// What each severity is called, beside a problem and as its badge.
const SEVERITIES = {
  error: 'form.problems.error',
  warning: 'form.problems.warning',
  info: 'form.problems.info',
};

const REQUIRED_CODES = new Set(['schema.required', 'schema.dependentRequired']);

// messageOf: the sentence for a person; a missing field gets plain words
// instead of its property name.
export function messageOf(diagnostic) {
  if (REQUIRED_CODES.has(diagnostic.code)) return message('form.problems.required');
  return text(diagnostic.message ?? diagnostic.code); // no message: the engine's code itself
}

// problemPointer: the element a problem is about — for a missing field, the
// field itself rather than the object that lacks it.
export function problemPointer(diagnostic) {
  const location = diagnostic.instanceLocation ?? '';
  const missing = diagnostic.params?.missing;
  return REQUIRED_CODES.has(diagnostic.code) && typeof missing === 'string' ? pointerJoin(location, missing) : location;
}

// targetPointer: where a problem belongs on screen — a missing field at the
// field itself, else its location, else the nearest drawn ancestor.
export function targetPointer(diagnostic, isDrawn) {
  const field = problemPointer(diagnostic);
  if (isDrawn(field)) return field;
  let pointer = diagnostic.instanceLocation ?? '';
  while (pointer !== '' && !isDrawn(pointer)) pointer = pointer.slice(0, pointer.lastIndexOf('/'));
  return isDrawn(pointer) ? pointer : null;
}

// shownIn: what each problems list shows (its signature), kept with the list
// itself: a list outlives the field index rebuilt after a row is drawn again.
const shownIn = new WeakMap();

// placeProblems: every problem next to its element (`fields`: pointer →
// {controls, problems list}, from the form view); lists whose problems did
// not change are left alone, so typing does not redraw the page.
export function placeProblems(fields, problems) {
  const byPointer = new Map();
  for (const diagnostic of problems) {
    const pointer = targetPointer(diagnostic, (candidate) => Boolean(fields.get(candidate)?.problems));
    if (pointer === null) continue;
    if (!byPointer.has(pointer)) byPointer.set(pointer, []);
    byPointer.get(pointer).push(diagnostic);
  }
  for (const [pointer, field] of fields) {
    if (!field.problems) continue;
    const here = byPointer.get(pointer) ?? [];
    const signature = here.map((d) => `${d.key}\u0000${messageOf(d)}`).join('\u0001');
    if (signature === (shownIn.get(field.problems) ?? '')) continue;
    shownIn.set(field.problems, signature);
    field.problems.replaceChildren(
      ...here.map((diagnostic) =>
        h(
          'li',
          { class: `problem ${diagnostic.severity}` },
          h('span', { class: 'visually-hidden' }, `${severityWord(diagnostic)}${colon()}`),
          messageOf(diagnostic),
        ),
      ),
    );
    const invalid = here.some((diagnostic) => diagnostic.severity === 'error');
    for (const control of field.controls) {
      if (invalid) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    }
  }
}

// renderSummary: the list of open problems, each with where it is
// (placeOf(diagnostic) → {label}) and a button that takes the user there.
export function renderSummary(problems, placeOf, goTo) {
  const items = problems.map((diagnostic) => {
    const where = placeOf(diagnostic)?.label ?? message('form.problems.whole_form');
    return h(
      'li',
      { class: `problem ${diagnostic.severity}` },
      h('span', { class: `badge ${diagnostic.severity === 'error' ? 'bad' : 'warn'}` }, severityWord(diagnostic)),
      ' ',
      h('strong', {}, where),
      colon(),
      messageOf(diagnostic),
      ' ',
      h('button', { type: 'button', class: 'link', onclick: () => goTo(diagnostic) }, message('form.problems.go_to')),
    );
  });
  return h(
    'section',
    { class: 'card problem-summary', 'aria-labelledby': 'problems-heading' },
    h('h2', { id: 'problems-heading' }, message('form.problems.heading', { n: problems.length })),
    items.length ? h('ul', {}, items) : h('p', { class: 'muted' }, message('form.problems.none')),
  );
}

// severityWord: "错误" / "提示" / "说明" (an unknown severity is called an error).
function severityWord(diagnostic) {
  return message(SEVERITIES[diagnostic.severity] ?? 'form.problems.error');
}
