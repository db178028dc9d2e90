// Each change the person makes, on its way to the engine: the form data is
// changed at once, the change queued (a run of keystrokes in one box is sent
// as its last value), the engine's answers applied in order, then the help
// beside the checks asked for (FormHelp), and `data-settled` set on the view's
// container once everything is checked, drawn and saved. A row whose fields a
// change may alter (an entry added, a choice made) is drawn again once the
// engine has answered: it says which side of each if/then/else applies now
// (a row is drawn again too when an `if` in it turns the other way).
import { today } from '../shared/i18n.js';
import { pointerSet } from './schema_walk.js';
import { recordLatency } from './form_rows.js';
import { typingPlace } from './form_places.js';

// change: the element at `pointer` takes `value` (undefined removes it);
// `redraw` draws its row again once the engine has answered (a choice can
// change which fields apply, a list its entries).
export function change(view, pointer, value, { redraw = false, focusLast = false } = {}) {
  const startedAt = performance.now();
  view.instance = pointerSet(view.instance, pointer, value); // values come fresh from fields.js (read() copies)
  const valueText = value === undefined ? 'null' : JSON.stringify(value);
  const last = view.queue[view.queue.length - 1];
  if (last && last.pointer === pointer) {
    Object.assign(last, { valueText, redraw: last.redraw || redraw, focusLast: last.focusLast || focusLast });
  } else {
    view.queue.push({ pointer, valueText, startedAt, redraw, focusLast });
  }
  view.container.dataset.settled = 'false';
  view.save();
  view.pumping ??= pump(view).finally(() => {
    view.pumping = null;
    view.saving.then(() => {
      if (!view.pumping) view.container.dataset.settled = 'true';
    });
  });
}

async function pump(view) {
  const redraws = new Map(); // pointer → focusLast: rows to draw again once the queue is answered
  while (view.queue.length) {
    const { pointer, valueText, startedAt, redraw, focusLast } = view.queue.shift();
    let update;
    try {
      update = await view.engine.call('set', view.session, pointer, valueText);
    } catch {
      return; // the engine restarted; reopen() re-sends the whole form
    }
    const turned = view.state.apply(update);
    if (redraw) redraws.set(pointer, focusLast || redraws.get(pointer) === true);
    for (const changed of turned) if (!redraws.has(changed)) redraws.set(changed, false);
    if (view.queue.length) continue;
    redrawRows(view, redraws);
    redraws.clear();
    view.refresh();
    recordLatency('updates', performance.now() - startedAt); // the page holds the engine's answer
    requestAnimationFrame(() => recordLatency('latencies', performance.now() - startedAt)); // the frame that shows it
    view.announceProblems();
    const asked = performance.now();
    view.help = await view.engine.call('help', view.session, today()).catch(() => view.help);
    recordLatency('help', performance.now() - asked); // the figures beside the checks, asked once the queue is empty
    if (view.queue.length === 0) {
      view.refresh();
      view.save();
    }
  }
}

// redrawRows: each row holding one of the pointers (or lying under it: an
// if/then/else over a whole section) drawn again, once.
function redrawRows(view, redraws) {
  const rows = new Map(); // row pointer → focusLast
  for (const [pointer, focusLast] of redraws) {
    const holding = view.rowOf(pointer);
    const under = holding ? [holding] : view.rows.filter((row) => row.pointer.startsWith(`${pointer}/`));
    for (const row of under) rows.set(row.pointer, focusLast || rows.get(row.pointer) === true);
  }
  for (const [pointer, focusLast] of rows) view.redrawRow(pointer, focusLast);
}

// redrawRow: the row holding `pointer` drawn again, the focus kept where it was;
// the caller refreshes the page once (its field index is dropped here).
export function redrawRow(view, pointer, focusLast) {
  const row = view.rowOf(pointer);
  const element = row && view.body.querySelector(`[data-row="${CSS.escape(row.id)}"]`);
  if (!element) return;
  const typing = typingPlace(element); // the box typed in, when it is in this row
  const fresh = view.drawRow(row);
  element.replaceWith(fresh);
  view.fieldIndex = null;
  if (focusLast) {
    fresh
      .querySelector('.items > li:last-child input, .items > li:last-child select, .items > li:last-child textarea')
      ?.focus();
  } else if (typing && !typing.resume(fresh)) {
    fresh.querySelector('h3')?.focus(); // its box is gone: the row's heading keeps the focus in the row
  }
}
