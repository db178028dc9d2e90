// The case types on the start page: grouped by the field of the 2025 batch
// (法〔2025〕82号's nine fields), found by a search over the cause of action,
// its search words and the form titles — what the engine's cases() says of
// each (its `area`, `cause`, `keywords`). Pure functions; start_view.js draws.
//
//   const groups = catalogGroups(cases, '借条');   // [{area, words, caseTypes: [{caseType, forms}]}]

export const AREA_WORDS = {
  criminal_private_prosecution: { zh: '刑事（自诉）', en: 'Criminal (private prosecution)' },
  civil: { zh: '民事', en: 'Civil' },
  commercial: { zh: '商事', en: 'Commercial' },
  intellectual_property: { zh: '知识产权', en: 'Intellectual property' },
  maritime: { zh: '海事', en: 'Maritime' },
  administrative: { zh: '行政', en: 'Administrative' },
  environment_resources: { zh: '环境资源', en: 'Environment and resources' },
  state_compensation: { zh: '国家赔偿', en: 'State compensation' },
  enforcement: { zh: '执行', en: 'Enforcement' },
  other: { zh: '其他', en: 'Other' },
};
const AREA_ORDER = Object.keys(AREA_WORDS);
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
    const area = forms.find((summary) => AREA_WORDS[summary.area])?.area ?? 'other';
    if (!byArea.has(area)) byArea.set(area, []);
    byArea.get(area).push({ caseType, forms });
  }
  return [...byArea]
    .sort(([a], [b]) => AREA_ORDER.indexOf(a) - AREA_ORDER.indexOf(b))
    .map(([area, caseTypes]) => ({ area, words: AREA_WORDS[area], caseTypes }));
}
