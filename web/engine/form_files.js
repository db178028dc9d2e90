// The case types' files the engine lacks, for the worker (worker.js). The
// app's wasm carries every case.json but no other file of a case type: before
// a request that names a form — a case type, or a version (a filing names its
// own) — the folder it needs is fetched from build/web/forms/ (written by
// web/server/form_bundles.mjs) and added to the engine, once. The list of
// forms is forms/index.json, the engine's own cases() made at build time
// (web/server/form_index.mjs).
//
//   const named = formsNamed(op, args);        // [{case_type, form, version}] or undefined
//   if (named) prefetch(named);                // before the engine is ready
//   if (named) await addFormFiles(yaosu, named);

// filingCase: a filing's own {case_type, form, id, version}, or undefined when its text is not JSON.
const filingCase = (text) => {
  try {
    return JSON.parse(text)?.case;
  } catch {
    return undefined; // the engine says what is wrong with it
  }
};
const newest = (caseType, form) => [{ case_type: caseType, form, version: '' }];
const namedBy = {
  caseForm: (caseType, form, version = '') => [{ case_type: caseType, form, version }],
  open: newest,
  validateForm: newest,
  produceFiling: newest,
  batchTable: newest,
  fileBatch: newest,
  verifyFiling: (text) => [filingCase(text)],
  summarizeFiling: (text) => [filingCase(text)],
  renderFilingHtml: (text) => [filingCase(text)],
  renderFilingDocx: (text) => [filingCase(text)],
  compareFilings: (complaint, answer) => [filingCase(complaint), filingCase(answer)],
  compareFilingsHtml: (complaint, answer) => [filingCase(complaint), filingCase(answer)],
};

// formsNamed: the forms request `op` names by `args`, as {case_type, form, version} (a filing's
// `case`; version '' the newest), or undefined for a request naming none.
export const formsNamed = (op, args) => namedBy[op]?.(...args);

// prefetch: a case type's current files asked for as soon as a request names it, while the wasm may
// still be compiling — the folder form_bundles.mjs gives a case type; the engine has the last word
// (formFilesToAdd), and a guess it does not confirm is left unused.
const prefetched = new Map(); // folder → Promise of the bundle's text
const formFiles = new Map(); // folder → Promise of its files added (addFormFiles)
export function prefetch(named) {
  for (const key of named) {
    const { case_type: caseType, version } = key ?? {};
    const folder = `cases/${caseType}`;
    if (version !== '' || !/^[a-z0-9-]+$/.test(caseType ?? '') || formFiles.has(folder) || prefetched.has(folder))
      continue;
    const bundle = fetchText(`../forms/${folder}.json`);
    bundle.catch(() => prefetched.delete(folder));
    prefetched.set(folder, bundle);
  }
}

// addFormFiles: the files of each named version the engine lacks, fetched and added (each folder once).
export async function addFormFiles(yaosu, named) {
  for (const key of named) {
    const { case_type: caseType, form, version = '' } = key ?? {};
    if (![caseType, form, version].every((part) => typeof part === 'string')) continue;
    const folder = yaosu.formFilesToAdd(caseType, form, version);
    if (!folder) continue;
    if (!formFiles.has(folder)) {
      const adding = (prefetched.get(folder) ?? fetchText(`../forms/${folder}.json`)).then((bundle) => {
        const added = JSON.parse(addBundle(yaosu, bundle));
        if (!added.ok) throw new Error(`the files of ${folder}: ${added.diagnostics?.[0]?.code}`);
      });
      adding.catch(() => formFiles.delete(folder)); // asked again next time
      formFiles.set(folder, adding);
      prefetched.delete(folder);
    }
    await formFiles.get(folder);
  }
}

// addBundle: a bundle's files added, the bundle read by the browser's JSON.parse (several times faster
// than the wasm's parser on a cold start); text that is not JSON goes to the engine, which says why.
function addBundle(yaosu, text) {
  let bundle;
  try {
    bundle = JSON.parse(text);
  } catch {
    return yaosu.addFormFiles(text);
  }
  return yaosu.addReadFormFiles(bundle);
}

// fetchText: the text of a file served beside the app (`relative` to this worker), or an error naming it.
export async function fetchText(relative) {
  const response = await fetch(new URL(relative, import.meta.url));
  if (!response.ok) throw new Error(`${relative}: HTTP ${response.status}`);
  return response.text();
}

// formIndex: forms/index.json, read once.
let index = null;
export function formIndex() {
  index ??= fetchText('../forms/index.json').then((text) => JSON.parse(text));
  index.catch(() => (index = null)); // asked again next time
  return index;
}
