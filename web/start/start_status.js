// The start page's status lines: one visible line per section, and the same
// sentence spoken through announce() (not a second live region). Nothing is
// written once the page has been left.
//
//   const status = startStatus(announce, () => closed);
//   const line = status.line();                      // put it in the section
//   status.report(line, message('start.renamed', { name }));           // a notice
//   status.report(line, [sentence, h('ul', {}, …)], 'alert');         // an alert with a list
import { h } from '../shared/dom.js';

export function startStatus(announce, isClosed) {
  return {
    line: () => h('p', { class: 'start-status' }),
    report(line, content, kind = 'notice') {
      if (isClosed()) return;
      line.className = `start-status ${kind}`;
      line.replaceChildren(...(Array.isArray(content) ? content : [content]));
      announce?.(line.textContent);
    },
  };
}
