// The start page's "继续填写" section: the drafts kept in this browser, newest
// first, each with its parties, case, last save and progress, and open, rename
// (in place), export (a draft file, draft_file.js) and delete (after asking).
//
//   const drafts = drawDraftsSection(page);   // page: start_view.js's context
//   container.append(drafts.section);  await drafts.reload();  drafts.retitle();
import { download, h, uniqueId, visuallyHidden } from '../shared/dom.js';
import { formatDateTime } from '../shared/i18n.js';
import { exportDraftText, fileNameFor } from '../storage/draft_file.js';
import { message } from '../shared/messages.js';
import { partiesLine } from '../shared/parties.js';

export function drawDraftsSection(page) {
  const { store, navigate, status } = page;
  const state = { drafts: null, editing: null, confirming: null }; // draft id being renamed / confirming delete
  const headingId = uniqueId('drafts-heading');
  const body = h('div', {}, h('p', { class: 'muted' }, message('start.loading')));
  const sectionStatus = status.line();
  const section = h(
    'section',
    { 'aria-labelledby': headingId },
    h('h2', { id: headingId, tabindex: '-1' }, message('start.drafts_heading')),
    h('p', { class: 'muted' }, message('start.drafts_hint')),
    sectionStatus,
    body,
  );
  const say = (sentence) => status.report(sectionStatus, sentence);
  const fail = (failure) =>
    status.report(sectionStatus, message('start.action_failed', { reason: failure.message }), 'alert');

  async function reload() {
    try {
      state.drafts = await store.listDrafts();
      draw();
    } catch (error) {
      if (!page.closed())
        body.replaceChildren(
          h('p', { class: 'alert', role: 'alert' }, message('start.drafts_failed', { reason: error.message })),
        );
    }
  }

  // retitle: the case titles, once the case types are known.
  function retitle() {
    for (const span of body.querySelectorAll('.draft-case'))
      span.textContent = page.caseTitle(span.dataset.caseType, span.dataset.form);
  }

  function focusLater(selector) {
    body.querySelector(selector)?.focus();
  }

  function draw() {
    if (page.closed() || !state.drafts) return;
    if (!state.drafts.length) {
      body.replaceChildren(h('p', { class: 'muted start-empty' }, message('start.no_drafts')));
      return;
    }
    body.replaceChildren(h('ul', { class: 'draft-list' }, state.drafts.map(draftItem)));
  }

  function draftItem(draft) {
    const name = draft.name || message('start.unnamed');
    const progress =
      draft.progress && Number.isFinite(draft.progress.total) && draft.progress.total > 0
        ? message('start.progress', { filled: draft.progress.filled, total: draft.progress.total })
        : message('start.not_started');
    const item = h(
      'li',
      { class: 'card draft', 'data-id': draft.id },
      h('h3', { id: uniqueId('draft'), class: 'draft-name' }, name),
      partiesLine(draft.instance) ? h('p', { class: 'draft-parties' }, partiesLine(draft.instance)) : null,
      h(
        'p',
        { class: 'draft-meta' },
        h(
          'span',
          { class: 'draft-case', 'data-case-type': draft.caseType, 'data-form': draft.form },
          page.caseTitle(draft.caseType, draft.form),
        ),
        draft.complaintFiling ? [' ', h('span', { class: 'badge ok' }, message('start.with_complaint'))] : null,
      ),
      h(
        'p',
        { class: 'draft-meta muted' },
        h(
          'span',
          {},
          message('start.saved_at'),
          h('time', { datetime: draft.updatedAt }, formatDateTime(draft.updatedAt)),
        ),
        ' · ',
        h('span', { class: 'draft-progress' }, progress),
      ),
    );
    if (state.editing === draft.id) item.append(renameForm(draft, name));
    else if (state.confirming === draft.id) item.append(confirmDelete(draft, name));
    else item.append(actions(draft, name));
    return item;
  }

  function actions(draft, name) {
    const who = visuallyHidden(` ${message('start.draft_named', { name })}`);
    const button = (action, code, onclick, kind) =>
      h('button', { type: 'button', class: kind, 'data-action': action, onclick }, message(code), who.cloneNode(true));
    return h(
      'div',
      { class: 'actions' },
      button('open', 'start.open', () => navigate(`#/draft/${draft.id}`), 'primary'),
      button('rename', 'start.rename', () => {
        Object.assign(state, { editing: draft.id, confirming: null });
        draw();
        focusLater(`[data-id="${draft.id}"] input`);
      }),
      button('export', 'start.export', () => exportDraft(draft)),
      button(
        'delete',
        'start.delete',
        () => {
          Object.assign(state, { confirming: draft.id, editing: null });
          draw();
          focusLater(`[data-id="${draft.id}"] [data-action="cancel"]`);
        },
        'danger',
      ),
    );
  }

  function backToActions(draft, action) {
    Object.assign(state, { editing: null, confirming: null });
    draw();
    focusLater(`[data-id="${draft.id}"] [data-action="${action}"]`);
  }

  function renameForm(draft, name) {
    const inputId = uniqueId('rename');
    const errorId = uniqueId('rename-error');
    const error = h('p', { id: errorId, class: 'start-field-error', hidden: true });
    const input = h('input', {
      type: 'text',
      id: inputId,
      value: draft.name ?? '',
      maxlength: '200',
      autocomplete: 'off',
      'aria-describedby': errorId,
      onkeydown: (event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          save();
        }
        if (event.key === 'Escape') {
          event.preventDefault();
          backToActions(draft, 'rename');
        }
      },
    });
    async function save() {
      const next = input.value.trim();
      if (!next) {
        input.setAttribute('aria-invalid', 'true');
        error.hidden = false;
        error.textContent = message('start.name_empty');
        input.focus();
        return;
      }
      try {
        await store.renameDraft(draft.id, next);
        state.editing = null;
        await reload();
        say(message('start.renamed', { name: next })); // said once the list shows the new name
        focusLater(`[data-id="${draft.id}"] [data-action="rename"]`);
      } catch (failure) {
        fail(failure);
      }
    }
    return h(
      'div',
      { class: 'draft-rename' },
      h(
        'label',
        { for: inputId },
        message('start.new_name'),
        visuallyHidden(message('start.for_case', { name: message('start.draft_named', { name }) })),
      ),
      input,
      error,
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'primary', 'data-action': 'save', onclick: save }, message('start.save')),
        h(
          'button',
          { type: 'button', 'data-action': 'cancel', onclick: () => backToActions(draft, 'rename') },
          message('start.cancel'),
        ),
      ),
    );
  }

  function confirmDelete(draft, name) {
    const questionId = uniqueId('confirm');
    const remove = async () => {
      try {
        await store.deleteDraft(draft.id);
        state.confirming = null;
        say(message('start.deleted', { name }));
        await reload();
        document.getElementById(headingId)?.focus();
      } catch (failure) {
        fail(failure);
      }
    };
    return h(
      'div',
      { class: 'draft-confirm', role: 'group', 'aria-labelledby': questionId },
      h('p', { id: questionId, class: 'alert' }, message('start.confirm_delete', { name })),
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          { type: 'button', class: 'danger', 'data-action': 'confirm-delete', onclick: remove },
          message('start.confirm_delete_button'),
        ),
        h(
          'button',
          { type: 'button', 'data-action': 'cancel', onclick: () => backToActions(draft, 'delete') },
          message('start.cancel'),
        ),
      ),
    );
  }

  async function exportDraft(draft) {
    try {
      const current = (await store.getDraft(draft.id)) ?? draft;
      const fileName = fileNameFor(current);
      download(fileName, exportDraftText(current), 'application/json');
      say(message('start.exported', { file: fileName }));
    } catch (failure) {
      fail(failure);
    }
  }

  return { section, reload, retitle };
}
