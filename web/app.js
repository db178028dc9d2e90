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

// viewModule: the module of the view an address shows, by area.
function viewModule(hash, draft) {
  if (hash.startsWith('#/staff')) return import('./staff/staff_view.js');
  if (hash.startsWith('#/batch')) return import('./batch/batch_view.js');
  if (draft) return import('./form/form_page.js');
  return import('./start/start_view.js');
}

async function route() {
  await closeCurrentView?.();
  closeCurrentView = null;
  const hash = location.hash || '#/';
  const draft = /^#\/draft\/([\w-]+)$/.exec(hash);
  const loading = viewModule(hash, draft); // fetched while the draft store opens
  loading.catch(() => {}); // awaited below, when the store allows a view
  const context = { engine, navigate, announce, store: null };
  for (const link of document.querySelectorAll('[data-nav]')) {
    const area = hash.startsWith('#/staff') ? 'staff' : hash.startsWith('#/batch') ? 'batch' : 'start';
    const current = link.dataset.nav === area;
    if (current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  try {
    context.store = await storePromise;
  } catch (error) {
    view.replaceChildren(
      h('p', { class: 'alert', role: 'alert' }, message('app.storage_failed', { reason: sayError(error) })),
    );
  }
  if (hash.startsWith('#/staff')) {
    const { renderStaffView } = await loading;
    closeCurrentView = await renderStaffView(view, context);
  } else if (hash.startsWith('#/batch')) {
    const { renderBatchView } = await loading;
    closeCurrentView = await renderBatchView(view, context);
  } else if (draft && context.store) {
    const { renderFormView } = await loading;
    closeCurrentView = await renderFormView(view, { ...context, draftId: draft[1] });
  } else if (context.store) {
    const { renderStartView } = await loading;
    closeCurrentView = await renderStartView(view, context);
  }
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
