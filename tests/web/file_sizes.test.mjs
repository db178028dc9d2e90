// Every script of the web app does one job and stays small enough to read at a sitting
// (issue #14: no file in web/ over 300 lines, as Prettier lays it out).
import test from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web');
const MAX_LINES = 300;

function scripts(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return scripts(full);
    return entry.name.endsWith('.js') || entry.name.endsWith('.mjs') ? [full] : [];
  });
}

test(`no script of web/ is over ${MAX_LINES} lines`, () => {
  const files = scripts(web);
  assert.ok(files.length > 40, `${files.length} scripts found`);
  const long = files
    .map((file) => [path.relative(web, file), readFileSync(file, 'utf8').split('\n').length - 1])
    .filter(([, lines]) => lines > MAX_LINES);
  assert.deepEqual(long, []);
});
