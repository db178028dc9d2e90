// The benchmark's Markdown report: the engines side by side, line by line with
// the ratio Yaosu/ajv (above 1× Yaosu is slower), whether they agreed on each
// instance's verdict, `yaosu verify` throughput and memory, the page weight,
// and the machine and versions the figures were taken on.

const us = (value) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const ratio = (yaosu, ajv) => `${(yaosu / ajv).toFixed(1)}×`;
const thousands = (n) => Math.round(n).toLocaleString('en-US');

// Weighted: µs per instance over several sets, each counted by its instances.
function weighted(results, names, field) {
  const chosen = results.filter((r) => names.includes(r.name));
  const count = chosen.reduce((sum, r) => sum + r.count, 0);
  return chosen.reduce((sum, r) => sum + r[field] * r.count, 0) / count;
}

// corpusLines: each corpus line of the table (the fixed corpus, the case-type
// examples taken together, then each size step).
function corpusLines(manifest) {
  const sets = manifest.sets;
  const describe = (list) => {
    const count = list.reduce((sum, s) => sum + s.count, 0);
    const bytes = list.reduce((sum, s) => sum + s.bytes * s.count, 0) / count;
    return { count, bytes, names: list.map((s) => s.name) };
  };
  const fixed = sets.filter((s) => s.group === 'fixed');
  const examples = sets.filter((s) => s.group === 'examples');
  const lines = [
    { label: 'fixed complaint corpus', ...describe(fixed) },
    { label: `case-type examples (${examples.length} forms, valid and seeded faults)`, ...describe(examples) },
  ];
  for (const set of sets.filter((s) => s.group === 'size')) {
    lines.push({ label: set.name.replace(/^size /, 'size: '), ...describe([set]) });
  }
  return lines;
}

const MEASURES = [
  ['native, instance parsed: `Validate` / ajv (all errors)', 'native', 'validate_us', 'validate_us'],
  ['native, verdict only: `IsValid` / ajv (first error)', 'native', 'is_valid_us', 'is_valid_us'],
  ['native, text in: `ParseJson` + `Validate` / `JSON.parse` + ajv', 'native', 'text_us', 'text_us'],
  ['wasm in Node, text in → result text out: `Validator.validate` / `JSON.parse` + ajv', 'wasm', 'text_us', 'text_us'],
];

function engineTable(results) {
  const rows = [
    '| corpus | instances | bytes each | measure | Yaosu µs | ajv µs | Yaosu/ajv |',
    '| --- | ---: | ---: | --- | ---: | ---: | ---: |',
  ];
  for (const line of corpusLines(results.manifest)) {
    MEASURES.forEach(([measure, engine, yaosuField, ajvField], index) => {
      const yaosu = weighted(results[engine], line.names, yaosuField);
      const ajv = weighted(results.ajv, line.names, ajvField);
      const head = index === 0 ? [line.label, thousands(line.count), thousands(line.bytes)] : ['', '', ''];
      rows.push(`| ${[...head, measure, us(yaosu), us(ajv), ratio(yaosu, ajv)].join(' | ')} |`);
    });
  }
  return rows.join('\n');
}

// agreement: where two engines' verdicts on the same instance differ.
function agreement(results) {
  const lines = [];
  const compare = (label, left, right) => {
    let total = 0;
    const differ = [];
    left.forEach((set, i) => {
      total += set.verdicts.length;
      [...set.verdicts].forEach((verdict, k) => {
        if (verdict !== right[i].verdicts[k])
          differ.push(`${set.name} #${k} (${verdict === '1' ? 'valid' : 'invalid'})`);
      });
    });
    lines.push(`- ${label}: ${total - differ.length} of ${total} verdicts agree.`);
    for (const where of differ.slice(0, 10)) lines.push(`  - differs: ${where} by the first`);
  };
  compare('Yaosu native and ajv', results.native, results.ajv);
  compare('Yaosu native and Yaosu wasm', results.native, results.wasm);
  const invalid = results.native.reduce((sum, s) => sum + [...s.verdicts].filter((v) => v === '0').length, 0);
  lines.push(`- Instances invalid under the schema (native): ${invalid}.`);
  return lines.join('\n');
}

function verifyTable(verify) {
  if (!verify) return '_`yaosu verify` not measured._';
  return [
    '| measure | value |',
    '| --- | ---: |',
    `| \`yaosu verify --jobs 2\`, ${thousands(verify.filings)} filings (${verify.distinct} distinct) | ${verify.seconds.toFixed(2)} s, ${thousands(verify.per_second)} filings/s |`,
    `| peak memory (${verify.memory_from}) | ${verify.peak_mb.toFixed(1)} MB |`,
    `| exit status (0: every filing verified) | ${verify.exit} |`,
  ].join('\n');
}

function batchTable(batch) {
  if (!batch) return '_`yaosu file --batch` not measured._';
  const rows = Object.entries(batch.runs).map(
    ([label, run]) =>
      `| \`yaosu file --batch\`, ${thousands(batch.rows)} 信用卡 rows (${batch.refused} refused), ${label} | ${run.seconds.toFixed(2)} s, ${thousands(run.rows_per_second)} rows/s | ${run.peak_mb.toFixed(1)} MB | ${run.exit} |`,
  );
  return [
    `| batch (table ${(batch.table_bytes / 1e6).toFixed(1)} MB) | time | peak memory | exit (1: some refused) |`,
    '| --- | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

function pageTable(page) {
  if (!page) return '_Page weight not measured: build/web is missing (`bash scripts/build.sh app` assembles it)._';
  const row = (label, w) =>
    `| ${label} | ${w.files} | ${thousands(w.bytes)} | ${thousands(w.gzipped)} | ${w.brotli === undefined ? '—' : thousands(w.brotli)} |`;
  return [
    '| what build/web serves | files | bytes | gzipped (level 9) | brotli (quality 11, what the server sends) |',
    '| --- | ---: | ---: | ---: | ---: |',
    row('first visit: index.html and style sheets', page.html_css),
    row('first visit: scripts reachable from index.html (with the lazy views and workers)', page.scripts),
    row('first visit: the wasm engine', page.wasm),
    ...(page.data
      ? [row('first visit: the JSON the scripts fetch (words, the list of forms, the largest case type)', page.data)]
      : []),
    row('**first visit in all** (with the JSON the scripts fetch by URL)', page.first_visit),
    row('what the service worker then stores (precache.js)', page.precache),
  ].join('\n');
}

function browserTable(browser) {
  if (!browser || browser.skipped) return `_Chromium not measured: ${browser?.skipped ?? 'not run'}._`;
  const ms = (value) => (value == null ? '–' : value.toFixed(1));
  const rows = [
    `| form in headless ${browser.chromium} | navigation → interactive form ms | keystrokes | keystroke → page holds the answer ms, median / p99 | keystroke → frame showing it ms, median / p99 |`,
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  for (const f of browser.forms) {
    rows.push(
      `| ${f.label} | ${ms(f.interactiveMs)} | ${f.keystrokes} | ${ms(f.engine.median)} / ${ms(f.engine.p99)} | ${ms(f.frame.median)} / ${ms(f.frame.p99)} |`,
    );
  }
  return rows.join('\n');
}

function machineLines(machine) {
  return Object.entries(machine)
    .map(([key, value]) => `- ${key}: ${value}`)
    .join('\n');
}

export function report(results) {
  return [
    `## Benchmark ${results.machine.date}`,
    '',
    `µs per instance, the same schemas and instances for every engine; Yaosu/ajv above 1× means Yaosu is slower. Each figure: passes for at least ${results.minSeconds} s after a warm-up of a third of that.`,
    '',
    engineTable(results),
    '',
    agreement(results),
    '',
    verifyTable(results.verify),
    '',
    batchTable(results.batch),
    '',
    pageTable(results.page),
    '',
    browserTable(results.browser),
    '',
    machineLines(results.machine),
    '',
  ].join('\n');
}
