// The benchmark, once everything is built (bench/run.sh builds it first): writes
// the corpus, times Yaosu native, Yaosu wasm in Node and ajv on it, `yaosu
// verify` on a few thousand filings, weighs the web page, times the form in
// headless Chromium (skipped with a note where it cannot run), and prints the
// Markdown report, also written to build/bench-results/. It only reports:
// nothing here fails on a slow figure.
//
//   node bench/run.mjs          BENCH_MIN_SECONDS=1 node bench/run.mjs (steadier, slower)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { generateCorpus } from './corpus/generate.mjs';
import { measureAjv } from './measure/ajv.mjs';
import { measureBrowser } from './measure/browser.mjs';
import { measurePageWeight } from './measure/page_weight.mjs';
import { makeFilings, measureVerify } from './measure/verify.mjs';
import { measureBatch } from './measure/batch.mjs';
import { loadYaosu, measureWasm } from './measure/wasm.mjs';
import { report } from './report.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = (relative) => path.join(root, relative);
const yaosu = at('build/bench/cli/yaosu');
const driver = at('build/bench/bench/yaosu_corpus_bench');
const wasmJs = process.env.YAOSU_WASM_JS || at('build/wasm/wasm/yaosu.js');
const web = at('build/web');
const corpus = at('build/bench-corpus');
const minSeconds = Number(process.env.BENCH_MIN_SECONDS || 0.5);
const say = (line) => console.error(`bench: ${line}`);

const firstLine = (command, args) => spawnSync(command, args, { encoding: 'utf8' }).stdout?.split('\n')[0] ?? '?';
const packageVersion = (name) => JSON.parse(readFileSync(at(`node_modules/${name}/package.json`), 'utf8')).version;

function machine() {
  return {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    commit: firstLine('git', ['-C', root, 'rev-parse', '--short', 'HEAD']),
    cpu: `${os.cpus()[0].model}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`,
    'load average at start (other work on the machine)': os.loadavg()[0].toFixed(2),
    native: `${firstLine('g++', ['--version'])}, Release (-O3), build/bench`,
    wasm: `${wasmJs.replace(root + '/', '')} (Emscripten ${firstLine('emcc', ['--version']).match(/\d+\.\d+\.\d+/)?.[0] ?? '?'}, Release)`,
    node: process.version,
    ajv: `ajv ${packageVersion('ajv')} (Ajv2020, strict off, multipleOfPrecision 9), ajv-formats ${packageVersion('ajv-formats')}`,
  };
}

function measureNative(manifestFile) {
  const run = spawnSync(driver, [manifestFile, String(minSeconds)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`${driver}: ${run.stderr}`);
  return JSON.parse(run.stdout).sets;
}

// timeForms: an example form, and the largest: the last size step (50 parties per
// side, 500 evidence rows).
function timeForms() {
  const steel = path.join(root, 'tests/cases/examples/sales-contract/complaint/valid/steel-unpaid-price.json');
  const largest = results.manifest.sets.filter((set) => set.group === 'size').at(-1);
  return measureBrowser([
    {
      label: 'sales-contract complaint, example steel-unpaid-price',
      caseType: 'sales-contract',
      form: 'complaint',
      instance: JSON.parse(readFileSync(steel, 'utf8')),
      field: '/facts/contract/name',
    },
    {
      label: largest.name.replace(/^size /, ''),
      caseType: 'private-lending',
      form: 'complaint',
      instance: JSON.parse(readFileSync(largest.instances, 'utf8').split('\n')[0]),
      field: '/facts/contract/place',
    },
  ]);
}

const results = { machine: machine(), minSeconds };
say('writing the corpus to build/bench-corpus/');
results.manifest = generateCorpus(yaosu, corpus);
const manifestFile = path.join(corpus, 'manifest.json');
say('timing Yaosu native');
results.native = measureNative(manifestFile);
say('timing ajv');
results.ajv = measureAjv(results.manifest, minSeconds);
say('timing Yaosu wasm in Node');
results.wasm = measureWasm(await loadYaosu(wasmJs), results.manifest, minSeconds);
say('making filings and timing yaosu verify');
const { distinct, files } = makeFilings(yaosu, root, results.manifest.forms, path.join(corpus, 'filings'));
results.verify = { distinct, ...measureVerify(yaosu, files) };
say('timing yaosu file --batch on 10,000 rows');
results.batch = measureBatch(yaosu, path.join(corpus, 'batch'));
if (existsSync(path.join(web, 'index.html'))) results.page = measurePageWeight(web);
say('timing the form in Chromium');
results.browser = await timeForms().catch((error) => ({ skipped: String(error.message ?? error).split('\n')[0] }));

results.machine['load average at the end'] = os.loadavg()[0].toFixed(2);
const markdown = report(results);
const out = at('build/bench-results');
mkdirSync(out, { recursive: true });
const stamp = results.machine.date.replace(/[: ]/g, '').replace('UTC', '');
writeFileSync(path.join(out, `bench-${stamp}.md`), markdown);
writeFileSync(path.join(out, `bench-${stamp}.json`), JSON.stringify(results, null, 1));
console.log(markdown);
say(`written to build/bench-results/bench-${stamp}.md (and .json, every set's figures)`);
