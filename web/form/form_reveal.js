// Which problems to show now. A problem that only means "not filled in yet"
// (the engine marks it `incomplete`: missing, too short, an ID number still
// being typed) waits until the person has left that element, or asked for
// the filing; every other problem shows at once. Kept in the draft, so a
// reload shows what was shown before.
//
//   const reveal = new Reveal(draft.reveal);
//   reveal.leave('/plaintiffs/0/id_number');      // on focusout
//   problems.filter((d) => reveal.shows(d, problemPointer(d)));
export class Reveal {
  constructor({ left = [], all = false } = {}) {
    this.left = new Set(left);
    this.all = Boolean(all);
  }

  // leave: the person left the element at `pointer`; true when that is news.
  leave(pointer) {
    if (!pointer || this.left.has(pointer)) return false;
    this.left.add(pointer);
    return true;
  }

  // showAll: the person asked for the filing — every problem counts now.
  showAll() {
    const changed = !this.all;
    this.all = true;
    return changed;
  }

  // shows: whether `diagnostic`, about the element at `pointer`, is shown now.
  shows(diagnostic, pointer) {
    if (!diagnostic.incomplete || this.all) return true;
    for (const left of this.left) {
      if (left === pointer || left.startsWith(`${pointer}/`)) return true;
    }
    return false;
  }

  toJSON() {
    return { left: [...this.left], all: this.all };
  }
}
