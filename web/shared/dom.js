// A small helper for building DOM without innerHTML: user text only ever
// reaches the page as text nodes, so nothing a user types can become markup.
//
//   h('p', {class: 'hint', id: 'x-hint'}, '说明', h('span', {lang: 'en'}, 'Hint'))
//   h('button', {type: 'button', onclick: save}, t('save'))
//
// Attributes: `class`, `for`, aria-*/data-* and other attributes are set as
// attributes; `on<event>` adds a listener; boolean true sets an empty
// attribute, false/null/undefined leaves it out. Children: nodes, strings,
// numbers, arrays (flattened), null/false (skipped).
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'value' && 'value' in element) {
      element.value = value;
    } else if (name === 'checked' || name === 'disabled' || name === 'selected') {
      element[name] = Boolean(value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else if (child instanceof Node) parent.append(child);
    else parent.append(String(child));
  }
}

// uniqueId: a fresh id for label/aria wiring ("yaosu-7").
let counter = 0;
export function uniqueId(prefix = 'yaosu') {
  counter += 1;
  return `${prefix}-${counter}`;
}

// download: offer `data` (string or bytes) as a file, without any request.
export function download(fileName, data, mimeType) {
  const url = URL.createObjectURL(new Blob([data], { type: mimeType }));
  const link = h('a', { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// readFileText: the text of a File the user chose or dropped.
export function readFileText(file) {
  return file.text();
}

// visuallyHidden: words for screen readers only (e.g. which draft a button acts on).
export function visuallyHidden(words) {
  return h('span', { class: 'visually-hidden' }, words);
}
