// A tiny static file server for the Yaosu web app (no npm dependencies).
//
//   node web/server/server.mjs --root build/web --host 127.0.0.1 --port 8080
//
// Serves GET and HEAD only, from inside --root only (no directory traversal,
// no dotfiles, no symlinks leading out), with a strict Content-Security-Policy
// and the MIME types the app needs (application/wasm for streaming compile).
// A file precompressed at build time (precompress.mjs: `<file>.br`, `<file>.gz`)
// is sent in the best coding the browser accepts.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENCODINGS } from './precompress.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

function parseArgs(argv) {
  const args = { root: path.resolve(here, '../../build/web'), host: '127.0.0.1', port: 8080 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = inline ?? argv[++i];
    if (flag === '--root') args.root = path.resolve(value);
    else if (flag === '--host') args.host = value;
    else if (flag === '--port') args.port = Number(value);
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return args;
}

// Scripts only from this origin (plus compiling wasm); requests only to it.
// Styles may be inline because the rendered complaint (renderFilingHtml) is a
// standalone page with its own style sheet, shown in a frame or a new tab that
// inherits this policy; it carries no script, and user text in it is escaped.
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; " +
  "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; worker-src 'self'; " +
  "frame-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'";

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

function send(res, status, body, headers = {}) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(body);
}

// resolveInside: the real path of the file `urlPath` names inside `root`, or
// null when it would leave the root, names a dotfile, or does not exist.
function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s.startsWith('.'))) return null; // "..", ".git", ".env"
  let candidate = path.join(root, ...segments);
  let stat;
  try {
    candidate = fs.realpathSync(candidate);
    stat = fs.statSync(candidate);
    if (stat.isDirectory()) {
      candidate = fs.realpathSync(path.join(candidate, 'index.html'));
      stat = fs.statSync(candidate);
    }
  } catch {
    return null;
  }
  const relative = path.relative(root, candidate);
  if (relative.startsWith('..') || path.isAbsolute(relative) || !stat.isFile()) return null;
  return { file: candidate, size: stat.size, mtimeMs: stat.mtimeMs };
}

// accepted: the content codings an Accept-Encoding header allows ("br;q=1.0, gzip" → {br, gzip}; q=0 refuses).
export function accepted(header = '') {
  const codings = new Set();
  for (const part of header.split(',')) {
    const [name, ...parameters] = part.trim().toLowerCase().split(';');
    const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) codings.add(name);
  }
  return codings;
}

// precompressedCopy: the copy of `file` to send for `acceptEncoding` — {file, size, coding} — or null.
// A copy older than its file (a hand-edited build) is not used.
function precompressedCopy(found, acceptEncoding) {
  const codings = accepted(acceptEncoding);
  for (const encoding of ENCODINGS) {
    if (!codings.has(encoding.name) && !codings.has('*')) continue;
    try {
      const copy = fs.statSync(found.file + encoding.suffix);
      if (copy.isFile() && copy.mtimeMs >= found.mtimeMs)
        return { file: found.file + encoding.suffix, size: copy.size, coding: encoding.name };
    } catch {
      // no copy in this coding
    }
  }
  return null;
}

export function createServer(rootDir) {
  const root = fs.realpathSync(rootDir);
  return http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
      return;
    }
    const urlPath = (req.url || '/').split(/[?#]/, 1)[0];
    const found = resolveInside(root, urlPath);
    if (!found) {
      send(res, 404, 'Not Found\n');
      return;
    }
    const type = MIME_TYPES[path.extname(found.file).toLowerCase()] || 'application/octet-stream';
    const copy = precompressedCopy(found, req.headers['accept-encoding']);
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': type,
      'Content-Length': copy ? copy.size : found.size,
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
      ...(copy ? { 'Content-Encoding': copy.coding } : {}),
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = fs.createReadStream(copy ? copy.file : found.file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(args.root, 'index.html'))) {
    console.error(`server: no index.html in ${args.root} (run scripts/build.sh first)`);
    process.exit(1);
  }
  const server = createServer(args.root);
  server.on('error', (error) => {
    console.error(`server: cannot listen on ${args.host}:${args.port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(args.port, args.host, () => {
    console.log(`server: serving ${args.root} on http://${args.host}:${args.port}/`);
  });
  const stop = () => {
    server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
