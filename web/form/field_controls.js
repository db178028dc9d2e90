// The controls an element ends in — a choice (radio buttons, or a select when
// the options are many) and a box for text, a number or a date — each with the
// problems list it is described by, so problems show next to it. FieldRenderer
// (fields.js) decides which one an element gets and what its words are.
//
//   choiceControl({pointer, options, value, label, optionLabel, onChoose})
//   inputControl({schema, pointer, value, label, long, onInput})   // onInput(parseInput(text))
import { h, uniqueId } from '../shared/dom.js';
import { moneyUnit, text } from '../shared/i18n.js';
import { message } from '../shared/messages.js';

const MONEY_ID = /\/common\/money\.json$/;
const SHORT_CHOICE_LIMIT = 8;

export function choiceControl({ pointer, options, value, label, optionLabel, onChoose }) {
  const problems = problemsList(pointer);
  const describedBy = problems.id;
  if (options.length > SHORT_CHOICE_LIMIT) {
    const id = uniqueId('field');
    const select = h(
      'select',
      { id, 'aria-describedby': describedBy, 'data-control': pointer },
      h('option', { value: '' }, message('form.choice.choose')),
      options.map((option) => h('option', { value: String(option), selected: option === value }, optionLabel(option))),
    );
    select.addEventListener('change', () => {
      onChoose(options.find((option) => String(option) === select.value));
    });
    return h(
      'div',
      { class: 'field', 'data-pointer': pointer },
      h('label', { for: id }, text(label)),
      select,
      problems,
    );
  }
  const group = uniqueId('choice');
  const radios = options.map((option) => {
    const id = uniqueId('option');
    const input = h('input', {
      type: 'radio',
      id,
      name: group,
      value: String(option),
      checked: option === value,
      'aria-describedby': describedBy,
      'data-control': pointer,
    });
    input.addEventListener('change', () => onChoose(option));
    return h('span', { class: 'option' }, input, h('label', { for: id }, optionLabel(option)));
  });
  const clear =
    value === undefined
      ? null
      : h(
          'button',
          {
            type: 'button',
            class: 'link clear-choice',
            onclick: () => onChoose(undefined),
          },
          message('form.choice.clear'),
        );
  return h(
    'fieldset',
    { class: 'field choice', 'data-pointer': pointer, role: 'radiogroup' },
    h('legend', {}, text(label)),
    h('div', { class: 'options' }, radios, clear),
    problems,
  );
}

export function inputControl({ schema, pointer, value, label, long, onInput }) {
  const id = uniqueId('field');
  const problems = problemsList(pointer);
  const numeric = schema.type === 'number' || schema.type === 'integer';
  const money = MONEY_ID.test(schema.$id ?? '');
  const attributes = {
    id,
    'aria-describedby': problems.id,
    'data-control': pointer,
    value: value === undefined || value === null ? '' : String(value),
  };
  let control;
  if (long) control = h('textarea', { ...attributes, rows: 3 });
  else if (schema.format === 'date') control = h('input', { ...attributes, type: 'date' });
  else if (numeric) control = h('input', { ...attributes, type: 'text', inputmode: 'decimal', autocomplete: 'off' });
  else control = h('input', { ...attributes, type: 'text', autocomplete: 'off' });
  control.addEventListener('input', () => onInput(parseInput(control.value, numeric)));
  const unit = money ? moneyUnit() : null;
  return h(
    'div',
    { class: 'field', 'data-pointer': pointer },
    h('label', { for: id }, text(label)),
    h('div', { class: 'control' }, control, unit && h('span', { class: 'unit' }, unit)),
    problems,
  );
}

// parseInput: what a box's text means — nothing (removes the element), a
// number for a number field when it reads as one, otherwise the text itself
// (the engine then says what is wrong with it).
export function parseInput(raw, numeric) {
  const trimmed = numeric ? raw.trim().replace(/[,，\s]/g, '') : raw;
  if (trimmed === '') return undefined;
  if (numeric && /^-?\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  return trimmed;
}

// problemsList: the list a control's problems are shown in, found by its data-problems-for.
export function problemsList(pointer) {
  return h('ul', { class: 'problems', id: uniqueId('problems'), 'data-problems-for': pointer });
}
