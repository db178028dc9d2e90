// An answer is written against a complaint: the defendant loads the
// complaint's filing and, beside each answer row, sees what the complaint
// says in the row it answers. This turns the complaint's data into one plain
// line per row ("本金：100000；截至日期：2025-03-01").
import { pointerGet } from './schema_walk.js';
import { wordsOf } from '../shared/labels.js';
import { valueLines } from '../shared/value_text.js';

// complaintStatements: complaint row id → that row's data as one line of text.
export async function complaintStatements(engine, filingText, labels) {
  const statements = new Map();
  let filing;
  try {
    filing = JSON.parse(filingText);
  } catch {
    return statements;
  }
  const caseType = filing?.case?.case_type;
  if (typeof caseType !== 'string') return statements;
  const complaint = await engine.call('caseForm', caseType, 'complaint');
  if (!complaint.ok) return statements;
  const words = wordsOf(complaint, labels);
  for (const section of complaint.elements.sections) {
    for (const row of section.rows) {
      const value = pointerGet(filing.instance ?? {}, row.pointer);
      if (value !== undefined)
        statements.set(
          row.id,
          valueLines(value, row.id, words)
            .map((line) => line.trim())
            .join('；'),
        );
    }
  }
  return statements;
}
