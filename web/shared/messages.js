// The page's own sentences, by code, in the page's language — as the engine's
// diagnostics are (schemas/messages/): each catalog in web/messages/ maps a
// code to {zh, en}, Chinese first, with {name} placeholders; codes are stable
// (add, never rename). tests/web/messages.test.mjs checks that every code used
// in web/ is in a catalog with both languages, and that every entry is used.
//
//   message('start.created', { name: '借款' })          // "已新建草稿“借款”。" (or in English)
//   messageIn('en', 'staff.summary', { total: 2, passed: 1, failed: 1 })
import { getLanguage, text } from './i18n.js';
import { appMessages } from '../messages/app.js';
import { batchMessages } from '../messages/batch.js';
import { draftMessages } from '../messages/drafts.js';
import { formMessages } from '../messages/form.js';
import { staffMessages } from '../messages/staff.js';
import { startMessages } from '../messages/start.js';
import { wordMessages } from '../messages/words.js';

export const CATALOGS = {
  app: appMessages,
  batch: batchMessages,
  drafts: draftMessages,
  form: formMessages,
  staff: staffMessages,
  start: startMessages,
  words: wordMessages,
};
const ALL = Object.assign({}, ...Object.values(CATALOGS));

// messageIn: the message `code` in `language` ('zh' or 'en'; Chinese when the
// English is missing), placeholders filled from `params`; an unknown code is
// shown as itself, so a missing entry is seen rather than blank. A parameter
// may itself be a {zh, en} pair (an engine diagnostic's message): it is said in
// the same language.
export function messageIn(language, code, params = {}) {
  const entry = Object.hasOwn(ALL, code) ? ALL[code] : null;
  if (!entry) return code;
  const said = Object.fromEntries(
    Object.entries(params ?? {}).map(([name, value]) => [name, isPair(value) ? (value[language] ?? value.zh) : value]),
  );
  return text(entry[language] ?? entry.zh, said);
}

const isPair = (value) => value !== null && typeof value === 'object' && typeof value.zh === 'string';

// message: the message `code` in the page's language.
export function message(code, params = {}) {
  return messageIn(getLanguage(), code, params);
}

// sayError: an Error that names a message (code, params; as draft_store.js
// rejects) in the page's language, else its own text.
export function sayError(error) {
  return error?.code ? message(error.code, error.params) : String(error?.message ?? error);
}
