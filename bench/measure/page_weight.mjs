// The web page's weight: bytes, gzipped (zlib level 9) and brotli (quality 11,
// as web/server/precompress.mjs writes what the server sends) bytes of what
// build/web serves for a first visit — index.html, its style sheets, every
// script reachable from it (static imports, the views' lazy import()s and the
// workers' `new URL(..., import.meta.url)`, the files the worker fetches by a
// literal name: `fetchText('…')`), the wasm the engine's yaosu.js loads and
// one case type's files (the largest bundle in forms/cases/: the worker fetches
// the one a page opens) — and, apart, of everything the service worker then
// stores (precache.js).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ENCODINGS } from '../../web/server/precompress.mjs';

const REFERENCES = [
  /\bfrom\s*['"]([^'"]+)['"]/g, // import x from './a.js'
  /\bimport\s*['"]([^'"]+)['"]/g, // import './a.js'
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g, // import('./a.js')
  /new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url/g, // new Worker(new URL('./w.js', import.meta.url))
  /\bfetchText\(\s*['"]([^'"]+)['"]\s*\)/g, // fetchText('../forms/index.json') in the engine's worker
];

const relativeUses = (text, patterns) =>
  patterns
    .flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1]))
    .filter((u) => !/^([a-z]+:|\/)/i.test(u)); // relative: not data:, http: or /

// firstVisitFiles: index.html and what it reaches, as paths under `web`.
export function firstVisitFiles(web) {
  const html = readFileSync(path.join(web, 'index.html'), 'utf8');
  const seen = new Set(['index.html']);
  const queue = relativeUses(html, [/<link[^>]+href="([^"]+)"/g, /<script[^>]+src="([^"]+)"/g]).map((u) =>
    path.normalize(u),
  );
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file) || !existsSync(path.join(web, file))) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const text = readFileSync(path.join(web, file), 'utf8');
    for (const use of relativeUses(text, REFERENCES)) queue.push(path.join(path.dirname(file), use));
    if (path.basename(file) === 'yaosu.js') queue.push(path.join(path.dirname(file), 'yaosu.wasm'));
  }
  const caseTypes = path.join(web, 'forms/cases');
  if (existsSync(caseTypes)) {
    const sizes = readdirSync(caseTypes).map((name) => [statSync(path.join(caseTypes, name)).size, name]);
    const largest = sizes.sort(([a], [b]) => b - a)[0];
    if (largest) seen.add(path.join('forms/cases', largest[1]));
  }
  return [...seen].sort();
}

function weigh(web, files) {
  const [brotli, gzip] = ENCODINGS;
  const weight = { files: files.length, bytes: 0, gzipped: 0, brotli: 0 };
  for (const file of files) {
    if (!existsSync(path.join(web, file))) continue;
    const content = readFileSync(path.join(web, file));
    weight.bytes += content.length;
    weight.gzipped += Math.min(content.length, gzip.compress(content).length);
    weight.brotli += Math.min(content.length, brotli.compress(content).length);
  }
  return weight;
}

// measurePageWeight: the first visit by kind of file, and the precache list.
export function measurePageWeight(web) {
  const files = firstVisitFiles(web);
  const precache = [...readFileSync(path.join(web, 'precache.js'), 'utf8').matchAll(/'\.\/([^']+)'/g)].map((m) => m[1]);
  return {
    html_css: weigh(
      web,
      files.filter((f) => /\.(html|css)$/.test(f)),
    ),
    scripts: weigh(
      web,
      files.filter((f) => f.endsWith('.js')),
    ),
    wasm: weigh(
      web,
      files.filter((f) => f.endsWith('.wasm')),
    ),
    data: weigh(
      web,
      files.filter((f) => f.endsWith('.json')),
    ),
    first_visit: weigh(web, files),
    precache: weigh(web, precache),
  };
}
