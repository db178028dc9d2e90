// Opening the guided form of a draft (the route #/draft/<id>): the draft, its
// case form from the engine, the form's words and the party profiles loaded
// together; a draft that is not there, or a form the engine cannot give, is
// said instead. The form itself is form_view.js.
//
//   const close = await renderFormView(container, {engine, store, navigate, announce, draftId});
import { h } from '../shared/dom.js';
import { text } from '../shared/i18n.js';
import { message } from '../shared/messages.js';
import { loadLabels, wordsOf } from '../shared/labels.js';
import { FormView } from './form_view.js';

export async function renderFormView(container, { engine, store, navigate, announce, draftId }) {
  const draft = await store.getDraft(draftId);
  if (!draft) {
    container.replaceChildren(
      h('p', { class: 'alert', role: 'alert' }, message('form.not_found')),
      h('button', { type: 'button', onclick: () => navigate('#/') }, message('form.back')),
    );
    return null;
  }
  const [caseForm, publishedWords, profiles] = await Promise.all([
    engine.call('caseForm', draft.caseType, draft.form),
    loadLabels(),
    store.listProfiles(),
  ]);
  const labels = wordsOf(caseForm, publishedWords);
  if (!caseForm.ok) {
    container.replaceChildren(
      h(
        'p',
        { class: 'alert', role: 'alert' },
        message('form.cannot_open', { reason: (caseForm.diagnostics ?? []).map((d) => text(d.message)).join('；') }),
      ),
    );
    return null;
  }
  const view = new FormView({ container, engine, store, announce, draft, caseForm, labels, profiles });
  await view.open();
  return () => view.close();
}
