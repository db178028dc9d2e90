// The guided form for one draft: the official template's sections and rows,
// one section at a time with an overview (or all on one page), each element
// with its label, plain-words help and the template's wording, problems next
// to it, computed amounts live, and the outputs at the end. Every change goes
// to the engine's FormSession (only what changed comes back) and is saved to
// the draft in IndexedDB at once, with where the person was. Its parts:
// drawing a row (form_rows.js), a change on its way to the engine
// (form_changes.js), the page brought in line with the engine's answer
// (form_refresh.js), saving (form_autosave.js), what is said when the draft
// is in danger (draft_safety.js, draft_tabs.js), taking the person to an
// element (form_places.js); opening it for a draft is form_page.js.
import { h } from '../shared/dom.js';
import { text, today } from '../shared/i18n.js';
import { message } from '../shared/messages.js';
import { SchemaWalker, pointerGet } from './schema_walk.js';
import { FieldRenderer } from './fields.js';
import { FormState } from './form_state.js';
import { problemPointer } from './problems_view.js';
import { complaintStatements } from './answer_context.js';
import { drawOutputs } from './form_outputs.js';
import { drawPager } from './form_overview.js';
import { Reveal } from './form_reveal.js';
import { watchLeaving } from './leaving.js';
import { partiesLine } from '../shared/parties.js';
import { drawRow, nodesAt } from './form_rows.js';
import { goToPointer, placeOf, rowOf, typingPlace } from './form_places.js';
import { change, redrawRow } from './form_changes.js';
import { announceProblems, refresh } from './form_refresh.js';
import { saveDraft, saveProfile } from './form_autosave.js';
import { DraftSafety } from './draft_safety.js';
import { watchTabs } from './draft_tabs.js';

const OUTPUT_SECTION = '__outputs';

export class FormView {
  constructor({ container, engine, store, announce, draft, caseForm, labels, profiles }) {
    Object.assign(this, { container, engine, store, announce, draft, caseForm, labels, profiles });
    this.instance = structuredClone(draft.instance ?? {});
    this.state = new FormState();
    this.walker = new SchemaWalker(caseForm.schema, caseForm.shared, (pointer, ifLocation) =>
      this.state.branch(pointer, ifLocation),
    );
    this.sections = caseForm.elements.sections;
    this.rows = this.sections.flatMap((section) => section.rows.map((row) => ({ ...row, section: section.id })));
    const place = draft.view ?? {}; // where the person was (issue #11: a reload returns there)
    const ids = [...this.sections.map((s) => s.id), OUTPUT_SECTION];
    this.current = ids.includes(place.section) ? place.section : this.sections[0].id;
    this.onePage = Boolean(place.onePage);
    this.focusPointer = place.pointer ?? null;
    this.reveal = new Reveal(draft.reveal);
    this.stash = structuredClone(draft.stash ?? {});
    this.help = null;
    this.queue = []; // [{pointer, valueText, startedAt}] waiting for the engine
    this.pumping = null;
    this.saving = Promise.resolve();
    this.statements = new Map();
    this.safety = new DraftSafety(this);
    this.onRestart = () =>
      this.reopen().then(() => {
        this.safety.engineRestarted();
        this.save();
      });
    this.onCleared = () => this.safety.cleared();
    this.onReconnected = () => {
      this.safety.reconnected();
      this.save();
    }; // the draft written back at once
    this.onUnavailable = (event) => this.safety.unavailable(event.error);
    this.outputSection = OUTPUT_SECTION;
  }

  async open() {
    this.engine.addEventListener('restart', this.onRestart);
    this.store.addEventListener('cleared', this.onCleared);
    this.store.addEventListener('reconnected', this.onReconnected);
    this.store.addEventListener('unavailable', this.onUnavailable);
    this.tabs = watchTabs(this.draft.id, () => this.safety.openElsewhere());
    if (this.draft.complaintFiling)
      this.statements = await complaintStatements(this.engine, this.draft.complaintFiling, this.labels);
    await this.reopen();
    this.returnToPlace();
    if (this.draft.recovered) {
      // a page closed before its last change was stored: store it now
      this.safety.recovered();
      this.save();
    }
  }

  async reopen() {
    const opened = await this.engine.call('open', this.draft.caseType, this.draft.form, JSON.stringify(this.instance));
    if (opened.session === null) {
      this.container.replaceChildren(
        h(
          'p',
          { class: 'alert', role: 'alert' },
          message('form.cannot_open', { reason: opened.diagnostics.map((d) => text(d.message)).join('；') }),
        ),
      );
      return;
    }
    this.session = opened.session;
    this.state.reset();
    this.state.apply(opened.snapshot);
    this.help = await this.engine.call('help', this.session, today()).catch(() => null);
    this.draw();
    performance.mark('yaosu:form-ready'); // the browser tests measure navigation → interactive form
  }

  async close() {
    this.engine.removeEventListener('restart', this.onRestart);
    this.store.removeEventListener('cleared', this.onCleared);
    this.store.removeEventListener('reconnected', this.onReconnected);
    this.store.removeEventListener('unavailable', this.onUnavailable);
    this.tabs?.close();
    this.leaving?.stop();
    await this.pumping;
    await this.saving;
    if (this.session) await this.engine.call('close', this.session).catch(() => {});
  }

  // ---- drawing -----------------------------------------------------------

  draw() {
    const typing = typingPlace(this.container); // drawn again (the engine restarted): typing goes on there
    this.fields = new FieldRenderer({
      walker: this.walker,
      labels: this.labels,
      profiles: this.profiles,
      onChange: (pointer, value, options) => this.change(pointer, value, options),
      read: (pointer) => structuredClone(pointerGet(this.instance, pointer)),
      saveProfile: (party) => this.saveProfile(party),
    });
    this.saveStatus = h('p', { class: 'save-status muted' }); // not a live region: it changes on every key
    this.overview = h('nav', { class: 'overview card', 'aria-label': message('form.sections') });
    this.summary = h('div', { class: 'summary-slot' });
    this.computedSlot = h('div', { class: 'computed-slot' });
    this.parties = h('p', { class: 'draft-parties' }, partiesLine(this.instance));
    this.body = h('div', { class: 'form-body' });
    this.shown = null; // nothing drawn yet in the side panels
    const modeToggle = h('input', { type: 'checkbox', id: 'one-page', checked: this.onePage });
    modeToggle.addEventListener('change', () => {
      this.onePage = modeToggle.checked;
      this.drawBody();
      this.save();
    });
    this.leaving = watchLeaving(this.body, (pointer) => this.left(pointer));
    this.body.addEventListener('focusin', (event) => {
      this.focusPointer = event.target?.dataset?.control ?? this.focusPointer;
    });
    this.container.replaceChildren(
      h(
        'div',
        { class: 'form-head' },
        h('h1', {}, text(this.caseForm.summary.title)),
        h('p', { class: 'muted draft-name' }, this.draft.name),
        this.parties,
        h('p', { class: 'mode' }, modeToggle, ' ', h('label', { for: 'one-page' }, message('form.one_page'))),
        this.saveStatus,
        this.safety.element,
      ),
      h(
        'div',
        { class: 'form-layout' },
        h('aside', { class: 'form-side' }, this.overview, this.computedSlot),
        h('div', { class: 'form-main' }, this.summary, this.body),
      ),
    );
    this.drawBody();
    typing?.resume(this.body);
  }

  drawBody() {
    const shown = this.onePage ? [...this.sections.map((s) => s.id), OUTPUT_SECTION] : [this.current];
    this.outputs = null;
    this.body.replaceChildren(
      ...shown.map((id) => (id === OUTPUT_SECTION ? this.drawOutputs() : this.drawSection(id))),
    );
    this.fieldIndex = null;
    if (!this.onePage) this.body.append(this.drawPager());
    this.refresh();
  }

  drawSection(id) {
    const section = this.sections.find((candidate) => candidate.id === id);
    return h(
      'section',
      { class: 'form-section', id: `section-${id}`, 'aria-labelledby': `heading-${id}` },
      h('h2', { id: `heading-${id}`, tabindex: '-1' }, text(section.label)),
      section.guidance
        ? h('p', { class: 'muted section-guidance' }, text(this.labels.guidance(section.guidance)))
        : null,
      section.rows.map((row) => this.drawRow(row)),
    );
  }

  drawRow(row) {
    return drawRow(this, row, nodesAt(this.walker, row.pointer));
  }

  drawOutputs() {
    this.outputs = drawOutputs({
      engine: this.engine,
      draft: this.draft,
      instance: () => this.instance,
      titleOf: () => text(this.caseForm.summary.title),
      errorCount: () => this.state.errorCount(),
      onAskForFiling: () => {
        if (this.reveal.showAll()) {
          this.refresh();
          this.save();
        }
      },
      save: () => this.save(),
      announce: this.announce,
    });
    return this.outputs.section;
  }

  drawPager() {
    const ids = [...this.sections.map((s) => s.id), OUTPUT_SECTION];
    return drawPager({ ids, current: this.current, outputs: OUTPUT_SECTION, goTo: (id) => this.goToSection(id) });
  }

  goToSection(id, focus = true) {
    this.current = id;
    if (!this.onePage) this.drawBody();
    if (focus) this.container.querySelector(`#section-${CSS.escape(id)} h2`)?.focus();
    this.save();
  }

  // returnToPlace: after a reload, the section and the element the person was at.
  returnToPlace() {
    const pointer = this.focusPointer;
    const control = pointer && this.body.querySelector(`[data-control="${CSS.escape(pointer)}"]`);
    if (control) {
      control.scrollIntoView({ block: 'center' });
      control.focus();
    } else if (this.draft.view) {
      this.container.querySelector(`#section-${CSS.escape(this.current)} h2`)?.focus();
    }
  }

  // ---- keeping the page in step with the engine (form_refresh.js) -------

  refresh() {
    refresh(this);
  }

  announceProblems() {
    announceProblems(this);
  }

  rowOf(pointer) {
    return rowOf(this.rows, pointer);
  }

  placeOf(diagnostic) {
    return placeOf(this, diagnostic);
  }

  goToProblem(diagnostic) {
    goToPointer(this, problemPointer(diagnostic), diagnostic);
  }

  goToPointer(pointer) {
    goToPointer(this, pointer);
  }

  // left: the person left the element at `pointer`: its missing/unfinished problems may show now.
  left(pointer) {
    if (!this.reveal.leave(pointer)) return;
    this.refresh();
    this.save();
  }

  // ---- changes (form_changes.js) -----------------------------------------

  change(pointer, value, options) {
    change(this, pointer, value, options);
  }

  redrawRow(pointer, focusLast) {
    redrawRow(this, pointer, focusLast);
  }

  save() {
    saveDraft(this);
  }

  saveProfile(party) {
    return saveProfile(this, party);
  }
}
