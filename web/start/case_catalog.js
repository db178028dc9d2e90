// The case types on the start page: grouped by the field of the 2025 batch
// (法〔2025〕82号's nine fields), found by a search over the cause of action,
// its search words and the form titles — what the engine's cases() says of
// each (its `area`, `cause`, `keywords`). Pure functions; start_view.js draws.
//
//   const groups = catalogGroups(cases, '借条');   // [{area, name, caseTypes: [{caseType, forms}]}]
import { message } from '../shared/messages.js';

// The nine fields in the batch's order, each with the code of its name (web/messages/words.js).
const AREA_CODES = {
  criminal_private_prosecution: 'area.criminal_private_prosecution',
  civil: 'area.civil',
  commercial: 'area.commercial',
  intellectual_property: 'area.intellectual_property',
  maritime: 'area.maritime',
  administrative: 'area.administrative',
  environment_resources: 'area.environment_resources',
  state_compensation: 'area.state_compensation',
  enforcement: 'area.enforcement',
  other: 'area.other',
};
const AREA_ORDER = Object.keys(AREA_CODES);
const FORM_ORDER = { complaint: 0, answer: 1 };

// matches: whether a case type (its forms' summaries) answers `query` — every
// word of it found in the cause, the keywords or a title, in either language.
export function matches(forms, query) {
  const words = String(query ?? '')
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return true;
  const haystack = forms
    .flatMap((summary) => [
      summary.case_type,
      summary.cause?.zh,
      summary.cause?.en,
      summary.title?.zh,
      summary.title?.en,
      ...(summary.keywords?.zh ?? []),
      ...(summary.keywords?.en ?? []),
    ])
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
  return words.every((word) => haystack.includes(word));
}

// catalogGroups: the case types matching `query`, grouped by area in the batch's
// order, each with its forms (complaint first).
export function catalogGroups(cases, query = '') {
  const byType = new Map();
  for (const summary of cases) {
    if (!byType.has(summary.case_type)) byType.set(summary.case_type, []);
    byType.get(summary.case_type).push(summary);
  }
  const byArea = new Map();
  for (const [caseType, forms] of byType) {
    if (!matches(forms, query)) continue;
    forms.sort((a, b) => (FORM_ORDER[a.form] ?? 2) - (FORM_ORDER[b.form] ?? 2));
    const area = forms.find((summary) => AREA_CODES[summary.area])?.area ?? 'other';
    if (!byArea.has(area)) byArea.set(area, []);
    byArea.get(area).push({ caseType, forms });
  }
  return [...byArea]
    .sort(([a], [b]) => AREA_ORDER.indexOf(a) - AREA_ORDER.indexOf(b))
    .map(([area, caseTypes]) => ({ area, name: message(AREA_CODES[area]), caseTypes }));
}
