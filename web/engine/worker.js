// The app's Web Worker: loads yaosu.wasm once and answers the page's requests
// (engine.js), so typing never waits on the engine. Open forms are Embind
// FormSession objects kept here by number.
//
//   → {id, op, args}     ← {id, result} | {id, error}     ← {ready, version} | {fatal}
//                        ← {id, progress} while a long operation goes (fileBatch)
//
// op (args) → result:
//   cases ()                                   CaseSummary[]
//   caseForm (caseType, form, version = '')    {ok, summary, manifest, elements, schema, shared, document, computed}
//   open (caseType, form, draftText)           {session, snapshot: SessionUpdate} | {session: null, diagnostics}
//   set (session, pointer, valueText)          SessionUpdate
//   instance (session)                         the form data as JSON text
//   help (session, today)                      FormHelp: figures with today's date, what they wait for, fee,
//                                              limitation, progress
//   close (session)                            true
//   validateForm (caseType, form, text)        FormCheck
//   produceFiling (caseType, form, text, createdAt)   {ok, text} | {ok: false, diagnostics}
//   verifyFiling (text)                        FilingVerification
//   summarizeFiling (text)                     FilingSummary: the verification, parties, figures, warnings, elements
//   renderFilingHtml (text)                    {ok, html, problems} | {ok: false, diagnostics}
//   renderFilingDocx (text)                    Uint8Array | null
//   compareFilings (complaint, answer)         dispute table as JSON
//   compareFilingsHtml (complaint, answer)     {ok, html} | {ok: false, diagnostics}
//   checkDraftFile (text)                      YaosuResult: the text against schemas/draft/draft-file.schema.json
//   batchTable (caseType, form, entries)       {ok, csv, form, columns} — a blank batch table (yaosu cases --table)
//   fileBatch (caseType, form, csvText, createdAt, withDocx)
//                                              {result: {ok, index, problems} | {ok: false, diagnostics},
//                                               zip: Uint8Array | null} (yaosu file --batch --zip)
// The types are in wasm/yaosu.d.ts. The case types' files are not in the
// wasm: before a request that names a form, form_files.js brings what the
// engine lacks; `cases` answers with the list of forms made at build time.
import createYaosu from './yaosu.js';
import { addFormFiles, fetchText, formIndex, formsNamed, prefetch } from './form_files.js';

const enginePromise = createYaosu();
const sessions = new Map();
let nextSession = 1;

const parsed = (text) => JSON.parse(text);

const operations = {
  cases: () => formIndex(),
  caseForm: (yaosu, caseType, form, version = '') => parsed(yaosu.caseForm(caseType, form, version)),
  open(yaosu, caseType, form, draftText) {
    const session = new yaosu.FormSession(caseType, form, draftText ?? '');
    if (!session.ok()) {
      const answer = parsed(session.snapshot());
      session.delete();
      return { session: null, diagnostics: answer.diagnostics ?? [] };
    }
    const id = nextSession++;
    sessions.set(id, session);
    return { session: id, snapshot: parsed(session.snapshot()) };
  },
  set: (yaosu, id, pointer, valueText) => parsed(sessionOf(id).set(pointer, valueText)),
  instance: (yaosu, id) => sessionOf(id).instance(),
  help: (yaosu, id, today) => parsed(sessionOf(id).help(today)),
  close(yaosu, id) {
    sessions.get(id)?.delete();
    sessions.delete(id);
    return true;
  },
  validateForm: (yaosu, caseType, form, text) => parsed(yaosu.validateForm(caseType, form, text)),
  produceFiling: (yaosu, caseType, form, text, createdAt) =>
    parsed(yaosu.produceFiling(caseType, form, text, createdAt)),
  verifyFiling: (yaosu, text) => parsed(yaosu.verifyFiling(text)),
  summarizeFiling: (yaosu, text) => parsed(yaosu.summarizeFiling(text)),
  renderFilingHtml: (yaosu, text) => parsed(yaosu.renderFilingHtml(text)),
  renderFilingDocx(yaosu, text) {
    const bytes = yaosu.renderFilingDocx(text);
    return bytes ? new Uint8Array(bytes) : null; // a copy: the view points into the wasm heap
  },
  compareFilings: (yaosu, complaint, answer) => parsed(yaosu.compareFilings(complaint, answer)),
  compareFilingsHtml: (yaosu, complaint, answer) => parsed(yaosu.compareFilingsHtml(complaint, answer)),
  batchTable: (yaosu, caseType, form, entries) => parsed(yaosu.batchTable(caseType, form, entries)),
  fileBatch(yaosu, caseType, form, csvText, createdAt, withDocx) {
    const done = yaosu.fileBatch(caseType, form, csvText, createdAt, withDocx, this.progress);
    return { result: parsed(done.result), zip: done.zip };
  },
  checkDraftFile: async (yaosu, text) => parsed((await draftFileValidator(yaosu)).validate(text)),
};

// draftFileValidator: the draft file format's schema (served beside the app), compiled once.
let draftFile = null;
function draftFileValidator(yaosu) {
  draftFile ??= fetchText('../schemas/draft/draft-file.schema.json').then(
    (schema) => new yaosu.Validator(schema, '{}'),
  );
  draftFile.catch(() => (draftFile = null)); // asked again next time
  return draftFile;
}

function sessionOf(id) {
  const session = sessions.get(id);
  if (!session) throw new Error(`no open form ${id}`);
  return session;
}

enginePromise.then(
  (yaosu) => postMessage({ ready: true, version: yaosu.version() }),
  (error) => postMessage({ fatal: String(error) }),
);

self.onmessage = async (event) => {
  const { id, op, args } = event.data;
  const named = formsNamed(op, args ?? []);
  if (named) prefetch(named);
  const yaosu = await enginePromise;
  const operation = operations[op];
  if (!operation) {
    postMessage({ id, error: `unknown operation ${op}` });
    return;
  }
  try {
    const context = { progress: (progress) => postMessage({ id, progress }) };
    if (named) await addFormFiles(yaosu, named);
    postMessage({ id, result: await operation.call(context, yaosu, ...(args ?? [])) });
  } catch (error) {
    postMessage({ id, error: String(error?.message ?? error) });
  }
};
