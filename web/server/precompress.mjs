// Precompressed copies of what build/web serves: beside each page, script,
// style sheet, JSON file and the wasm engine, `<file>.br` (brotli, quality 11)
// and `<file>.gz` (gzip, level 9), each written only when it is smaller. The
// dev server (server.mjs) sends one of them where the browser accepts it, as a
// static host does with nginx's gzip_static / brotli_static; compressing once
// at build time keeps the best ratio without costing each request.
//
//   node web/server/precompress.mjs build/web      (scripts/build.sh runs it)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

export const COMPRESSIBLE = /\.(html|js|mjs|css|json|wasm|svg|webmanifest|txt)$/;

// ENCODINGS: the codings a file may be precompressed in, best first, with their file suffix.
export const ENCODINGS = [
  {
    name: 'br',
    suffix: '.br',
    compress: (bytes) =>
      zlib.brotliCompressSync(bytes, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }),
  },
  { name: 'gzip', suffix: '.gz', compress: (bytes) => zlib.gzipSync(bytes, { level: 9 }) },
];

function* filesUnder(folder) {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else if (entry.isFile()) yield full;
  }
}

// precompress: writes the copies under `root`; returns {files, bytes, written: {br, gzip}} (bytes of each coding).
export function precompress(root) {
  const totals = { files: 0, bytes: 0, written: { br: 0, gzip: 0 } };
  for (const file of [...filesUnder(root)]) {
    if (!COMPRESSIBLE.test(file)) continue;
    const bytes = fs.readFileSync(file);
    totals.files += 1;
    totals.bytes += bytes.length;
    for (const encoding of ENCODINGS) {
      const compressed = encoding.compress(bytes);
      const copy = file + encoding.suffix;
      if (compressed.length < bytes.length) {
        fs.writeFileSync(copy, compressed);
        totals.written[encoding.name] += compressed.length;
      } else {
        fs.rmSync(copy, { force: true }); // a stale copy of an earlier build must not be served
        totals.written[encoding.name] += bytes.length;
      }
    }
  }
  return totals;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.argv[2];
  if (!root || !fs.existsSync(root)) {
    console.error('usage: node web/server/precompress.mjs BUILD_WEB_FOLDER');
    process.exit(2);
  }
  const { files, bytes, written } = precompress(root);
  console.log(`precompress: ${files} files, ${bytes} bytes → brotli ${written.br}, gzip ${written.gzip}`);
}
