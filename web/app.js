// The Yaosu app: one page, three views chosen by the address's hash —
//   #/                 start: choose a case type and form, or resume a draft (start_view.js)
//   #/draft/<id>       the guided form for one draft (form_view.js)
//   #/staff            court staff: verify filings, compare a complaint and its answer (staff_view.js)
//   #/batch            a table of cases filed at once, for institutions (batch/batch_view.js)
// The engine runs in a worker (engine.js); drafts live in IndexedDB (draft_store.js).
import { engine } from './engine/app_engine.js';
import { openStore } from './storage/draft_store.js';
import { getLanguage, setLanguage } from './shared/i18n.js';
import { message, sayError } from './shared/messages.js';
import { h } from './shared/dom.js';

const view = document.getElementById('view');
const storePromise = openStore();
let closeCurrentView = null;

// announce: a sentence for screen readers (the polite live region).
function announce(sentence) {
  const region = document.getElementById('announcer');
  region.textContent = '';
  setTimeout(() => {
    region.textContent = sentence;
  }, 50);
}

function navigate(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

// viewFor: the view an address shows — its area (the navigation link marked current), its module
// (fetched at once, while the draft store opens), whether it needs the store, and how it is drawn.
function viewFor(hash) {
  const draft = /^#\/draft\/([\w-]+)$/.exec(hash);
  if (hash.startsWith('#/staff'))
    return { area: 'staff', module: import('./staff/staff_view.js'), draw: (m, c) => m.renderStaffView(view, c) };
  if (hash.startsWith('#/batch'))
    return { area: 'batch', module: import('./batch/batch_view.js'), draw: (m, c) => m.renderBatchView(view, c) };
  if (draft) {
    const draw = (m, c) => m.renderFormView(view, { ...c, draftId: draft[1] });
    return { area: 'start', module: import('./form/form_page.js'), draw, needsStore: true };
  }
  return {
    area: 'start',
    module: import('./start/start_view.js'),
    draw: (m, c) => m.renderStartView(view, c),
    needsStore: true,
  };
}

async function route() {
  await closeCurrentView?.();
  closeCurrentView = null;
  const shown = viewFor(location.hash || '#/');
  shown.module.catch(() => {}); // awaited below, when the store allows the view
  const context = { engine, navigate, announce, store: null };
  for (const link of document.querySelectorAll('[data-nav]')) {
    if (link.dataset.nav === shown.area) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  try {
    context.store = await storePromise;
  } catch (error) {
    view.replaceChildren(
      h('p', { class: 'alert', role: 'alert' }, message('app.storage_failed', { reason: sayError(error) })),
    );
  }
  if (shown.needsStore && !context.store) return;
  closeCurrentView = await shown.draw(await shown.module, context);
}

function drawChrome() {
  document.title = message('app.title');
  document.getElementById('language').textContent = message('app.switch_language');
  document.getElementById('privacy').textContent = message('app.privacy');
}

document.getElementById('language').addEventListener('click', () => {
  setLanguage(getLanguage() === 'zh' ? 'en' : 'zh');
});
window.addEventListener('yaosu:language', () => {
  drawChrome();
  route();
});
window.addEventListener('hashchange', route);

engine.ready.then(
  (version) => {
    document.getElementById('version').textContent = version;
  },
  (error) => {
    view.replaceChildren(
      h('p', { class: 'alert', role: 'alert' }, message('app.engine_failed', { reason: error.message })),
    );
  },
);
document.documentElement.lang = getLanguage() === 'en' ? 'en' : 'zh-CN';
drawChrome();
route();

if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register('./sw.js').catch(() => {
    /* offline support is a bonus */
  });
}
