// Elements that no longer apply — hidden or not applicable by the form's
// states (the agent's name after 无, 其他交付方式 after 转账), or asked for only by
// a branch the data is not in (外币名称 after 人民币) — leave the form data, so the
// filing never carries them; what was typed is kept aside in the draft and
// comes back when the choice changes back.
//
//   for (const { pointer, value } of reconcile(draft.stash, instance, states, dormant)) change(pointer, value);
import { pointerGet } from './schema_walk.js';

const AWAY = new Set(['hidden', 'not_applicable']);

// reconcile: the changes that put the form data in line with what applies,
// updating `stash` ({pointer: value}) as it goes.
export function reconcile(stash, instance, states, dormant) {
  const changes = [];
  const away = (pointer) => AWAY.has(states[pointer]) || dormant.has(pointer);
  const candidates = new Set([...Object.keys(states).filter((pointer) => AWAY.has(states[pointer])), ...dormant]);
  for (const pointer of candidates) {
    const value = pointerGet(instance, pointer);
    if (value === undefined) continue;
    stash[pointer] = value;
    changes.push({ pointer, value: undefined });
  }
  for (const [pointer, value] of Object.entries(stash)) {
    if (away(pointer) || candidates.has(pointer)) continue;
    const parent = pointer.slice(0, pointer.lastIndexOf('/'));
    delete stash[pointer];
    if (pointerGet(instance, pointer) !== undefined || (parent && pointerGet(instance, parent) === undefined)) continue;
    changes.push({ pointer, value });
  }
  return changes;
}
