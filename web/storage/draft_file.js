// A draft as a file and back: the draft file format (.yaosu-draft.json), whose
// JSON Schema is schemas/draft/draft-file.schema.json. Reading a file is the
// engine's: it parses the text (a syntax error with its line and column) and
// checks it against that schema; this file turns its verdict into a draft or
// a refusal. Pure (no storage, no page): tests/wasm/draft_file.test.mjs runs it
// with the engine in Node.
//
//   const text = exportDraftText(draft);                       // pretty JSON, with exportedAt
//   const read = await readDraftText(text, (body) => engine.call('checkDraftFile', body));  // never throws
//   read.ok ? store.createDraft(read.draft) : say(message(read.code, read.params));
//
// A refusal names a message of web/messages/drafts.js (draft_file.*) and its parameters.
import { MAX_FILE_MB, isArchive, isTextTooLarge } from './file_limit.js';

export const DRAFT_FORMAT = 'yaosu-draft';
export const DRAFT_FORMAT_VERSION = 1;

// exportDraftText: the draft as a file's text (pretty JSON).
export function exportDraftText(draft, exportedAt = new Date()) {
  const file = {
    format: DRAFT_FORMAT,
    version: DRAFT_FORMAT_VERSION,
    name: draft.name,
    caseType: draft.caseType,
    form: draft.form,
    instance: draft.instance ?? {},
  };
  if (typeof draft.complaintFiling === 'string') file.complaintFiling = draft.complaintFiling;
  file.exportedAt = exportedAt.toISOString();
  return `${JSON.stringify(file, null, 2)}\n`;
}

// What a file name must not hold: path separators, the characters Windows
// reserves, and control characters.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is matched here
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\u0000-\u001f]+/g;

// fileNameFor: a draft's name as a safe file name.
export function fileNameFor(draft) {
  const base = String(draft.name ?? '')
    .replace(UNSAFE_IN_FILE_NAME, '_')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 120);
  return `${base || 'draft'}.yaosu-draft.json`;
}

function refuse(code, params = {}) {
  return { ok: false, code, params };
}

// readDraftText: {ok: true, draft: {name, caseType, form, instance, complaintFiling?}}
// or {ok: false, code, params}; `check(text)` is the engine's verdict on the text against
// the draft file schema (a YaosuResult of wasm/yaosu.d.ts). Never throws.
export async function readDraftText(text, check) {
  try {
    if (typeof text !== 'string') return refuse('draft_file.not_text');
    if (isTextTooLarge(text)) return refuse('draft_file.too_large', { mb: MAX_FILE_MB });
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // a byte order mark is fine
    // A ZIP (a .docx, .xlsx, .zip) is said as such, and its header's sizes are never believed.
    if (isArchive(body)) return refuse('draft_file.is_archive');
    const verdict = await check(body);
    if (!verdict.ok) return unreadable(verdict);
    const file = JSON.parse(body); // the engine read it: it is JSON
    if (!verdict.valid) return refusalOf(verdict.diagnostics, file);
    const draft = { name: file.name, caseType: file.caseType, form: file.form, instance: file.instance };
    if (typeof file.complaintFiling === 'string') draft.complaintFiling = file.complaintFiling;
    return { ok: true, draft };
  } catch (error) {
    return refuse('draft_file.unreadable', { reason: String(error?.message ?? error) });
  }
}

// unreadable: the engine could not read the text as JSON (a syntax error, too deep, too large).
function unreadable(verdict) {
  const problem = verdict.diagnostics?.[0] ?? verdict.schemaDiagnostics?.[0];
  if (problem?.code === 'json.syntax') {
    const { line, column, message } = problem.params;
    return refuse('draft_file.not_json_at', { line, column, detail: message });
  }
  return refuse('draft_file.not_json', { detail: problem?.message ?? problem?.code ?? '' });
}

// refusalOf: the first thing wrong with a JSON file that is not a draft of this format, in the
// person's terms: not a draft at all (or a filing), another version, else the engine's words.
function refusalOf(problems, file) {
  const at = (pointer) => problems.some((d) => d.instanceLocation === pointer);
  const missing = (field) =>
    problems.some((d) => d.code === 'schema.required' && d.instanceLocation === '' && d.params?.missing === field);
  if (
    at('/format') ||
    missing('format') ||
    problems.some((d) => d.instanceLocation === '' && d.code === 'schema.type')
  ) {
    return typeof file?.format === 'string' && file.format.startsWith('yaosu-filing')
      ? refuse('draft_file.is_filing')
      : refuse('draft_file.not_draft');
  }
  if (missing('version')) return refuse('draft_file.version_missing', { supported: DRAFT_FORMAT_VERSION });
  if (at('/version')) {
    return refuse('draft_file.version_unsupported', {
      version: JSON.stringify(file.version),
      supported: DRAFT_FORMAT_VERSION,
    });
  }
  const first = problems[0];
  return refuse('draft_file.invalid', {
    where: first.instanceLocation || { zh: '文件', en: 'the file' },
    problem: first.message ?? first.code,
  });
}
