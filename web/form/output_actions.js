// Turning the form into what is uploaded or printed. One "generate" makes one
// filing (canonical JSON with its digest and creation time); the JSON file,
// the DOCX and the print view are renderings of that very filing, so all
// three carry one digest and the paper copy matches the file uploaded. A form
// with errors gets no filing; the caller is told how many errors stand in the way.
//
//   const made = await generateFiling(engine, draft, instance); // {ok, filing: {text, digest, createdAt, instanceKey}}
//   downloadFiling(made.filing, stem);
//   await downloadDocx(engine, made.filing, stem);
//   await openPrintView(engine, made.filing);
import { download } from '../shared/dom.js';

// localTimestamp: now as RFC 3339 with the device's offset, e.g. 2025-03-04T09:00:00+08:00.
export function localTimestamp(date = new Date()) {
  const pad = (n) => String(Math.abs(Math.trunc(n))).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:` +
    `${pad(date.getMinutes())}:${pad(date.getSeconds())}${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}

// instanceKey: what a filing was made from, to tell whether the form changed since.
export function instanceKey(instance) {
  return JSON.stringify(instance ?? {});
}

// generateFiling: the one filing of the form as it stands: {ok: true, filing} or {ok: false, diagnostics}.
export async function generateFiling(engine, draft, instance) {
  const createdAt = localTimestamp();
  const made = await engine.call('produceFiling', draft.caseType, draft.form, JSON.stringify(instance), createdAt);
  if (!made.ok) return made;
  const digest = JSON.parse(made.text).digest?.value ?? '';
  return { ok: true, filing: { text: made.text, digest, createdAt, instanceKey: instanceKey(instance) } };
}

// isCurrent: whether `filing` was made from the form as it stands now.
export function isCurrent(filing, instance) {
  return Boolean(filing?.text) && filing.instanceKey === instanceKey(instance);
}

export function downloadFiling(filing, stem) {
  download(`${stem}.filing.json`, filing.text, 'application/json');
  return { ok: true };
}

export async function downloadDocx(engine, filing, stem) {
  const bytes = await engine.call('renderFilingDocx', filing.text);
  if (!bytes) return { ok: false, diagnostics: [] };
  download(`${stem}.docx`, bytes, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  return { ok: true };
}

// openPrintView: the A4 page in a new tab (window.open must be called before
// any await, or the browser treats it as a pop-up nobody asked for).
export async function openPrintView(engine, filing) {
  const tab = window.open('', '_blank');
  const page = await engine.call('renderFilingHtml', filing.text);
  if (!page.ok) {
    tab?.close();
    return { ok: false, diagnostics: page.diagnostics ?? [] };
  }
  const url = URL.createObjectURL(new Blob([page.html], { type: 'text/html' }));
  if (tab) tab.location.href = url;
  else window.open(url, '_blank');
  setTimeout(() => URL.revokeObjectURL(url), 60000);
  return { ok: true };
}
