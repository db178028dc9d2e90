// A tiny static file server for the Yaosu web app (no npm dependencies).
//
//   node web/server/server.mjs --root build/web --host 127.0.0.1 --port 8080
//
// Serves GET and HEAD only, from inside --root only (no directory traversal,
// no dotfiles, no symlinks leading out), with a strict Content-Security-Policy
// and the MIME types the app needs (application/wasm for streaming compile).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
  return { file: candidate, size: stat.size };
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
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': type,
      'Content-Length': found.size,
      'Cache-Control': 'no-cache',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = fs.createReadStream(found.file);
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
