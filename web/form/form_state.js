// What the engine last said about the open form, kept up to date from its
// SessionUpdates: the open problems (by key), computed values, element states
// and progress. The view reads it; only the engine writes it.
//
//   const state = new FormState();
//   state.apply(snapshot);  state.apply(update);
//   state.problems()  // errors first, then warnings and notes, each by location
export class FormState {
  constructor() {
    this.diagnostics = new Map();
    this.computed = {};
    this.states = {};
    this.progress = { filled: 0, total: 0, sections: [] };
    this.valid = false;
  }

  reset() {
    this.diagnostics.clear();
    this.computed = {};
    this.states = {};
  }

  apply(update) {
    for (const key of update.removed ?? []) this.diagnostics.delete(key);
    for (const diagnostic of update.added ?? []) this.diagnostics.set(diagnostic.key, diagnostic);
    Object.assign(this.computed, update.computed ?? {});
    for (const [pointer, state] of Object.entries(update.states ?? {})) {
      if (state === null) delete this.states[pointer];
      else this.states[pointer] = state;
    }
    if (update.progress) this.progress = update.progress;
    this.valid = Boolean(update.valid);
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
