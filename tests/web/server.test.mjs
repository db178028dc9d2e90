// The dev server sends a file's precompressed copy (web/server/precompress.mjs)
// in the best coding the browser accepts, and the file itself otherwise — the
// same bytes once decoded, always with the security headers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { accepted, createServer } from '../../web/server/server.mjs';
import { precompress } from '../../web/server/precompress.mjs';

const engine = Buffer.from('要素'.repeat(5000) + 'wasm-like bytes '.repeat(2000));

async function withServer(files, run) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'yaosu-server-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(root, name), content);
  const server = createServer(root);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    await run(root, base);
  } finally {
    server.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

// get: the response's coding and body as received (not decoded: fetch would decode it).
function get(base, file, acceptEncoding) {
  return new Promise((resolve, reject) => {
    http
      .get(
        `${base}/${file}`,
        { headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } },
        (res) => {
          const chunks = [];
          res.on('data', (chunk) => chunks.push(chunk));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        },
      )
      .on('error', reject);
  });
}

function decoded({ headers, body }) {
  if (headers['content-encoding'] === 'br') return zlib.brotliDecompressSync(body);
  if (headers['content-encoding'] === 'gzip') return zlib.gunzipSync(body);
  return body;
}

test('Accept-Encoding is read with its q-values', () => {
  assert.deepEqual([...accepted('gzip, deflate, br, zstd')], ['gzip', 'deflate', 'br', 'zstd']);
  assert.deepEqual([...accepted('br;q=0, gzip;q=0.5')], ['gzip']);
  assert.deepEqual([...accepted('')], []);
  assert.deepEqual([...accepted(undefined)], []);
});

test('the best accepted coding is sent, and decodes to the file itself', async () => {
  await withServer({ 'index.html': '<!doctype html><p>要素</p>', 'yaosu.wasm': engine }, async (root, base) => {
    const totals = precompress(root);
    assert.equal(totals.files, 2);
    assert.ok(totals.written.br < totals.written.gzip && totals.written.gzip < totals.bytes);
    const cases = [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['identity', undefined],
      [undefined, undefined],
    ];
    for (const [acceptEncoding, coding] of cases) {
      const response = await get(base, 'yaosu.wasm', acceptEncoding);
      assert.equal(response.headers['content-encoding'], coding, `Accept-Encoding: ${acceptEncoding}`);
      assert.equal(response.headers['content-type'], 'application/wasm');
      assert.equal(response.headers.vary, 'Accept-Encoding');
      assert.match(response.headers['content-security-policy'], /default-src 'self'/);
      assert.equal(Number(response.headers['content-length']), response.body.length);
      assert.deepEqual(decoded(response), engine);
    }
  });
});

test('a copy older than its file (a build edited by hand) is not sent', async () => {
  await withServer({ 'index.html': '<p>x</p>', 'app.js': 'export const a = 1;\n'.repeat(100) }, async (root, base) => {
    precompress(root);
    const later = new Date(Date.now() + 60_000);
    fs.writeFileSync(path.join(root, 'app.js'), 'export const b = 2;\n'.repeat(100));
    fs.utimesSync(path.join(root, 'app.js'), later, later);
    const response = await get(base, 'app.js', 'br, gzip');
    assert.equal(response.headers['content-encoding'], undefined);
    assert.match(response.body.toString(), /const b = 2/);
  });
});
