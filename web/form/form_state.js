// What the engine last said about the open form, kept up to date from its
// SessionUpdates: the open problems (by key), computed values, element states,
// the side each if/then/else took, and progress. The view reads it; only the
// engine writes it.
//
//   const state = new FormState();
//   state.apply(snapshot);  state.apply(update);
//   state.problems()  // errors first, then warnings and notes, each by location
import { thenApplies } from './schema_walk.js';

export class FormState {
  constructor() {
    this.diagnostics = new Map();
    this.computed = {};
    this.states = {};
    this.branches = {}; // element pointer → {if location → whether its then side applies}
    this.progress = { filled: 0, total: 0, sections: [] };
    this.valid = false;
  }

  reset() {
    this.diagnostics.clear();
    this.computed = {};
    this.states = {};
    this.branches = {};
  }

  // apply: the update taken in; returns the pointers of the elements on which an `if` is now drawn on its
  // other side (thenApplies).
  apply(update) {
    for (const key of update.removed ?? []) this.diagnostics.delete(key);
    for (const diagnostic of update.added ?? []) this.diagnostics.set(diagnostic.key, diagnostic);
    Object.assign(this.computed, update.computed ?? {});
    for (const [pointer, state] of Object.entries(update.states ?? {})) {
      if (state === null) delete this.states[pointer];
      else this.states[pointer] = state;
    }
    const turned = [];
    for (const [pointer, sides] of Object.entries(update.branches ?? {})) {
      if (turnsAnotherWay(this.branches[pointer], sides)) turned.push(pointer);
      if (sides === null) delete this.branches[pointer];
      else this.branches[pointer] = sides;
    }
    if (update.progress) this.progress = update.progress;
    this.valid = Boolean(update.valid);
    return turned;
  }

  // branch: whether the `then` side of the `if` at `ifLocation` applies to the element at `pointer`;
  // undefined when the engine has not applied it there (the element is not in the data).
  branch(pointer, ifLocation) {
    return this.branches[pointer]?.[ifLocation];
  }

  problems() {
    const rank = { error: 0, warning: 1, info: 2 };
    return [...this.diagnostics.values()].sort(
      (a, b) =>
        (rank[a.severity] ?? 3) - (rank[b.severity] ?? 3) || a.instanceLocation.localeCompare(b.instanceLocation),
    );
  }

  errorCount() {
    let count = 0;
    for (const diagnostic of this.diagnostics.values()) if (diagnostic.severity === 'error') count += 1;
    return count;
  }
}

function turnsAnotherWay(before, after) {
  const locations = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...locations].some((location) => thenApplies(before?.[location]) !== thenApplies(after?.[location]));
}
