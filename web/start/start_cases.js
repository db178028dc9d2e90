// The start page's "新建" section: the case types by field of the 2025 batch,
// found by the search box (case_catalog.js), each with its forms — a complaint,
// an answer, and an answer started from the complaint's filing (start_answer.js).
//
//   const cases = drawCasesSection(page);   // page: start_view.js's context
//   container.append(cases.section);  …  cases.draw();  (or cases.draw(error))
import { h, uniqueId, visuallyHidden } from '../shared/dom.js';
import { text } from '../shared/i18n.js';
import { catalogGroups } from './case_catalog.js';
import { message } from '../shared/messages.js';
import { answerFromFiling } from './start_answer.js';

const FORM_CODES = { complaint: 'start.complaint', answer: 'start.answer' };
const FILL_CODES = { complaint: 'start.fill_complaint', answer: 'start.fill_answer' };

// formName: "起诉状" / "答辩状" (the form's own name when it is neither).
export function formName(form) {
  return Object.hasOwn(FORM_CODES, form) ? message(FORM_CODES[form]) : form;
}

// caseName: "民间借贷纠纷" from "民事起诉状（民间借贷纠纷）" (the case type, without the form).
function caseName(summary) {
  const title = text(summary.title);
  const inside = /[（(]([^（）()]+)[）)]\s*$/.exec(title);
  if (!inside) return title || summary.case_type;
  const name = inside[1].trim();
  return name.charAt(0).toUpperCase() + name.slice(1);
}

export function drawCasesSection(page) {
  const { navigate, status } = page;
  const body = h('div', { class: 'start-cases' }, h('p', { class: 'muted' }, message('start.loading')));
  const searchId = uniqueId('case-search');
  const search = h('input', { type: 'search', id: searchId, class: 'start-search', autocomplete: 'off' });
  search.addEventListener('input', () => draw());
  const sectionStatus = status.line();
  const section = h(
    'section',
    { 'aria-labelledby': 'start-new' },
    h('h2', { id: 'start-new' }, message('start.new_heading')),
    h('p', { class: 'muted' }, message('start.new_hint')),
    sectionStatus,
    h('p', { class: 'field' }, h('label', { for: searchId }, message('start.search')), ' ', search),
    body,
  );

  async function startNew(summary) {
    try {
      const draft = await page.create(summary);
      page.announce?.(message('start.created', { name: draft.name }));
      navigate(`#/draft/${draft.id}`);
    } catch (error) {
      status.report(sectionStatus, message('start.create_failed', { reason: error.message }), 'alert');
    }
  }

  function formRow(summary) {
    const name = caseName(summary);
    const fillCode = Object.hasOwn(FILL_CODES, summary.form) ? FILL_CODES[summary.form] : 'start.fill_complaint';
    const row = h(
      'li',
      { class: 'start-form' },
      h(
        'div',
        { class: 'start-form-title' },
        h('strong', {}, formName(summary.form)),
        ' ',
        h('span', { class: 'muted' }, message('start.rows', { n: summary.rows })),
      ),
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          {
            type: 'button',
            class: 'primary',
            'data-case': summary.id,
            onclick: () => startNew(summary),
          },
          message(fillCode),
          visuallyHidden(message('start.for_case', { name })),
        ),
      ),
    );
    if (summary.form === 'answer' && summary.answers) row.append(...answerFromFilingControls(summary, name, row));
    return row;
  }

  // answerFromFilingControls: the "根据起诉状答辩" button (with its hidden file input) and its hint and status line.
  function answerFromFilingControls(summary, name, row) {
    const line = status.line();
    const hintId = uniqueId('answer-hint');
    const input = h('input', {
      type: 'file',
      accept: '.json,application/json',
      hidden: true,
      tabindex: '-1',
      'aria-label': message('start.choose_complaint_file', { title: text(summary.title) }),
      'data-answers': summary.answers,
      onchange: () => {
        const [file] = input.files;
        input.value = '';
        answerFromFiling(page, summary, file, line);
      },
    });
    row
      .querySelector('.actions')
      .append(
        h(
          'button',
          { type: 'button', 'aria-describedby': hintId, onclick: () => input.click() },
          message('start.from_complaint'),
          visuallyHidden(message('start.for_case', { name })),
        ),
        input,
      );
    return [h('p', { class: 'muted start-hint', id: hintId }, message('start.from_complaint_hint')), line];
  }

  function draw(error) {
    if (error) {
      body.replaceChildren(
        h('p', { class: 'alert', role: 'alert' }, message('start.cases_failed', { reason: error.message })),
      );
      return;
    }
    const cases = page.cases();
    if (!cases.length) {
      body.replaceChildren(h('p', { class: 'muted' }, message('start.no_cases')));
      return;
    }
    // By the fields of the 2025 batch, found by the search box (case_catalog.js).
    const groups = catalogGroups(cases, search.value);
    if (!groups.length) {
      body.replaceChildren(
        h('p', { class: 'muted', role: 'status' }, message('start.no_match', { query: search.value.trim() })),
      );
      return;
    }
    body.replaceChildren(
      ...groups.map((group) =>
        h(
          'section',
          { class: 'start-area', 'data-area': group.area },
          h('h3', {}, group.name),
          group.caseTypes.map(({ caseType, forms }) =>
            h(
              'div',
              { class: 'card start-case', 'data-case-type': caseType },
              h('h4', {}, caseName(forms[0])),
              h('ul', { class: 'start-forms' }, forms.map(formRow)),
            ),
          ),
        ),
      ),
    );
  }

  return { section, draw };
}
