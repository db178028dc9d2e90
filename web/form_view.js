// The guided form for one draft: the official template's sections and rows,
// one section at a time with an overview (or all on one page), each element
// with its label, plain-words help and the template's wording, problems next
// to it as the user types, computed amounts live, and the outputs at the end.
// Every change goes to the engine's FormSession (only what changed comes
// back) and is saved to the draft in IndexedDB at once.
import { h } from './dom.js';
import { text } from './i18n.js';
import { SchemaWalker, pointerGet, pointerSet } from './schema_walk.js';
import { loadLabels, wordsOf } from './labels.js';
import { FieldRenderer } from './fields.js';
import { FormState } from './form_state.js';
import { placeProblems, problemPointer, renderSummary, targetPointer } from './problems_view.js';
import { renderComputed } from './computed_view.js';
import { downloadDocx, downloadFiling, openPrintView } from './output_actions.js';
import { complaintStatements } from './answer_context.js';

const WORDS = {
  notFound: { zh: '找不到这份草稿，可能已被删除。', en: 'This draft was not found; it may have been deleted.' },
  back: { zh: '返回首页', en: 'Back to start' },
  cannotOpen: { zh: '无法打开此表格：{reason}', en: 'This form cannot be opened: {reason}' },
  sections: { zh: '各部分', en: 'Sections' },
  onePage: { zh: '单页显示全部', en: 'Show all on one page' },
  previous: { zh: '上一部分', en: 'Previous section' },
  next: { zh: '下一部分', en: 'Next section' },
  finish: { zh: '完成与下载', en: 'Finish and download' },
  progress: { zh: '已填 {filled}/{total}', en: '{filled} of {total} filled' },
  errors: { zh: '{n} 处错误', en: '{n} errors' },
  saved: { zh: '已自动保存 {time}', en: 'Saved {time}' },
  saveFailed: { zh: '保存失败：{reason}', en: 'Saving failed: {reason}' },
  guidance: { zh: '模板原文与法律依据', en: 'Template wording and legal basis' },
  template: { zh: '模板：', en: 'Template: ' },
  basis: { zh: '法律依据：', en: 'Legal basis: ' },
  article: { zh: '《{law}》第{article}条', en: '{law}, art. {article}' },
  notApplicable: { zh: '（不适用）', en: '(does not apply)' },
  requiredMark: { zh: '（必填）', en: '(required)' },
  complaintSays: { zh: '起诉状所述：', en: 'The complaint says: ' },
  outputsHeading: { zh: '完成与下载', en: 'Finish and download' },
  outputsIntro: {
    zh: '没有错误后即可生成立案材料：立案文件（JSON，附校验码）供上传，Word 文书可编辑，打印预览可打印或另存为 PDF。',
    en: 'With no errors left you can produce the filing (JSON with its digest) to upload, a Word document to edit, and a print view to print or save as PDF.',
  },
  downloadFiling: { zh: '下载立案文件（JSON）', en: 'Download the filing (JSON)' },
  downloadDocx: { zh: '下载 Word 文书（DOCX）', en: 'Download Word (DOCX)' },
  printView: { zh: '打印预览（A4）', en: 'Print view (A4)' },
  blocked: { zh: '还有 {n} 处错误，改正后才能生成。', en: '{n} errors must be fixed first.' },
  done: { zh: '已生成：{what}', en: 'Produced: {what}' },
  problemsLeft: { zh: '还有 {n} 处问题', en: '{n} problems open' },
  noProblems: { zh: '没有错误了', en: 'No errors left' },
  profileSaved: { zh: '已保存常用当事人“{name}”', en: 'Saved the profile "{name}"' },
  unnamedParty: { zh: '未命名当事人', en: 'Unnamed party' },
};

const OUTPUT_SECTION = '__outputs';

export async function renderFormView(container, { engine, store, navigate, announce, draftId }) {
  const draft = await store.getDraft(draftId);
  if (!draft) {
    container.replaceChildren(h('p', { class: 'alert', role: 'alert' }, text(WORDS.notFound)),
      h('button', { type: 'button', onclick: () => navigate('#/') }, text(WORDS.back)));
    return null;
  }
  const [caseForm, publishedWords, profiles] = await Promise.all([
    engine.call('caseForm', draft.caseType, draft.form), loadLabels(), store.listProfiles()]);
  const labels = wordsOf(caseForm, publishedWords);
  if (!caseForm.ok) {
    container.replaceChildren(h('p', { class: 'alert', role: 'alert' },
      text(WORDS.cannotOpen, { reason: (caseForm.diagnostics ?? []).map((d) => text(d.message)).join('；') })));
    return null;
  }
  const view = new FormView({ container, engine, store, announce, draft, caseForm, labels, profiles });
  await view.open();
  return () => view.close();
}

class FormView {
  constructor({ container, engine, store, announce, draft, caseForm, labels, profiles }) {
    Object.assign(this, { container, engine, store, announce, draft, caseForm, labels, profiles });
    this.instance = structuredClone(draft.instance ?? {});
    this.walker = new SchemaWalker(caseForm.schema, caseForm.shared);
    this.state = new FormState();
    this.sections = caseForm.elements.sections;
    this.rows = this.sections.flatMap((section) => section.rows.map((row) => ({ ...row, section: section.id })));
    this.current = this.sections[0].id;
    this.onePage = false;
    this.queue = [];       // [{pointer, valueText, startedAt}] waiting for the engine
    this.pumping = null;
    this.saving = Promise.resolve();
    this.statements = new Map();
    this.onRestart = () => this.reopen();
  }

  async open() {
    this.engine.addEventListener('restart', this.onRestart);
    if (this.draft.complaintFiling) this.statements = await complaintStatements(this.engine, this.draft.complaintFiling, this.labels);
    await this.reopen();
  }

  async reopen() {
    const opened = await this.engine.call('open', this.draft.caseType, this.draft.form, JSON.stringify(this.instance));
    if (opened.session === null) {
      this.container.replaceChildren(h('p', { class: 'alert', role: 'alert' },
        text(WORDS.cannotOpen, { reason: opened.diagnostics.map((d) => text(d.message)).join('；') })));
      return;
    }
    this.session = opened.session;
    this.state.reset();
    this.state.apply(opened.snapshot);
    this.draw();
    performance.mark('yaosu:form-ready'); // the browser tests measure navigation → interactive form
  }

  async close() {
    this.engine.removeEventListener('restart', this.onRestart);
    await this.pumping;
    await this.saving;
    if (this.session) await this.engine.call('close', this.session).catch(() => {});
  }

  // ---- drawing -----------------------------------------------------------

  draw() {
    const fields = new FieldRenderer({
      walker: this.walker, labels: this.labels, profiles: this.profiles,
      onChange: (pointer, value, options) => this.change(pointer, value, options),
      read: (pointer) => structuredClone(pointerGet(this.instance, pointer)),
      saveProfile: (party) => this.saveProfile(party),
    });
    this.fields = fields;
    this.saveStatus = h('p', { class: 'save-status muted' }); // not a live region: it changes on every key
    this.overview = h('nav', { class: 'overview card', 'aria-label': text(WORDS.sections) });
    this.summary = h('div', { class: 'summary-slot' });
    this.computedSlot = h('div', { class: 'computed-slot' });
    this.body = h('div', { class: 'form-body' });
    this.shown = null; // nothing drawn yet in the side panels
    const modeToggle = h('input', { type: 'checkbox', id: 'one-page', checked: this.onePage });
    modeToggle.addEventListener('change', () => { this.onePage = modeToggle.checked; this.drawBody(); });
    this.container.replaceChildren(
      h('div', { class: 'form-head' },
        h('h1', {}, text(this.caseForm.summary.title)),
        h('p', { class: 'muted draft-name' }, this.draft.name),
        h('p', { class: 'mode' }, modeToggle, ' ', h('label', { for: 'one-page' }, text(WORDS.onePage))),
        this.saveStatus),
      h('div', { class: 'form-layout' },
        h('aside', { class: 'form-side' }, this.overview, this.computedSlot),
        h('div', { class: 'form-main' }, this.summary, this.body)));
    this.drawBody();
  }

  drawBody() {
    const shown = this.onePage ? [...this.sections.map((s) => s.id), OUTPUT_SECTION] : [this.current];
    this.body.replaceChildren(...shown.map((id) => (id === OUTPUT_SECTION ? this.drawOutputs() : this.drawSection(id))));
    this.fieldIndex = null;
    if (!this.onePage) this.body.append(this.drawPager());
    this.refresh();
  }

  drawSection(id) {
    const section = this.sections.find((candidate) => candidate.id === id);
    return h('section', { class: 'form-section', id: `section-${id}`, 'aria-labelledby': `heading-${id}` },
      h('h2', { id: `heading-${id}`, tabindex: '-1' }, text(section.label)),
      section.guidance ? h('p', { class: 'muted' }, text(section.guidance)) : null,
      section.rows.map((row) => this.drawRow(row)));
  }

  drawRow(row) {
    const value = pointerGet(this.instance, row.pointer);
    const nodes = [this.walker.root];
    const rowNodes = this.nodesAt(row.pointer, nodes);
    const headingId = `row-heading-${row.id}`;
    const statement = this.statements.get(row.answers_row);
    const basis = (row.legal_basis ?? []).map((citation) => text(WORDS.article, citation)).join('、');
    return h('section', { class: 'form-row', id: `row-${row.id}`, 'data-row': row.id, 'aria-labelledby': headingId },
      h('h3', { id: headingId }, row.number ? `${row.number}. ` : '', text(row.label)),
      row.help ? h('p', { class: 'help' }, text(row.help)) : null,
      row.guidance || basis ? h('details', { class: 'guidance' }, h('summary', {}, text(WORDS.guidance)),
        row.guidance ? h('p', {}, text(WORDS.template), text(row.guidance)) : null,
        basis ? h('p', {}, text(WORDS.basis), basis) : null) : null,
      statement ? h('div', { class: 'notice statement' }, h('strong', {}, text(WORDS.complaintSays)), statement) : null,
      this.fields.row(row, rowNodes, value));
  }

  // nodesAt: the schema nodes that describe `pointer`, walking from the root
  // through the data as it stands (so if/then/else branches follow the data).
  nodesAt(pointer, rootNodes) {
    let nodes = rootNodes;
    let value = this.instance;
    for (const token of pointer.slice(1).split('/')) {
      const view = this.walker.leaf(nodes, value);
      if (/^\d+$/.test(token) && view.items) nodes = [view.items];
      else nodes = view.properties.get(token) ?? [];
      value = value?.[token];
    }
    return nodes;
  }

  drawPager() {
    const ids = [...this.sections.map((s) => s.id), OUTPUT_SECTION];
    const index = ids.indexOf(this.current);
    return h('div', { class: 'actions pager' },
      index > 0 ? h('button', { type: 'button', onclick: () => this.goToSection(ids[index - 1]) }, text(WORDS.previous)) : null,
      index < ids.length - 1 ? h('button', { type: 'button', class: 'primary', onclick: () => this.goToSection(ids[index + 1]) },
        ids[index + 1] === OUTPUT_SECTION ? text(WORDS.finish) : text(WORDS.next)) : null);
  }

  drawOutputs() {
    this.outputStatus = h('p', { class: 'output-status' }); // spoken through announce()
    const run = (action, what) => async () => {
      const result = await action(this.engine, this.draft, this.instance);
      if (result.ok) this.outputStatus.textContent = text(WORDS.done, { what });
      else this.outputStatus.textContent = text(WORDS.blocked, { n: this.state.errorCount() || (result.diagnostics?.length ?? 0) });
      this.announce(this.outputStatus.textContent);
    };
    return h('section', { class: 'form-section outputs', id: `section-${OUTPUT_SECTION}`, 'aria-labelledby': 'heading-outputs' },
      h('h2', { id: 'heading-outputs', tabindex: '-1' }, text(WORDS.outputsHeading)),
      h('p', {}, text(WORDS.outputsIntro)),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'primary', id: 'download-filing', onclick: run(downloadFiling, text(WORDS.downloadFiling)) }, text(WORDS.downloadFiling)),
        h('button', { type: 'button', id: 'download-docx', onclick: run(downloadDocx, text(WORDS.downloadDocx)) }, text(WORDS.downloadDocx)),
        h('button', { type: 'button', id: 'print-view', onclick: run(openPrintView, text(WORDS.printView)) }, text(WORDS.printView))),
      this.outputStatus);
  }

  goToSection(id, focus = true) {
    this.current = id;
    if (!this.onePage) this.drawBody();
    if (focus) this.container.querySelector(`#section-${CSS.escape(id)} h2`)?.focus();
  }

  // ---- keeping the page in step with the engine ---------------------------

  // refresh: bring the page in line with the engine's state, touching only
  // the parts whose content changed (a keystroke usually changes none).
  refresh() {
    this.fieldIndex ??= indexFields(this.body);
    this.applyStates();
    const problems = this.state.problems();
    placeProblems(this.fieldIndex, problems);
    const shown = this.shown ?? {};
    const problemsKey = problems.map((d) => d.key).join('\n');
    if (shown.problems !== problemsKey) {
      this.summary.replaceChildren(renderSummary(problems, (d) => this.placeOf(d), (d) => this.goToProblem(d)));
    }
    const computedKey = JSON.stringify(this.state.computed);
    if (shown.computed !== computedKey) {
      this.computedSlot.replaceChildren(renderComputed(this.caseForm.computed ?? [], this.state.computed));
    }
    const overviewKey = JSON.stringify([this.state.progress, this.current, this.onePage]);
    if (shown.overview !== overviewKey) this.drawOverview();
    this.shown = { problems: problemsKey, computed: computedKey, overview: overviewKey };
  }

  // applyStates: hidden elements go, not-applicable ones are greyed and
  // locked, required ones say so — only where the state moved since last time.
  applyStates() {
    for (const [pointer, field] of this.fieldIndex) {
      const state = this.state.states[pointer];
      if (field.state === state) continue;
      field.state = state;
      field.element.hidden = state === 'hidden';
      field.element.classList.toggle('not-applicable', state === 'not_applicable');
      field.element.classList.toggle('required', state === 'required');
      for (const control of field.controls) {
        control.disabled = state === 'not_applicable';
        if (state === 'required') control.setAttribute('aria-required', 'true');
        else control.removeAttribute('aria-required');
      }
      if (field.legend) {
        field.legend.querySelector('.state-note')?.remove();
        const note = state === 'not_applicable' ? WORDS.notApplicable : state === 'required' ? WORDS.requiredMark : null;
        if (note) field.legend.append(h('span', { class: 'state-note' }, text(note)));
      }
    }
  }

  drawOverview() {
    const progress = this.state.progress;
    const bySection = new Map((progress.sections ?? []).map((entry) => [entry.id, entry]));
    const link = (id, label, detail) => h('li', {},
      h('button', { type: 'button', class: 'link', 'aria-current': !this.onePage && this.current === id ? 'step' : null,
        onclick: () => this.goToSection(id) }, label),
      detail);
    this.overview.replaceChildren(
      h('h2', {}, text(WORDS.sections)),
      h('p', { class: 'progress-line' }, text(WORDS.progress, progress),
        h('progress', { max: progress.total || 1, value: progress.filled, 'aria-hidden': 'true' })),
      h('ol', {}, this.sections.map((section) => {
        const entry = bySection.get(section.id);
        return link(section.id, text(section.label), entry ? h('span', { class: 'muted' }, ' ', text(WORDS.progress, entry),
          entry.errors ? h('span', { class: 'badge bad' }, text(WORDS.errors, { n: entry.errors })) : null) : null);
      }), link(OUTPUT_SECTION, text(WORDS.finish), null)));
  }

  rowOf(pointer) {
    let best = null;
    for (const row of this.rows) {
      if ((pointer === row.pointer || pointer.startsWith(`${row.pointer}/`)) && (!best || row.pointer.length > best.pointer.length)) best = row;
    }
    return best;
  }

  // placeOf: where a problem is, for the summary — its row, or for a whole
  // missing part ("claims" left out) the section that asks for it.
  placeOf(diagnostic) {
    const pointer = problemPointer(diagnostic);
    const row = this.rowOf(pointer);
    if (row) return { label: `${row.number ? `${row.number}. ` : ''}${text(row.label)}`, section: row.section };
    const inside = this.rows.find((candidate) => candidate.pointer.startsWith(`${pointer}/`));
    const section = inside && this.sections.find((candidate) => candidate.id === inside.section);
    return section ? { label: text(section.label), section: section.id } : null;
  }

  goToProblem(diagnostic) {
    const place = this.placeOf(diagnostic);
    if (place && !this.onePage && this.current !== place.section) this.goToSection(place.section, false);
    const drawn = (pointer) => Boolean(this.body.querySelector(`[data-pointer="${CSS.escape(pointer)}"]`));
    const pointer = targetPointer(diagnostic, drawn);
    const element = pointer === null ? null : this.body.querySelector(`[data-pointer="${CSS.escape(pointer)}"]`);
    const control = element?.querySelector('input, select, textarea, button') ?? element;
    control?.scrollIntoView({ block: 'center' });
    control?.focus();
  }

  // ---- changes ------------------------------------------------------------

  change(pointer, value, { redraw = false, focusLast = false } = {}) {
    const startedAt = performance.now();
    this.instance = pointerSet(this.instance, pointer, value); // values come fresh from fields.js (read() copies)
    const valueText = value === undefined ? 'null' : JSON.stringify(value);
    const last = this.queue[this.queue.length - 1];
    if (last && last.pointer === pointer) Object.assign(last, { valueText });
    else this.queue.push({ pointer, valueText, startedAt });
    if (redraw) this.redrawRow(pointer, focusLast);
    this.container.dataset.settled = 'false';
    this.save();
    this.pumping ??= this.pump().finally(() => {
      this.pumping = null;
      this.saving.then(() => { if (!this.pumping) this.container.dataset.settled = 'true'; });
    });
  }

  async pump() {
    while (this.queue.length) {
      const { pointer, valueText, startedAt } = this.queue.shift();
      let update;
      try {
        update = await this.engine.call('set', this.session, pointer, valueText);
      } catch {
        return; // the engine restarted; reopen() re-sends the whole form
      }
      this.state.apply(update);
      if (this.queue.length === 0) {
        this.refresh();
        recordLatency('updates', performance.now() - startedAt); // the page holds the engine's answer
        requestAnimationFrame(() => recordLatency('latencies', performance.now() - startedAt)); // the frame that shows it
        this.announceProblems();
      }
    }
  }

  redrawRow(pointer, focusLast) {
    const row = this.rowOf(pointer);
    const element = row && this.body.querySelector(`[data-row="${CSS.escape(row.id)}"]`);
    if (!element) return;
    const active = document.activeElement;
    const focusKey = active?.dataset?.control ? [active.dataset.control, active.value, active.type] : null;
    const fresh = this.drawRow(row);
    element.replaceWith(fresh);
    this.fieldIndex = null;
    this.refresh();
    if (focusLast) {
      fresh.querySelector('.items > li:last-child input, .items > li:last-child select, .items > li:last-child textarea')?.focus();
    } else if (focusKey) {
      const [control, value, type] = focusKey;
      const candidates = [...fresh.querySelectorAll(`[data-control="${CSS.escape(control)}"]`)];
      (candidates.find((c) => type !== 'radio' || c.value === value) ?? fresh.querySelector('h3'))?.focus();
    }
  }

  save() {
    const snapshot = { ...this.draft, instance: this.instance, // the store copies it at once
      progress: { filled: this.state.progress.filled, total: this.state.progress.total } };
    this.saving = this.store.saveDraft(snapshot).then(
      (saved) => {
        const line = text(WORDS.saved, { time: new Date(saved.updatedAt).toLocaleTimeString() });
        if (this.saveStatus.textContent !== line) this.saveStatus.textContent = line;
      },
      (error) => { this.saveStatus.textContent = text(WORDS.saveFailed, { reason: error.message }); });
  }

  async saveProfile(party) {
    const name = party?.name || text(WORDS.unnamedParty);
    await this.store.saveProfile({ name, party });
    this.profiles = await this.store.listProfiles();
    this.fields.profiles = this.profiles;
    this.announce(text(WORDS.profileSaved, { name }));
  }

  // announceProblems: tell screen readers when the count of errors changes (not on every key).
  announceProblems() {
    const errors = this.state.errorCount();
    if (errors === this.lastAnnouncedErrors) return;
    this.lastAnnouncedErrors = errors;
    this.announce(errors ? text(WORDS.problemsLeft, { n: errors }) : text(WORDS.noProblems));
  }
}

// indexFields: every drawn element by its pointer, with its own controls,
// label and problems list, found once per drawing instead of per keystroke.
function indexFields(root) {
  const index = new Map();
  for (const element of root.querySelectorAll('[data-pointer]')) {
    const pointer = element.dataset.pointer;
    index.set(pointer, {
      element,
      controls: [...element.querySelectorAll(`[data-control="${CSS.escape(pointer)}"]`)],
      legend: element.querySelector(':scope > legend, :scope > label'),
      problems: element.querySelector(':scope > ul.problems'),
      state: undefined,
      shown: '',
    });
  }
  return index;
}

// recordLatency: keystroke → the engine's answer in the page ('updates') and
// → the frame that shows it ('latencies'), in milliseconds, for the
// measurements the browser tests report (window.yaosuMetrics).
function recordLatency(kind, milliseconds) {
  window.yaosuMetrics ??= { latencies: [], updates: [] };
  (window.yaosuMetrics[kind] ??= []).push(milliseconds);
}
