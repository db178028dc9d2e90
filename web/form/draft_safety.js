// What the form says when the draft is in danger, and what it offers (issue
// #16, "never lose a draft"): a save that failed (the disk full, storage
// cleared by the browser, another tab having written newer values or deleted it), the
// engine restarted after a crash, the same draft open in another tab, what a
// closed page had not finished saving brought back. Each is said at once in an
// alert above the form, with a download of the draft file where saving here is
// not possible; what the person typed always stays on the page.
//
//   const safety = new DraftSafety(view);   // view: form_view.js's FormView
//   container.append(safety.element);
//   safety.saved(record);  safety.saveFailed(error);  safety.engineRestarted();
//   safety.cleared();  safety.reconnected();  safety.unavailable(error);   // the store's events
//   if (safety.blocked) …                  // another tab's newer values or deletion: never write over them
import { download, h } from '../shared/dom.js';
import { formatTime } from '../shared/i18n.js';
import { message, sayError } from '../shared/messages.js';
import { exportDraftText, fileNameFor } from '../storage/draft_file.js';

export class DraftSafety {
  constructor(view) {
    this.view = view;
    this.element = h('div', { class: 'draft-safety' });
    // What is said now: null, 'failed', 'quota', 'cleared', 'conflict', 'deleted', 'engine', 'elsewhere', 'recovered',
    // 'again'.
    this.state = null;
    this.blocked = false; // another tab has written newer values, or deleted the draft: this page saves no more
    this.said = null; // what say() last drew, so the same danger said again is not drawn again
  }

  // say: one alert, with its buttons; a new danger replaces the last one said.
  // The same danger said again (every failed save says it) leaves the alert as it is, so a click on
  // its button is never lost to a redraw.
  say(state, code, params = {}, { exportable = false, reloadable = false } = {}) {
    const said = JSON.stringify([state, code, params, exportable, reloadable]);
    if (this.state === state && this.said === said) return;
    this.said = said;
    this.state = state;
    const tone = ['engine', 'elsewhere', 'recovered'].includes(state) ? 'notice' : 'alert';
    this.element.replaceChildren(
      h(
        'div',
        { class: `${tone} draft-alert ${state}`, role: 'alert' },
        h('p', {}, message(code, params)),
        exportable || reloadable
          ? h(
              'p',
              { class: 'actions' },
              exportable
                ? h(
                    'button',
                    { type: 'button', class: 'primary export-draft', onclick: () => this.exportDraft() },
                    message('drafts.export'),
                  )
                : null,
              reloadable
                ? h(
                    'button',
                    { type: 'button', class: 'reload-draft', onclick: () => location.reload() },
                    message('drafts.reload'),
                  )
                : null,
            )
          : null,
      ),
    );
  }

  clear() {
    this.state = null;
    this.said = null;
    this.element.replaceChildren();
  }

  // saved: a save reached IndexedDB; a failure said before is over.
  saved(record) {
    const line = message('drafts.saved', { time: formatTime(record.updatedAt) });
    if (this.view.saveStatus.textContent !== line) this.view.saveStatus.textContent = line;
    if (['failed', 'quota', 'cleared'].includes(this.state)) {
      this.state = 'again';
      this.element.replaceChildren(
        h('p', { class: 'notice draft-alert again', role: 'status' }, message('drafts.saved_again')),
      );
    }
  }

  saveFailed(error) {
    if (this.blocked) return;
    if (error?.code === 'drafts.changed_elsewhere') {
      this.blocked = true;
      this.view.saveStatus.textContent = message('drafts.save_failed', {
        reason: message('drafts.changed_elsewhere_short'),
      });
      this.say('conflict', 'drafts.changed_elsewhere', {}, { exportable: true, reloadable: true });
      return;
    }
    if (error?.code === 'drafts.deleted_elsewhere') {
      this.blocked = true;
      this.view.saveStatus.textContent = message('drafts.save_failed', {
        reason: message('drafts.deleted_elsewhere_short'),
      });
      this.say('deleted', 'drafts.deleted_elsewhere', {}, { exportable: true });
      return;
    }
    this.view.saveStatus.textContent = message('drafts.save_failed', { reason: sayError(error) });
    if (this.clearing) return; // a write cut short by the clearing: it is asked again once the store is back
    if (isQuota(error)) this.say('quota', 'drafts.quota_full', {}, { exportable: true });
    else this.say('failed', 'drafts.save_failed_kept', { reason: sayError(error) }, { exportable: true });
  }

  // cleared: the browser deleted the database under the open form; the store opens it again.
  cleared() {
    this.clearing = true;
    this.say('cleared', 'drafts.cleared', {}, { exportable: true });
  }

  // reconnected: the store is open again (the view saves the draft at once);
  // unavailable: it could not be opened again, so only the draft file keeps it.
  reconnected() {
    this.clearing = false;
  }

  unavailable(error) {
    this.clearing = false;
    this.saveFailed(error);
  }

  engineRestarted() {
    if (this.blocked || ['quota', 'failed'].includes(this.state)) return; // a danger to the draft says more
    this.say('engine', 'drafts.engine_restarted');
  }

  openElsewhere() {
    if (this.blocked || this.state) return;
    this.say('elsewhere', 'drafts.open_elsewhere');
  }

  recovered() {
    if (!this.state) this.say('recovered', 'drafts.recovered');
  }

  exportDraft() {
    const view = this.view;
    const draft = { ...view.draft, instance: view.instance };
    const file = fileNameFor(draft);
    download(file, exportDraftText(draft), 'application/json');
    view.announce(message('drafts.exported', { file }));
  }
}

// isQuota: the browser refused the write for want of room.
function isQuota(error) {
  const name = error?.name ?? '';
  return name === 'QuotaExceededError' || /quota/i.test(String(error?.message ?? ''));
}
