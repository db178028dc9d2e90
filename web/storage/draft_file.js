// A draft as a file and back: the draft file format (.yaosu-draft.json), pure
// (no storage, no page), so Node tests it (tests/web/draft_file.test.mjs).
//
//   const text = exportDraftText(draft);          // pretty JSON, with exportedAt
//   const parsed = parseDraftText(text);          // never throws
//   parsed.ok ? store.createDraft(parsed.draft) : say(message(parsed.code, parsed.params));
//
// File: {format: "yaosu-draft", version: 1, name, caseType, form: "complaint" | "answer",
//        instance: {...}, complaintFiling?: "<the filing's text>", exportedAt}
// A refusal names a message of web/messages/drafts.js (draft_file.*) and its parameters.
import { MAX_FILE_MB, isTextTooLarge } from './file_limit.js';
import { syntaxErrorPlace } from './json_syntax.js';

export const DRAFT_FORMAT = 'yaosu-draft';
export const DRAFT_FORMAT_VERSION = 1;
const FORMS = ['complaint', 'answer'];

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

function describe(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

// parseDraftText: {ok: true, draft: {name, caseType, form, instance, complaintFiling?}}
// or {ok: false, code, params}. Never throws.
export function parseDraftText(text) {
  try {
    if (typeof text !== 'string') return refuse('draft_file.not_text');
    if (isTextTooLarge(text)) return refuse('draft_file.too_large', { mb: MAX_FILE_MB });
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // a byte order mark is fine
    let file;
    try {
      file = JSON.parse(body);
    } catch (error) {
      const detail = String(error?.message ?? error);
      const at = syntaxErrorPlace(body);
      return at ? refuse('draft_file.not_json_at', { ...at, detail }) : refuse('draft_file.not_json', { detail });
    }
    return checkFile(file);
  } catch (error) {
    return refuse('draft_file.unreadable', { reason: String(error?.message ?? error) });
  }
}

// checkFile: the parsed file's fields, one refusal at a time.
function checkFile(file) {
  if (!file || typeof file !== 'object' || Array.isArray(file) || file.format !== DRAFT_FORMAT) {
    if (typeof file?.format === 'string' && file.format.startsWith('yaosu-filing'))
      return refuse('draft_file.is_filing');
    return refuse('draft_file.not_draft');
  }
  if (file.version !== DRAFT_FORMAT_VERSION) {
    const version = JSON.stringify(file.version);
    return version === undefined
      ? refuse('draft_file.version_missing', { supported: DRAFT_FORMAT_VERSION })
      : refuse('draft_file.version_unsupported', { version, supported: DRAFT_FORMAT_VERSION });
  }
  const fields = [
    ['name', 'string'],
    ['caseType', 'string'],
    ['form', 'string'],
    ['instance', 'object'],
  ];
  for (const [field, type] of fields) {
    const value = file[field];
    if (value === undefined) return refuse('draft_file.field_missing', { field });
    if (describe(value) !== type) return wrongType(field, type, value);
  }
  if (!file.caseType.trim()) return refuse('draft_file.case_type_empty');
  if (!FORMS.includes(file.form)) return refuse('draft_file.form_unknown', { form: JSON.stringify(file.form) });
  if (file.complaintFiling !== undefined && typeof file.complaintFiling !== 'string') {
    return wrongType('complaintFiling', 'string', file.complaintFiling);
  }
  const draft = { name: file.name, caseType: file.caseType, form: file.form, instance: file.instance };
  if (typeof file.complaintFiling === 'string') draft.complaintFiling = file.complaintFiling;
  return { ok: true, draft };
}

function wrongType(field, type, value) {
  const params = { field, actual: describe(value) };
  return type === 'object'
    ? refuse('draft_file.field_not_object', params)
    : refuse('draft_file.field_not_string', params);
}
