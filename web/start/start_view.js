// The start page (#/): what the app does, a new complaint or answer for each
// case type (start_cases.js; an answer may start from the plaintiff's complaint
// filing, start_answer.js), the drafts saved in this browser (start_drafts.js)
// and importing draft files (start_import.js). app.js draws it again when the
// language changes.
//
//   const close = await renderStartView(container, { engine, store, navigate, announce });
import { h } from '../shared/dom.js';
import { formatDate, text } from '../shared/i18n.js';
import { message } from '../shared/messages.js';
import { startStatus } from './start_status.js';
import { drawCasesSection, formName } from './start_cases.js';
import { drawDraftsSection } from './start_drafts.js';
import { drawImportSection } from './start_import.js';

export async function renderStartView(container, { engine, store, navigate, announce }) {
  let closed = false;
  let cases = null; // CaseSummary[] once loaded

  // page: what the sections share — the engine and store, the case types once loaded, status lines.
  const page = {
    engine,
    store,
    navigate,
    announce,
    closed: () => closed,
    cases: () => cases,
    status: startStatus(announce, () => closed),
    // caseTitle: the form's title, or "<case type> · <form>" while the case types are not known.
    caseTitle(caseType, form) {
      const summary = cases?.find((item) => item.case_type === caseType && item.form === form);
      return summary ? text(summary.title) : `${caseType} · ${formName(form)}`;
    },
    create(summary, extra = {}) {
      return store.createDraft({
        caseType: summary.case_type,
        form: summary.form,
        name: `${text(summary.title)} ${formatDate(new Date())}`,
        ...extra,
      });
    },
  };

  const newSection = drawCasesSection(page);
  const drafts = drawDraftsSection(page);
  const imports = drawImportSection(page, { onImported: () => drafts.reload() });
  container.replaceChildren(
    h(
      'div',
      { class: 'start-view' },
      h('h1', {}, message('start.heading')),
      h('p', { class: 'start-intro' }, message('start.intro')),
      newSection.section,
      drafts.section,
      imports.section,
    ),
  );

  const casesLoaded = engine.call('cases').then(
    (list) => {
      cases = Array.isArray(list) ? list : [];
      if (closed) return;
      newSection.draw();
      drafts.retitle();
    },
    (error) => {
      if (!closed) newSection.draw(error);
    },
  );
  await Promise.all([drafts.reload(), casesLoaded]);

  return () => {
    closed = true;
  };
}
