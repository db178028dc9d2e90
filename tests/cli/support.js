// Shared by the CLI end-to-end tests: which yaosu binary is under test, how to
// run it, and the plain check() reporter of the tests that do not use node:test.
'use strict';

const { spawnSync } = require('node:child_process');
const path = require('node:path');

// yaosuUnderTest: the binary named on the command line (exits 2 without one).
function yaosuUnderTest() {
  const yaosu = process.argv[2];
  if (!yaosu) {
    console.error(`usage: node ${path.basename(process.argv[1])} path/to/yaosu`);
    process.exit(2);
  }
  return yaosu;
}

// runYaosu: runs `yaosu args...` with `input` on stdin; throws if it cannot start.
function runYaosu(yaosu, args, input) {
  const result = spawnSync(yaosu, args, { input: input ?? '', encoding: 'utf8', timeout: 60000 });
  if (result.error) throw result.error;
  return result;
}

// check / finish: one line per check, and exit 1 at the end if any failed.
let failures = 0;
function check(name, body) {
  try {
    body();
    console.log(`ok    ${name}`);
  } catch (error) {
    failures += 1;
    console.log(`FAIL  ${name}\n      ${String(error.message).split('\n').join('\n      ')}`);
  }
}
function finish(summary) {
  console.log(failures === 0 ? summary : `${failures} check(s) failed`);
  process.exit(failures === 0 ? 0 : 1);
}

module.exports = { yaosuUnderTest, runYaosu, check, finish };
