// Turning the form into what is uploaded or printed: the filing (canonical
// JSON with its digest), the DOCX, and a print view (the engine's A4 page,
// opened in a new tab to print or save as PDF). A form with errors gets no
// filing; the caller is told how many errors stand in the way.
import { download } from './dom.js';

// localTimestamp: now as RFC 3339 with the device's offset, e.g. 2025-03-04T09:00:00+08:00.
export function localTimestamp(date = new Date()) {
  const pad = (n) => String(Math.abs(Math.trunc(n))).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:` +
    `${pad(date.getMinutes())}:${pad(date.getSeconds())}${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

// produce: {ok, text} (the filing) or {ok: false, diagnostics}.
export function produce(engine, draft, instance) {
  return engine.call('produceFiling', draft.caseType, draft.form, JSON.stringify(instance), localTimestamp());
}

export function fileStem(draft) {
  return (draft.name || 'yaosu').replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 80);
}

export async function downloadFiling(engine, draft, instance) {
  const filing = await produce(engine, draft, instance);
  if (filing.ok) download(`${fileStem(draft)}.filing.json`, filing.text, 'application/json');
  return filing;
}

export async function downloadDocx(engine, draft, instance) {
  const filing = await produce(engine, draft, instance);
  if (!filing.ok) return filing;
  const bytes = await engine.call('renderFilingDocx', filing.text);
  if (!bytes) return { ok: false, diagnostics: [] };
  download(`${fileStem(draft)}.docx`, bytes,
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  return filing;
}

// openPrintView: the A4 page in a new tab (window.open must be called before
// any await, or the browser treats it as a pop-up nobody asked for).
export async function openPrintView(engine, draft, instance) {
  const tab = window.open('', '_blank');
  const filing = await produce(engine, draft, instance);
  if (!filing.ok) {
    tab?.close();
    return filing;
  }
  const page = await engine.call('renderFilingHtml', filing.text);
  if (!page.ok) {
    tab?.close();
    return { ok: false, diagnostics: page.diagnostics ?? [] };
  }
  const url = URL.createObjectURL(new Blob([page.html], { type: 'text/html' }));
  if (tab) tab.location.href = url;
  else window.open(url, '_blank');
  setTimeout(() => URL.revokeObjectURL(url), 60000);
  return filing;
}
