// microsPerItem: runs `pass` (one pass over `count` instances) for a third of
// `minSeconds` to warm up (V8 optimises hot code only after a while), then again
// until `minSeconds` have gone by; µs per instance. The same loop as
// bench/corpus_bench.cpp, so the native and the Node figures are alike.
import { readFileSync } from 'node:fs';

export function microsPerItem(count, minSeconds, pass) {
  const warmUp = performance.now();
  do pass();
  while (performance.now() - warmUp < (minSeconds * 1000) / 3);
  let passes = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    pass();
    passes += 1;
    elapsed = (performance.now() - start) / 1000;
  } while (elapsed < minSeconds);
  return (elapsed * 1e6) / (passes * count);
}

// instanceTexts: the lines of a set's JSON Lines file.
export const instanceTexts = (set) => readFileSync(set.instances, 'utf8').split('\n').filter(Boolean);

// documentsOf: a set's `$ref`-reachable documents, {uri: parsed schema}.
export const documentsOf = (set) =>
  Object.fromEntries(set.documents.map(({ uri, path }) => [uri, JSON.parse(readFileSync(path, 'utf8'))]));
