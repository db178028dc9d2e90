// Where things are in the guided form: the row a pointer lies in, the place a
// problem is shown under (its row, or the section that asks for a missing
// part), and taking the person to an element — another section first if need be.
import { problemPointer, targetPointer } from './problems_view.js';
import { text } from '../shared/i18n.js';

// rowOf: the deepest row whose pointer is `pointer` or contains it.
export function rowOf(rows, pointer) {
  let best = null;
  for (const row of rows) {
    if (
      (pointer === row.pointer || pointer.startsWith(`${row.pointer}/`)) &&
      (!best || row.pointer.length > best.pointer.length)
    )
      best = row;
  }
  return best;
}

// placeOf: where a problem is, for the summary — its row, or for a whole
// missing part ("claims" left out) the section that asks for it.
export function placeOf(view, diagnostic) {
  const pointer = problemPointer(diagnostic);
  const row = rowOf(view.rows, pointer);
  if (row) return { label: `${row.number ? `${row.number}. ` : ''}${text(row.label)}`, section: row.section };
  const inside = view.rows.find((candidate) => candidate.pointer.startsWith(`${pointer}/`));
  const section = inside && view.sections.find((candidate) => candidate.id === inside.section);
  return section ? { label: text(section.label), section: section.id } : null;
}

// goToPointer: the element at `pointer` (or the nearest one drawn) focused,
// its section drawn first when the form shows one section at a time.
export function goToPointer(view, pointer, diagnostic = { instanceLocation: pointer }) {
  const section = placeOf(view, { instanceLocation: pointer })?.section;
  if (section && !view.onePage && view.current !== section) view.goToSection(section, false);
  const drawn = (candidate) => Boolean(view.body.querySelector(`[data-pointer="${CSS.escape(candidate)}"]`));
  const row = rowOf(view.rows, pointer);
  const target = targetPointer(diagnostic, drawn) ?? (row && drawn(row.pointer) ? row.pointer : null);
  const element = target === null ? null : view.body.querySelector(`[data-pointer="${CSS.escape(target)}"]`);
  const control = element?.querySelector('input, select, textarea, button') ?? element;
  control?.scrollIntoView({ block: 'center' });
  control?.focus();
}

// typingPlace: the box being typed in inside `container` (its element and the
// caret), or null; resume(root) puts the focus and caret back in the box drawn
// anew at that element, and says whether it found one — so a form or a row
// drawn again under the person's hands takes their next key where the last one went.
export function typingPlace(container) {
  const active = document.activeElement;
  const pointer = active?.dataset?.control;
  if (!pointer || !container.contains(active)) return null;
  const caret = typeof active.selectionStart === 'number' ? [active.selectionStart, active.selectionEnd] : null;
  return {
    resume(root) {
      const fresh = [...root.querySelectorAll('[data-control]')].find(
        (candidate) =>
          candidate.dataset.control === pointer && (active.type !== 'radio' || candidate.value === active.value),
      );
      if (!fresh) return false;
      fresh.focus();
      if (caret && typeof fresh.selectionStart === 'number') fresh.setSelectionRange(...caret);
      return true;
    },
  };
}
