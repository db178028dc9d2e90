// A page the engine made (a filing's document, a dispute table) as court staff
// open it: every bidi control and zero-width character in its text marked as
// the staff list marks it (shown_text.js), so the opened filing cannot show one
// name or ID number as another. Only this copy changes: the engine's bytes (the
// record of a published filing, and the litigant's print) stay as they are.
//
//   const html = markedPage(answer.html);   // the same page, each ⟦U+202E⟧ visible
import { hasInvisible } from '../shared/invisible_text.js';
import { shown } from './shown_text.js';

// The list's look (app.css .invisible-char), for a page that has no app.css.
const MARK_STYLE =
  'mark.invisible-char { background: #fff4e0; color: #7a4a00; font-family: monospace; font-size: 0.8em;' +
  ' border: 1px solid currentColor; border-radius: 2px; padding: 0 1px; unicode-bidi: isolate; }';

// Text that is not shown as text: a mark there would be code, not a badge.
const NOT_SHOWN = new Set(['STYLE', 'SCRIPT', 'TEMPLATE', 'NOSCRIPT']);

// markedPage: `html` with each invisible character of its text made a visible mark.
export function markedPage(html) {
  if (!hasInvisible(html)) return html; // nothing to mark: the engine's page as it came
  // DOMParser's document is inert: nothing in it runs or loads while it is read.
  const page = new DOMParser().parseFromString(html, 'text/html');
  const walker = page.createTreeWalker(page.documentElement, NodeFilter.SHOW_TEXT);
  const marked = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!NOT_SHOWN.has(node.parentNode.nodeName) && hasInvisible(node.data)) marked.push(node);
  }
  for (const node of marked) {
    const nodes = shown(node.data);
    // The title is plain text: its marks are their words (⟦U+202E⟧) alone.
    if (node.parentNode.nodeName === 'TITLE') node.data = nodes.map((part) => part.textContent ?? part).join('');
    else node.replaceWith(...nodes.map((part) => (typeof part === 'string' ? part : page.importNode(part, true))));
  }
  page.head.append(Object.assign(page.createElement('style'), { textContent: MARK_STYLE }));
  const doctype = page.doctype ? `<!DOCTYPE ${page.doctype.name}>\n` : '';
  return doctype + page.documentElement.outerHTML;
}
