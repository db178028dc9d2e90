#!/usr/bin/env node
// How every `yaosu` command reads its words (cli/command_options.h): the forms
// each accepts (--name value, --name=value, "--", help) and, for each kind of
// mistake, the exact message and exit status 2. Pinned on the commands as they
// were before they shared one option reader, so that sharing it changed nothing.
//
//   node tests/cli/options_cli_test.js path/to/yaosu
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { yaosuUnderTest, runYaosu } = require('./support.js');

const yaosu = yaosuUnderTest();
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'yaosu-options-'));
process.on('exit', () => fs.rmSync(folder, { recursive: true, force: true }));
const schema = path.join(folder, 'schema.json');
const instance = path.join(folder, 'instance.json');
fs.writeFileSync(schema, '{"type": "object"}');
fs.writeFileSync(instance, '{}');
const missing = path.join(folder, 'missing.json');

// Usage mistakes: the words, and how stderr begins.
const mistakes = [
  [['cases', '--bogus'], 'yaosu cases: unexpected --bogus\n\nusage: yaosu cases'],
  [['cases', 'extra'], 'yaosu cases: unexpected extra\n\nusage: yaosu cases'],
  [['cases', '--expand'], 'yaosu cases: unexpected --expand\n\n'],
  [['cases', '--expand='], 'yaosu cases: unexpected --expand=\n\n'],
  [['cases', '--check=folder'], 'yaosu cases: unexpected --check=folder\n\n'],
  [
    ['check-id', '13800138000', '--as-of=2025-06-01'],
    'yaosu check-id: unexpected argument "--as-of=2025-06-01"\nusage: yaosu check-id',
  ],
  [['check-id', '13800138000', '--as-of'], 'yaosu check-id: unexpected argument "--as-of"\n'],
  [['check-id', '13800138000', '--as-of', 'soon'], 'yaosu check-id: --as-of wants a date YYYY-MM-DD, not "soon"\n'],
  [['check-id', '13800138000', '13900139000'], 'yaosu check-id: unexpected argument "13900139000"\n'],
  [['check-id', '13800138000', '-x'], 'yaosu check-id: unexpected argument "-x"\n'],
  [['calc', 'lpr', '--date=2024-03-01'], 'yaosu calc lpr: unexpected "--date=2024-03-01"\n\nusage: yaosu calc'],
  [['calc', 'lpr', '--date', '2024-03-01', '--date', '2024-03-02'], 'yaosu calc lpr: unexpected "--date"\n'],
  [['calc', 'lpr', '--date'], 'yaosu calc lpr: unexpected "--date"\n'],
  [['calc', 'lpr', '--help'], 'yaosu calc lpr: unexpected "--help"\n'],
  [['calc', 'lpr', 'tomorrow'], 'yaosu calc lpr: unexpected "tomorrow"\n'],
  [['calc', 'lpr', '--term', '1y'], 'yaosu calc: lpr needs --date YYYY-MM-DD\n'],
  [['rule', 'eval', '1', '--frob'], 'yaosu: unknown option --frob\nusage: yaosu rule'],
  [['rule', '--frob', '--help'], 'yaosu: unknown option --frob\n'],
  [['rule', 'eval'], 'usage: yaosu rule'],
  [['validate', '--schema'], 'yaosu validate: --schema needs a file\n\nusage: yaosu validate'],
  [['validate', '--schema=', instance], 'yaosu validate: --schema needs a file\n'],
  [['validate', '--case', 'private-lending', '--form'], 'yaosu validate: --form needs a value\n'],
  [['validate', '--case=', '--form', 'complaint', instance], 'yaosu validate: --case needs a value\n'],
  [['validate', '--schema', schema, '--ref', 'nothing', instance], 'yaosu validate: --ref needs URI=FILE\n'],
  [['validate', '--schema', schema, '--frob', instance], 'yaosu validate: unknown option --frob\n'],
  [['validate', '--schema', schema], 'yaosu validate: no instance to validate'],
  [['file', instance, '--help'], 'yaosu file: unknown option --help\n\nusage: yaosu file'],
  [['file', '--case'], 'yaosu file: --case needs a value\n'],
  [['file', '-o=', instance], 'yaosu file: -o needs a value\n'],
  [['file', '--case', 'a', '--form', 'b', instance, instance], 'yaosu file: one form at a time\n'],
  [['file', instance], 'yaosu file: --case, --form and a FILE are required\n'],
  [['render'], 'yaosu render: name a filing\n\nusage: yaosu render'],
  [['render', '--html'], 'yaosu render: --html needs a file\n'],
  [['render', '--docx='], 'yaosu render: --docx needs a file\n'],
  [['render', 'a.json', 'b.json'], 'yaosu render: unexpected b.json\n\nusage: yaosu render'],
  [['render', '--frob'], 'yaosu render: unexpected --frob\n\n'],
  [['verify'], 'yaosu verify: name one or more filings (- for stdin, once)\n\nusage: yaosu verify'],
  [['verify', '--jobs'], 'yaosu verify: --jobs needs a value\n\nusage: yaosu verify'],
  [['verify', '--jobs=0', missing], 'yaosu verify: --jobs needs a number from 1 to 999\n'],
  [['verify', '--frob'], 'yaosu verify: unknown option --frob\n\nusage: yaosu verify'],
  [['verify', '-', '-'], 'yaosu verify: name one or more filings (- for stdin, once)\n'],
  [['compare', '--html'], 'yaosu compare: --html needs a value\n'],
  [['compare', '--frob'], 'yaosu compare: unknown option --frob\n\nusage: yaosu compare'],
  [['compare', 'a.json'], 'yaosu compare: name the complaint filing and the answer filing\n\n'],
];

for (const [args, stderr] of mistakes) {
  test(`yaosu ${args.join(' ')} is a usage error`, () => {
    const result = runYaosu(yaosu, args);
    assert.equal(result.status, 2, result.stderr);
    assert.ok(result.stderr.startsWith(stderr), `stderr begins:\n${result.stderr.slice(0, 200)}`);
    if (!stderr.includes('usage:') && stderr.endsWith('\n') && !stderr.endsWith('\n\n')) {
      // A message printed without the synopsis stays that way.
      assert.ok(!result.stderr.includes('usage:') || result.stderr.startsWith(stderr.trimEnd() + '\n'), result.stderr);
    }
    assert.equal(result.stdout, '');
  });
}

// Asking for help: the synopsis on stdout, exit 0, wherever the command reads it.
for (const [args, synopsis] of [
  [['cases', '--json', '--help'], 'usage: yaosu cases'],
  [['check-id', '--frob', '--help'], 'usage: yaosu check-id'],
  [['calc', '-h'], 'usage: yaosu calc'],
  [['rule', 'eval', '1', '--help'], 'usage: yaosu rule'],
  [['validate', '--help', '--frob'], 'usage: yaosu validate'],
  [['file', '-h'], 'usage: yaosu file'],
  [['render', 'a.json', '--help'], 'usage: yaosu render'],
  [['verify', '--json', '-h'], 'usage: yaosu verify'],
  [['compare', '--help', '--frob'], 'usage: yaosu compare'],
]) {
  test(`yaosu ${args.join(' ')} prints the synopsis`, () => {
    const result = runYaosu(yaosu, args);
    assert.equal(result.status, 0, result.stderr);
    assert.ok(result.stdout.startsWith(synopsis), result.stdout.slice(0, 200));
  });
}

test('--name=value and --name value mean the same where both are accepted', () => {
  for (const args of [
    ['validate', `--schema=${schema}`, instance],
    ['validate', '--schema', schema, '--json', instance],
    ['validate', '--schema', schema, '--', instance],
  ]) {
    const result = runYaosu(yaosu, args);
    assert.equal(result.status, 0, `${args.join(' ')}: ${result.stderr}`);
  }
  // After "--" an option-looking word is an instance (here one that cannot be read).
  const ended = runYaosu(yaosu, ['validate', '--schema', schema, '--', '--frob']);
  assert.equal(ended.status, 2);
  assert.ok(!ended.stderr.includes('unknown option'), ended.stderr);
});

test('empty values are values for verify and compare, and --check takes an optional folder', () => {
  const verified = runYaosu(yaosu, ['verify', '--jobs=', '--schemas=', missing]);
  assert.equal(verified.status, 2);
  assert.equal(verified.stderr, '');
  assert.match(verified.stdout, /unreadable/);
  const compared = runYaosu(yaosu, ['compare', '--schemas=', '--html=', missing, missing]);
  assert.equal(compared.status, 2);
  assert.match(compared.stderr, /^yaosu: /);
  const checked = runYaosu(yaosu, ['cases', '--check', '--json']);
  assert.equal(checked.status, 0, checked.stderr);
});

test('values that look like options are values', () => {
  // rule: a word with one dash is an argument (a negative number is JSON text).
  const negative = runYaosu(yaosu, ['rule', 'eval', '-5']);
  assert.equal(negative.status, 0, negative.stderr);
  assert.equal(negative.stdout, '-5\n');
  // check-id: --as-of takes the next word whatever it is, and any real day.
  const early = runYaosu(yaosu, ['check-id', '13800138000', '--as-of', '0500-01-01', '--json']);
  assert.equal(early.status, 0, early.stderr);
  // calc: repeated flags are fine, values in any order.
  const lpr = runYaosu(yaosu, ['calc', 'lpr', '--json', '--term', '5y', '--date', '2024-03-01', '--json']);
  assert.equal(lpr.status, 0, lpr.stderr);
});
