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

// The creation time every example filing of the tests is made with.
const CREATED = '2025-10-08T09:30:00+08:00';

// fileExample: a filing of the valid example tests/cases/examples/<caseType>/<form>/valid/<name>.json
// made by `yaosu file` into `out`; returns the result of the run (status 0 when it filed).
function fileExample(yaosu, caseType, form, name, out) {
  const example = path.resolve(__dirname, '..', 'cases', 'examples', caseType, form, 'valid', `${name}.json`);
  return runYaosu(yaosu, ['file', '--case', caseType, '--form', form, '--created-at', CREATED, '-o', out, example]);
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

module.exports = { yaosuUnderTest, runYaosu, fileExample, CREATED, check, finish };
