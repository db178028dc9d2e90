// Opening a page the engine made (a filing's document, a dispute table) in a
// new tab through a Blob URL: the tab is opened inside the click, so no
// pop-up blocker stops it, then filled; if it was blocked anyway, a link
// beside the button opens it.
import { h } from '../shared/dom.js';
import { text } from '../shared/i18n.js';
import { message } from '../shared/messages.js';
import { markedPage } from './marked_page.js';

const URL_LIFETIME_MS = 60000;

// openHtml: shows the page `produce` answers in a new tab through a Blob URL,
// its hidden characters marked for staff (marked_page.js). The tab is opened
// inside the click (no popup blocker), then filled.
export async function openHtml(produce, button) {
  const tab = window.open('', '_blank');
  const note = button.parentElement;
  note.querySelector('.staff-open-note')?.remove();
  button.disabled = true;
  try {
    const answer = await produce();
    if (!answer?.ok) {
      const reasons = (answer?.diagnostics ?? []).map((d) => text(d.message)).join('；');
      throw new Error(reasons || '—');
    }
    const url = URL.createObjectURL(new Blob([markedPage(answer.html)], { type: 'text/html' }));
    setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS);
    if (tab && !tab.closed) {
      tab.opener = null;
      tab.location.href = url;
    } else {
      note.append(
        h(
          'span',
          { class: 'staff-open-note' },
          ' ',
          message('staff.popup_blocked'),
          ' ',
          h('a', { href: url, target: '_blank', rel: 'noopener' }, message('staff.open_here')),
        ),
      );
    }
  } catch (error) {
    tab?.close();
    note.append(
      h(
        'span',
        { class: 'staff-open-note alert', role: 'alert' },
        message('staff.cannot_render', { reason: error.message }),
      ),
    );
  } finally {
    button.disabled = false;
  }
}
