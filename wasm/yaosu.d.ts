// Types of the Yaosu WebAssembly module (yaosu.js + yaosu.wasm, built from
// wasm/bindings.cpp). Every input and output crosses as JSON text; nothing
// throws on bad input — problems come back as diagnostics.
//
//   import createYaosu from './yaosu.js';
//   const yaosu = await createYaosu();
//   const result: YaosuResult = JSON.parse(yaosu.validate(schemaText, instanceText, '{}'));

/** A JSON Pointer (RFC 6901), "" for the whole document. */
export type JsonPointer = string;

/** One problem, as core's Diagnostic ToJson writes it (a "basic" output unit plus code, severity, params). */
/** One column of a batch table: the element it fills and what a cell may say. */
export interface BatchColumn {
  key: string;
  zh: string;
  en: string;
  types: string[];
  format: string;
  choices: { value: unknown; zh: string; en: string }[];
}

/** One problem of a refused row of a batch table. */
export interface BatchProblem {
  row: number;
  line: number;
  /** 1-based; 0 when the table has no column for the element (column_name is then its key). */
  column: number;
  column_name: string;
  pointer: string;
  code: string;
  severity: 'error' | 'warning';
  message: { zh: string; en: string };
}

export interface YaosuDiagnostic {
  /** Stable machine code: "schema.<keyword>", "json.syntax", "json.too_deep", "options.invalid", ... */
  code: string;
  severity: 'error' | 'warning' | 'info';
  instanceLocation: JsonPointer;
  keywordLocation: JsonPointer;
  absoluteKeywordLocation?: string;
  /** What a message needs: limits, expected types, missing names; for json.syntax {line, column, byte, message}. */
  params: Record<string, unknown>;
  /** The sentence for a person, rendered from the message catalog (schemas/messages/); Chinese first. */
  message: { zh: string; en: string };
}

/** JSON Schema's "basic" output format, with Yaosu's code/severity/params on each error. */
export interface BasicOutput {
  valid: boolean;
  errors?: Array<YaosuDiagnostic & { error?: string }>;
  [extra: string]: unknown;
}

/** Options, as JSON text; every field is optional ('{}' or '' for the defaults). An unknown field or a
 *  value of the wrong type makes validate() answer stage "options" with an "options.invalid" diagnostic
 *  ({field, expected}). */
export interface YaosuOptions {
  /** Check `format` as an assertion (2020-12 makes it an annotation by default). */
  formatAssertion?: boolean;
  /** Stop at the first problem. */
  firstErrorOnly?: boolean;
  /** Problems reported at most (positive integer). */
  maxDiagnostics?: number;
  /** Nested subschema evaluations at most (positive integer). */
  maxDepth?: number;
  /** Retrieval URI of a root schema without an absolute `$id`. */
  baseUri?: string;
  /** Further documents reachable by `$ref`, keyed by absolute URI. */
  documents?: Record<string, unknown>;
}

/** The parsed result of validate(): the instance was checked (ok) or could not be. */
export type YaosuResult =
  | {
      ok: true;
      valid: boolean;
      /** Warnings about the schema, if any. */
      schemaDiagnostics: YaosuDiagnostic[];
      diagnostics: YaosuDiagnostic[];
      output: BasicOutput;
    }
  | {
      ok: false;
      /** Which input was at fault. */
      stage: 'options' | 'schema' | 'instance';
      valid: false;
      /** Problems in the options or the schema (stage "options" or "schema"). */
      schemaDiagnostics: YaosuDiagnostic[];
      /** Problems parsing the instance (stage "instance"). */
      diagnostics: YaosuDiagnostic[];
    };

/** A compiled schema; validate many instances against it. Call delete() when done (it lives on the wasm heap). */
export interface Validator {
  /** Whether the options and schema were accepted and compiled. */
  ok(): boolean;
  /** JSON text of YaosuDiagnostic[]: problems or warnings about the options and schema. */
  schemaDiagnostics(): string;
  /** JSON text of a YaosuResult. */
  validate(instanceText: string): string;
  delete(): void;
}

/** One case type and form, as `yaosu cases --json` lists it. */
export interface CaseSummary {
  id: string;
  case_type: string;
  form: 'complaint' | 'answer';
  version: string;
  title: { zh: string; en?: string };
  template: { batch: string; source?: string; notes?: string };
  rows: number;
  /** For an answer: the id of the complaint it answers. */
  answers?: string;
}

/** The parsed result of validateForm(): the form was checked, or the case type / JSON was refused. */
export type FormCheck =
  | {
      ok: true;
      id: string;
      case_type: string;
      form: string;
      version: string;
      /** No diagnostic of severity error (warnings and notes do not block a filing). */
      valid: boolean;
      /** Schema diagnostics first, then computed values (case.computed_*), then rules (code = rule id). */
      diagnostics: YaosuDiagnostic[];
      /** computed.json values by id (fen as integers), null where they could not be computed. */
      computed: Record<string, unknown>;
      /** Element states set by the rules: JSON Pointer → state. */
      states: Record<JsonPointer, 'required' | 'not_applicable' | 'hidden'>;
    }
  | { ok: false; diagnostics: YaosuDiagnostic[] };

/** Verification of one filing, as `yaosu verify --json` prints it (without `file`). */
export interface FilingVerification {
  ok: boolean;
  case: { id: string; case_type: string; form: string; version: string } | null;
  digest: { recorded: string; computed: string; matches: boolean };
  /** Envelope, digest, case type, the form's errors (pointers under /instance), differences. */
  problems: YaosuDiagnostic[];
}

/** What one change to a FormSession changed (core/cases/form_session.h). */
export interface SessionUpdate {
  valid: boolean;
  /** Diagnostics that appeared, each with its `key`; `incomplete`: only "not filled in yet" (a page may wait until the element is left). */
  added: Array<YaosuDiagnostic & { key: string; incomplete: boolean }>;
  /** Keys of diagnostics that went away. */
  removed: string[];
  /** Computed values that changed (null: no longer computable). */
  computed: Record<string, unknown>;
  /** Element states that changed (null: the element has no state any more). */
  states: Record<JsonPointer, 'required' | 'not_applicable' | 'hidden' | null>;
  /**
   * The side each if/then/else took, for the elements where it changed: JSON Pointer → {absolute location of
   * the `if` → true when `then` applies, false for `else`} (null: no `if` applies to the element any more).
   */
  branches: Record<JsonPointer, Record<string, boolean> | null>;
  progress: { filled: number; total: number; sections: Array<{ id: string; filled: number; total: number; errors: number }> };
}

/** One open form. Call delete() when the page closes it. */
export interface FormSession {
  /** False when the case type is unknown or the draft was not JSON (every call then answers {ok: false, diagnostics}). */
  ok(): boolean;
  /** JSON text of a SessionUpdate: the element at `pointer` ("" = the whole form) takes the JSON `valueText` ("null" removes it). */
  set(pointer: string, valueText: string): string;
  /** JSON text of a SessionUpdate from an empty page: everything, for a first render. */
  snapshot(): string;
  /** JSON text of the form data as it stands (the draft to save). */
  instance(): string;
  /** JSON text of a FormHelp for the form as it stands; `today` is YYYY-MM-DD. */
  help(today: string): string;
  delete(): void;
}

/** A calculation as a page shows it (core/law/calculation.h ToJsonForPeople). */
export interface CalculationForPeople {
  value: number;
  unit: 'fen' | 'ppm';
  display: string;
  steps: { zh: string[]; en: string[] };
  /** The official texts behind the figure. */
  sources: Array<{ id: string; title: string; article?: string; url?: string; publisher?: string }>;
  warnings: YaosuDiagnostic[];
}

/** What a page needs beside the checks (core/assist/form_help.h). */
export interface FormHelp {
  /** The day the figures are computed for: the form's own date, or today until it has one. */
  as_of: { pointer: JsonPointer; date: string; given: boolean };
  /** Computed values that exist only thanks to today's date. */
  today_values: Record<string, unknown>;
  /** For each computed value still null: the absent elements it waits for ([] when nothing is missing). */
  needs: Record<string, JsonPointer[]>;
  /** The court fee on the amount the form will file, under each procedure; or what it waits for. */
  fee:
    | { amount_pointer: JsonPointer; amount_source: 'entered' | 'computed'; amount_fen: number; as_of: string; as_of_given: boolean;
        court_fee?: number;
        choices: Array<{ procedure: 'ordinary' | 'simplified' | 'mediation_or_withdrawal'; when: { zh: string; en: string }; fee: CalculationForPeople }> }
    | { needs: JsonPointer[]; declined?: boolean };
  limitation: { ends: string; as_of: string; days_left: number; soon: boolean; passed: boolean; diagnostic?: YaosuDiagnostic } | null;
  progress: {
    needed: { filled: number; total: number };
    optional: { filled: number; total: number };
    sections: Array<{ id: string; needed: { filled: number; total: number }; optional: { filled: number; total: number }; missing: string[] }>;
  };
}

/** Where a problem or warning lies in the form, when it can be told. */
export type FilingElement = { row: string; number?: number; label: { zh: string; en?: string }; section: { zh: string; en?: string } } |
  { computed: string; label: { zh: string; en?: string } } | null;

/** summarizeFiling(): a FilingVerification plus what staff read beside it (core/filing/filing_summary.h). */
export interface FilingSummary extends FilingVerification {
  summary: {
    parties: { plaintiffs: string[]; defendants: string[] };
    claim_total_fen: number | null;
    court_fee_fen: number | null;
    warnings: Array<YaosuDiagnostic & { element: FilingElement }>;
    problems: Array<YaosuDiagnostic & { element: FilingElement }>;
  };
}

export interface YaosuModule {
  FormSession: new (caseType: string, form: string, draftText: string) => FormSession;
  /** JSON text of {ok: true, text: canonical filing JSON} or {ok: false, diagnostics} (the form's errors). */
  produceFiling(caseType: string, form: string, instanceText: string, createdAt: string): string;
  /** JSON text of a FilingVerification (or {ok: false, inputError: true, problems} for malformed JSON). */
  verifyFiling(filingText: string): string;
  /** JSON text of {ok: true, csv, form, columns: BatchColumn[]} — the blank batch table of a form, lists to
   *  `entries` entries (as `yaosu cases --table`) — or {ok: false, diagnostics}. */
  batchTable(caseType: string, form: string, entries: number): string;
  /** A table of cases (CSV text, already decoded) filed row by row (as `yaosu file --batch`): `result` is JSON
   *  text of {ok: true, index, problems: BatchProblem[]} or {ok: false, diagnostics}; `zip` the set
   *  (index.json, filings/, docx/ when asked, problems.csv) or null. `onProgress`, when a function, is told each
   *  whole percent and at the last row. */
  fileBatch(
    caseType: string,
    form: string,
    csvText: string,
    createdAt: string,
    withDocx: boolean,
    onProgress: ((progress: { done: number; total: number; filed: number; refused: number }) => void) | null,
  ): {
    result: string;
    zip: Uint8Array | null;
  };
  /** JSON text of a FilingSummary (or {ok: false, inputError: true, problems} for malformed JSON). */
  summarizeFiling(filingText: string): string;
  /** JSON text of {ok: true, html, problems} (problems: verification, the page is printed anyway) or {ok: false, diagnostics}. */
  renderFilingHtml(filingText: string): string;
  /** The .docx bytes of a filing (the same as `yaosu render --docx`), or null when it names no installed case type. */
  renderFilingDocx(filingText: string): Uint8Array | null;
  /** JSON text of {ok: true, html} (the printable dispute table, as `yaosu compare --html`) or {ok: false, diagnostics}. */
  compareFilingsHtml(complaintText: string, answerText: string): string;
  /** JSON text of {ok: true, complaint, answer, counts, admitted, disputed, unanswered, exemptions}
   *  (as `yaosu compare --json`) or {ok: false, diagnostics}. */
  compareFilings(complaintText: string, answerText: string): string;
  /** JSON text of CaseSummary[]: the built-in case types and forms whose files are there (in the app's wasm,
   *  those added with addFormFiles; the page reads forms/index.json, this list made at build time). */
  cases(): string;
  /** The folder ("cases/divorce", "published/divorce/2025.1/complaint") whose files must be added
   *  (addFormFiles) before that version of the form ("" the newest) can be used — the app's wasm holds every
   *  case.json but no other file of a case type — or "" when they are there or no such form is listed. */
  formFilesToAdd(caseType: string, form: string, version: string): string;
  /** Adds a folder bundle ({folder, files: [{path, text}]}, build/web/forms/<folder>.json) to the built-in
   *  library: JSON text of {ok: true, files: count} or {ok: false, diagnostics} (case.bundle_malformed, json.*). */
  addFormFiles(bundleText: string): string;
  /** addFormFiles of a bundle already read (JSON.parse: the browser's parser is faster than the wasm's
   *  on a cold start): the same checks and answer. */
  addReadFormFiles(bundle: unknown): string;
  /** A form in `version` ("" for the newest; an earlier one is kept for its filings): JSON text of
   *  {ok: true, summary, manifest, elements, schema, shared: {$id: schema of a shared piece}, words ({fields, values}
   *  of a composed form — schemas/cases/README.md — or null for a published 2025.1 form, whose words are schemas/ui/labels.json),
   *  document (print templates), computed: [{id, label, unit}]} or {ok: false, diagnostics}. */
  caseForm(caseType: string, form: string, version: string): string;
  /** JSON text of a FormCheck for a filled form (JSON text). */
  validateForm(caseType: string, form: string, instanceText: string): string;
  /** One-shot: compile `schemaText` with `optionsText` and validate `instanceText`; JSON text of a YaosuResult. */
  validate(schemaText: string, instanceText: string, optionsText: string): string;
  /** The engine's version, e.g. "0.1.0". */
  version(): string;
  Validator: new (schemaText: string, optionsText: string) => Validator;
}

/** Module overrides; in Node pass `wasmBinary` (the bytes of yaosu.wasm) to skip fetch(). */
export interface YaosuModuleOptions {
  wasmBinary?: ArrayBuffer | Uint8Array;
  locateFile?: (path: string, prefix: string) => string;
  [key: string]: unknown;
}

export default function createYaosu(options?: YaosuModuleOptions): Promise<YaosuModule>;
