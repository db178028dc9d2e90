// Bringing the form page in line with what the engine last said, touching only
// the parts whose content changed (a keystroke usually changes none): element
// states and problems beside their elements, the problem summary, computed
// figures and help, the sections overview with their errors, the parties line,
// the outputs section; then elements that no longer apply are put away
// (form_stash.js). Screen readers hear when the count of errors changes.
//
//   refresh(view);            // after the engine answered, or after a redraw
//   announceProblems(view);   // after a change has been checked
import { message } from '../shared/messages.js';
import { placeProblems, problemPointer, renderSummary } from './problems_view.js';
import { renderComputed } from './computed_view.js';
import { drawOverview } from './form_overview.js';
import { reconcile } from './form_stash.js';
import { partiesLine } from '../shared/parties.js';
import { applyStates, elementName, indexFields } from './form_rows.js';

// shownProblems: the problems shown now — one that only means "not filled in
// yet" waits until its element is left or the filing is asked for.
export function shownProblems(view) {
  return view.state.problems().filter((d) => view.reveal.shows(d, problemPointer(d)));
}

export function refresh(view) {
  view.fieldIndex ??= indexFields(view.body);
  applyStates(view.fieldIndex, view.state.states);
  const problems = shownProblems(view);
  placeProblems(view.fieldIndex, problems);
  const shown = view.shown ?? {};
  const problemsKey = problems.map((d) => d.key).join('\n');
  if (shown.problems !== problemsKey) {
    view.summary.replaceChildren(
      renderSummary(
        problems,
        (d) => view.placeOf(d),
        (d) => view.goToProblem(d),
      ),
    );
  }
  const computedKey = JSON.stringify([view.state.computed, view.help]);
  if (shown.computed !== computedKey) {
    view.computedSlot.replaceChildren(
      renderComputed(view.caseForm.computed ?? [], view.state.computed, view.help, {
        nameOf: (pointer) => elementName(view, pointer),
        goTo: (pointer) => view.goToPointer(pointer),
      }),
    );
  }
  const errors = new Map();
  for (const d of problems) {
    const section = d.severity === 'error' ? view.placeOf(d)?.section : null;
    if (section) errors.set(section, (errors.get(section) ?? 0) + 1);
  }
  const overviewKey = JSON.stringify([view.help?.progress, [...errors], view.current, view.onePage]);
  if (shown.overview !== overviewKey) {
    drawOverview(view.overview, {
      sections: view.sections,
      progress: view.help?.progress,
      errors,
      current: view.current,
      onePage: view.onePage,
      goTo: (id) => view.goToSection(id),
      outputs: view.outputSection,
    });
  }
  const parties = partiesLine(view.instance);
  if (view.parties.textContent !== parties) view.parties.textContent = parties;
  view.outputs?.refresh();
  view.shown = { problems: problemsKey, computed: computedKey, overview: overviewKey };
  putAway(view);
}

// putAway: elements that no longer apply leave the data (kept aside in the
// draft), and come back when they apply again (form_stash.js).
function putAway(view) {
  const changes = reconcile(view.stash, view.instance, view.state.states, view.fields.dormant);
  for (const { pointer, value } of changes) view.change(pointer, value, { redraw: true });
}

// announceProblems: tell screen readers when the count of errors changes (not on every key).
export function announceProblems(view) {
  const errors = shownProblems(view).filter((d) => d.severity === 'error').length;
  if (errors === view.lastAnnouncedErrors) return;
  view.lastAnnouncedErrors = errors;
  view.announce(errors ? message('form.problems.left', { n: errors }) : message('form.problems.no_errors'));
}
