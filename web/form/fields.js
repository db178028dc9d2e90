// Drawing one element of a form from its schema: text and number boxes,
// dates, yes/no and choice buttons, groups of fields, and lists whose items
// can be added and removed (parties, evidence, payments). Every field carries
// data-pointer (its JSON Pointer in the form data), a label, and a problems
// list its control is described by, so problems can be shown next to it.
//
//   const fields = new FieldRenderer({walker, labels, onChange, profiles});
//   section.append(fields.row(row, rowNode, value));
//
// onChange(pointer, value, {redraw}) — value undefined removes the element;
// redraw asks for the row to be drawn again (a choice can change which
// fields apply).
import { h, uniqueId } from '../shared/dom.js';
import { text } from '../shared/i18n.js';
import { message } from '../shared/messages.js';
import { choiceControl, inputControl, problemsList } from './field_controls.js';
import { pointerJoin } from './schema_walk.js';

// What one item of a list is called, by the row's widget; other lists use the row's label.
const ITEM_CODES = {
  parties: 'form.list.party',
  evidence: 'form.list.evidence',
};

export class FieldRenderer {
  // read(pointer): the value as it stands now — a button drawn earlier must not
  // act on the data it was drawn with (the user has typed since).
  constructor({ walker, labels, onChange, read, profiles = [], saveProfile = null }) {
    this.dormant = new Set(); // pointers not drawn: only a branch the data is not in asks for them
    this.walker = walker;
    this.read = read;
    this.labels = labels;
    this.onChange = onChange;
    this.profiles = profiles;
    this.saveProfile = saveProfile;
  }

  // row: the fields of one template row; the row's own label is its heading,
  // so an object row shows its fields directly.
  row(row, nodes, value) {
    for (const pointer of this.dormant) if (pointer.startsWith(`${row.pointer}/`)) this.dormant.delete(pointer);
    this.rowId = row.id;
    this.rowPointer = row.pointer;
    this.rowWidget = row.widget;
    return this.field(nodes, row.pointer, lastToken(row.pointer), value, row.label, true);
  }

  field(nodes, pointer, name, value, label, isRow = false) {
    return this.fieldOf(this.walker.leaf(nodes, pointer), pointer, name, value, label, isRow);
  }

  // fieldOf: field() once the schema nodes at `pointer` are walked to their view.
  fieldOf(view, pointer, name, value, label, isRow = false) {
    const schema = view.schema;
    if ('const' in schema && !schema.enum) return null; // fixed by the branch, nothing to fill
    if (isObject(schema, view)) return this.group(view, pointer, value, label, isRow);
    if (view.prefixItems) return this.tuple(view, pointer, name, value, label);
    if (schema.type === 'array' || view.items) return this.list(view, pointer, value, label);
    if (schema.type === 'boolean') return this.choice(pointer, name, [true, false], value, label);
    if (Array.isArray(schema.enum)) return this.choice(pointer, name, schema.enum, value, label);
    return this.input(schema, pointer, value, label, isRow);
  }

  group(view, pointer, value, label, isRow) {
    const data = isPlainObject(value) ? value : {};
    const children = [];
    for (const [name, nodes] of view.properties) {
      if (view.dormant.has(name)) {
        this.dormant.add(pointerJoin(pointer, name));
        continue;
      }
      const childPointer = pointerJoin(pointer, name);
      const childView = this.walker.leaf(nodes, childPointer);
      const childLabel = this.labels.field(
        this.rowId,
        relativePath(this.rowPointer, childPointer),
        name,
        childView.schema,
      );
      const child = this.fieldOf(childView, childPointer, name, data[name], childLabel);
      if (child) children.push(child);
    }
    if (isRow) return h('div', { class: 'group', 'data-pointer': pointer }, children, problemsList(pointer));
    return h(
      'fieldset',
      { class: 'group', 'data-pointer': pointer },
      h('legend', {}, text(label)),
      children,
      problemsList(pointer),
    );
  }

  list(view, pointer, value, label) {
    const items = Array.isArray(value) ? value : [];
    const itemWord = ITEM_CODES[this.rowWidget] ? message(ITEM_CODES[this.rowWidget]) : text(label);
    const itemNodes = view.items ? [view.items] : [];
    const entries = items.map((item, index) => {
      const itemPointer = pointerJoin(pointer, index);
      const itemLabel = message('form.list.item', { what: itemWord, n: index + 1 });
      const body = this.field(itemNodes, itemPointer, String(index), item, itemLabel);
      const remove = h(
        'button',
        {
          type: 'button',
          class: 'danger remove-item',
          onclick: () =>
            this.onChange(
              pointer,
              this.currentList(pointer).filter((_, i) => i !== index),
              { redraw: true },
            ),
        },
        message('form.list.remove', { what: itemLabel }),
      );
      const extra =
        this.rowWidget === 'parties' && this.saveProfile
          ? h(
              'button',
              { type: 'button', onclick: () => this.saveProfile(this.read(itemPointer)) },
              message('form.profile.save'),
            )
          : null;
      return h('li', { class: 'item' }, body, h('div', { class: 'actions' }, remove, extra));
    });
    // The new entry is made on the click: a fresh object each time, and the schema read only when one is added.
    const parties = this.rowWidget === 'parties';
    const fresh = () => (parties ? this.freshParty(itemNodes) : {});
    const add = h(
      'button',
      {
        type: 'button',
        class: 'add-item',
        onclick: () =>
          this.onChange(pointer, [...this.currentList(pointer), fresh()], { redraw: true, focusLast: true }),
      },
      message('form.list.add', { what: itemWord }),
    );
    return h(
      'div',
      { class: 'list', 'data-pointer': pointer },
      h('ol', { class: 'items', 'aria-label': text(label) }, entries),
      h('div', { class: 'actions' }, add, this.profilePicker(pointer)),
      problemsList(pointer),
    );
  }

  // freshParty: a new party is a natural person, unless the list admits none (劳动争议纠纷's 被告,
  // the employer, and 物业服务合同纠纷's 原告 are organisations only) — then the kind it fixes.
  // The list's item is read on no side of its if/then/else (no element yet): only a kind the list itself
  // fixes counts.
  freshParty(itemNodes) {
    const person = { kind: 'natural_person' };
    const kinds = (this.walker.leaf(itemNodes, null).properties.get('kind') ?? [])
      .map((node) => this.walker.leaf([node], null).schema)
      .filter((schema) => 'const' in schema)
      .map((schema) => schema.const);
    return kinds.length > 0 && !kinds.includes(person.kind) ? { kind: kinds[0] } : person;
  }

  // tuple: a fixed list of statements (prefixItems), each answered in place;
  // the template's wording of each comes from the labels ("<row>/<index>").
  tuple(view, pointer, name, value, label) {
    const answers = Array.isArray(value) ? value : [];
    const base = relativePath(this.rowPointer, pointer);
    const entries = view.prefixItems.map((itemNode, index) => {
      const itemLabel = this.labels.field(this.rowId, base ? `${base}/${index}` : String(index), `${name}/${index}`, {
        title: `(${index + 1})`,
      });
      const item = this.walker.leaf([itemNode], pointerJoin(pointer, index)).schema;
      const options = item.type === 'boolean' ? [true, false] : (item.enum ?? []);
      const field = this.choice(
        pointerJoin(pointer, index),
        name,
        options,
        answers[index] ?? undefined,
        itemLabel,
        (chosen) => this.onChange(pointer, withAnswer(this.currentList(pointer), index, chosen), { redraw: true }),
      );
      return h('li', {}, field);
    });
    return h(
      'div',
      { class: 'tuple', 'data-pointer': pointer },
      h('ol', { class: 'items', 'aria-label': text(label) }, entries),
      problemsList(pointer),
    );
  }

  currentList(pointer) {
    const value = this.read(pointer);
    return Array.isArray(value) ? value : [];
  }

  profilePicker(pointer) {
    if (this.rowWidget !== 'parties' || this.profiles.length === 0) return null;
    const id = uniqueId('profile');
    const select = h(
      'select',
      { id },
      h('option', { value: '' }, message('form.choice.choose')),
      this.profiles.map((profile) => h('option', { value: profile.id }, profile.name)),
    );
    select.addEventListener('change', () => {
      const profile = this.profiles.find((candidate) => candidate.id === select.value);
      if (profile)
        this.onChange(pointer, [...this.currentList(pointer), structuredClone(profile.party)], {
          redraw: true,
          focusLast: true,
        });
    });
    return h('span', { class: 'profile-picker' }, h('label', { for: id }, message('form.profile.use')), ' ', select);
  }

  // choice: yes/no or one of an enum, each option in the case type's words.
  choice(
    pointer,
    name,
    options,
    value,
    label,
    onChoose = (chosen) => this.onChange(pointer, chosen, { redraw: true }),
  ) {
    const optionLabel = (option) =>
      text(this.labels.value(name, option, this.rowId, relativePath(this.rowPointer, pointer)));
    return choiceControl({ pointer, options, value, label, optionLabel, onChoose });
  }

  // input: a box for text, a number or a date; a long text (or a row drawn as one) gets a text area.
  input(schema, pointer, value, label, isRow = false) {
    const long =
      schema.type === 'string' && ((schema.maxLength ?? 0) > 300 || (isRow && this.rowWidget === 'textarea'));
    return inputControl({ schema, pointer, value, label, long, onInput: (typed) => this.onChange(pointer, typed) });
  }
}

// withAnswer: the statements' answers with answer `index` set (undefined clears
// it); earlier unanswered ones hold null so positions keep their meaning.
function withAnswer(answers, index, chosen) {
  const next = Array.from({ length: Math.max(answers.length, index + 1) }, (_, i) => answers[i] ?? null);
  next[index] = chosen === undefined ? null : chosen;
  while (next.length && next[next.length - 1] === null) next.pop();
  return next.length ? next : undefined;
}

function isObject(schema, view) {
  return schema.type === 'object' || (schema.type === undefined && view.properties.size > 0);
}

function isPlainObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lastToken(pointer) {
  return pointer.slice(pointer.lastIndexOf('/') + 1);
}

// relativePath: "delivery" for /facts/amount/delivery in row /facts/amount; indices dropped.
function relativePath(rowPointer, pointer) {
  return pointer
    .slice(rowPointer.length + 1)
    .split('/')
    .filter((token) => !/^\d+$/.test(token))
    .join('/');
}
