// Showing the engine's problems: next to the element they concern (its
// problems list, aria-invalid on its control) and in a summary that links to
// each one. A problem about a field that is not on screen (another section,
// or a field the form does not draw) goes to the nearest element that is.
import { h } from '../shared/dom.js';
import { colon, text } from '../shared/i18n.js';
import { pointerJoin } from './schema_walk.js';

const WORDS = {
  required: { zh: '此项必填，请填写。', en: 'This is required; please fill it in.' },
  heading: { zh: '待处理的问题（{n}）', en: 'Open problems ({n})' },
  none: { zh: '没有发现问题。', en: 'No problems found.' },
  error: { zh: '错误', en: 'Error' },
  warning: { zh: '提示', en: 'Warning' },
  info: { zh: '说明', en: 'Note' },
  goTo: { zh: '前往', en: 'Go to' },
  whole: { zh: '整份表格', en: 'The whole form' },
};

const REQUIRED_CODES = new Set(['schema.required', 'schema.dependentRequired']);

// messageOf: the sentence for a person; a missing field gets plain words
// instead of its property name.
export function messageOf(diagnostic) {
  if (REQUIRED_CODES.has(diagnostic.code)) return text(WORDS.required);
  return text(diagnostic.message ?? { zh: diagnostic.code, en: diagnostic.code });
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
    if (signature === field.shown) continue;
    field.shown = signature;
    field.problems.replaceChildren(...here.map((diagnostic) => h('li', { class: `problem ${diagnostic.severity}` },
      h('span', { class: 'visually-hidden' }, `${text(WORDS[diagnostic.severity] ?? WORDS.error)}${colon()}`),
      messageOf(diagnostic))));
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
    const where = placeOf(diagnostic)?.label ?? text(WORDS.whole);
    return h('li', { class: `problem ${diagnostic.severity}` },
      h('span', { class: `badge ${diagnostic.severity === 'error' ? 'bad' : 'warn'}` }, text(WORDS[diagnostic.severity] ?? WORDS.error)),
      ' ', h('strong', {}, where), colon(), messageOf(diagnostic), ' ',
      h('button', { type: 'button', class: 'link', onclick: () => goTo(diagnostic) }, text(WORDS.goTo)));
  });
  return h('section', { class: 'card problem-summary', 'aria-labelledby': 'problems-heading' },
    h('h2', { id: 'problems-heading' }, text(WORDS.heading, { n: problems.length })),
    items.length ? h('ul', {}, items) : h('p', { class: 'muted' }, text(WORDS.none)));
}
