// An answer started from the plaintiff's complaint filing: the file chosen on
// the start page is checked by the engine (verifyFiling) — the size limit
// first, then that it is a complaint of this case type, then that it passes —
// and only then does a new answer draft carry its text (draft.complaintFiling).
//
//   await answerFromFiling(page, summary, file, line);   // page: start_view.js's context
import { h } from '../shared/dom.js';
import { text } from '../shared/i18n.js';
import { MAX_FILE_MB, isTooLarge } from '../storage/file_limit.js';
import { message } from '../shared/messages.js';

export async function answerFromFiling(page, summary, file, line) {
  if (!file) return;
  const { engine, navigate, status } = page;
  const name = file.name;
  if (isTooLarge(file)) {
    status.report(line, message('start.filing_too_large', { file: name, mb: MAX_FILE_MB }), 'alert');
    return;
  }
  status.report(line, message('start.checking_filing', { file: name }), 'notice');
  let filingText;
  let verification;
  try {
    filingText = await file.text();
    verification = await engine.call('verifyFiling', filingText);
  } catch (error) {
    status.report(line, message('start.filing_unreadable', { file: name, reason: error.message }), 'alert');
    return;
  }
  const cases = page.cases();
  const expected = cases?.find((item) => item.id === summary.answers);
  const found = verification?.case ? cases?.find((item) => item.id === verification.case.id) : null;
  // A complaint filed with an earlier version of the case type is answered with the current one:
  // the rows line up by id, as the court's comparison lines them up.
  if (
    verification?.case &&
    (verification.case.case_type !== summary.case_type || verification.case.form !== 'complaint')
  ) {
    status.report(
      line,
      message('start.filing_wrong_case', {
        file: name,
        found: found ? text(found.title) : verification.case.id,
        expected: expected ? text(expected.title) : summary.answers,
      }),
      'alert',
    );
    return;
  }
  if (!verification?.ok) {
    const problems = (verification?.problems ?? []).slice(0, 8);
    status.report(
      line,
      [
        message('start.filing_refused', { file: name }),
        h(
          'ul',
          {},
          problems.length
            ? problems.map((problem) => h('li', {}, text(problem.message) || problem.code))
            : h('li', {}, message('start.not_a_filing')),
        ),
      ],
      'alert',
    );
    return;
  }
  try {
    const draft = await page.create(summary, { complaintFiling: filingText });
    status.report(line, message('start.filing_accepted', { file: name }), 'notice');
    navigate(`#/draft/${draft.id}`);
  } catch (error) {
    status.report(line, message('start.create_failed', { reason: error.message }), 'alert');
  }
}
