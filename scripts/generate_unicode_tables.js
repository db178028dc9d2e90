#!/usr/bin/env node
// Writes core/regex/internal/unicode_tables.cpp. Needs, in a scratch folder:
//   npm install regenerate-unicode-properties unicode-match-property-value-ecmascript \
//     unicode-canonical-property-names-ecmascript unicode-property-aliases-ecmascript
//   NODE_PATH=<scratch>/node_modules node scripts/generate_unicode_tables.js core/regex/internal/unicode_tables.cpp
// Generates core/regex/internal/unicode_tables.cpp from regenerate-unicode-properties.
const fs = require('fs');
const version = require('regenerate-unicode-properties/unicode-version.js');
const pkg = require('regenerate-unicode-properties/package.json').version;
const ranges = (p) => {
  // [[lo, hi], ...] inclusive
  const d = require('regenerate-unicode-properties/' + p + '.js').characters.data;
  const out = [];
  for (let i = 0; i < d.length; i += 2) out.push([d[i], d[i + 1] - 1]);
  return out;
};
const hex = (n) => '0x' + n.toString(16).toUpperCase();
const leaves = [
  'Cc',
  'Cf',
  'Cn',
  'Co',
  'Cs',
  'Ll',
  'Lm',
  'Lo',
  'Lt',
  'Lu',
  'Mc',
  'Me',
  'Mn',
  'Nd',
  'Nl',
  'No',
  'Pc',
  'Pd',
  'Pe',
  'Pf',
  'Pi',
  'Po',
  'Ps',
  'Sc',
  'Sk',
  'Sm',
  'So',
  'Zl',
  'Zp',
  'Zs',
];
const gcMap = require('unicode-match-property-value-ecmascript/data/mappings.js').get('General_Category');
const cat = new Uint8Array(0x110000).fill(255);
leaves.forEach((leaf, index) => {
  for (const [lo, hi] of ranges('General_Category/' + gcMap.get(leaf))) for (let c = lo; c <= hi; c++) cat[c] = index;
});
for (let c = 0; c < 0x110000; c++) if (cat[c] === 255) throw new Error('uncategorized ' + c);
const runs = [];
for (let c = 0; c < 0x110000; c++) if (c === 0 || cat[c] !== cat[c - 1]) runs.push([c, cat[c]]);
// Masks for every General_Category value name (including aliases such as "digit").
const inSet = (set, c) => set.some(([lo, hi]) => lo <= c && c <= hi);
const gcNames = [];
for (const [alias, canonical] of gcMap) {
  const set = ranges('General_Category/' + canonical);
  let mask = 0;
  leaves.forEach((leaf, index) => {
    const first = runs.find((r) => r[1] === index)[0];
    if (inSet(set, first)) mask |= 1 << index;
  });
  for (let c = 0; c < 0x110000; c++)
    if (((mask >>> cat[c]) & 1) !== (inSet(set, c) ? 1 : 0)) throw new Error('mask ' + alias);
  gcNames.push([alias, mask >>> 0]);
}
gcNames.sort((a, b) => (a[0] < b[0] ? -1 : 1));
// Binary property names (canonical and aliases) valid in ECMAScript.
const canonical = [...require('unicode-canonical-property-names-ecmascript')];
const nonBinary = ['General_Category', 'Script', 'Script_Extensions'];
const binary = canonical.filter((n) => !nonBinary.includes(n));
const binaryNames = binary.map((n) => [n, n]);
for (const [alias, target] of require('unicode-property-aliases-ecmascript'))
  if (binary.includes(target) && alias !== target) binaryNames.push([alias, target]);
binaryNames.sort((a, b) => (a[0] < b[0] ? -1 : 1));
const scMap = require('unicode-match-property-value-ecmascript/data/mappings.js').get('Script');
const scriptNames = [...scMap].sort((a, b) => (a[0] < b[0] ? -1 : 1));
const scripts = ['Bopomofo', 'Cyrillic', 'Greek', 'Han', 'Hangul', 'Hiragana', 'Katakana', 'Latin'];
// ID_Start / ID_Continue as differences from their General_Category core.
const setOf = (mask) => (c) => ((mask >>> cat[c]) & 1) === 1;
const bit = (n) => 1 << leaves.indexOf(n);
const diff = (name, coreMask) => {
  const real = new Uint8Array(0x110000);
  for (const [lo, hi] of ranges('Binary_Property/' + name)) for (let c = lo; c <= hi; c++) real[c] = 1;
  const core = setOf(coreMask >>> 0);
  const add = [],
    remove = [];
  for (let c = 0; c < 0x110000; c++) {
    const list = real[c] && !core(c) ? add : !real[c] && core(c) ? remove : null;
    if (!list) continue;
    const last = list[list.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else list.push([c, c]);
  }
  return { add, remove };
};
const idStartCore = bit('Lu') | bit('Ll') | bit('Lt') | bit('Lm') | bit('Lo') | bit('Nl');
const idStart = diff('ID_Start', idStartCore);
const idContinue = diff('ID_Continue', idStartCore | bit('Mn') | bit('Mc') | bit('Nd') | bit('Pc'));

const lines = [];
const emitRanges = (name, list) => {
  lines.push(`const CodePointRange ${name}[] = {`);
  for (let i = 0; i < list.length; i += 6)
    lines.push(
      '    ' +
        list
          .slice(i, i + 6)
          .map(([a, b]) => `{${hex(a)}, ${hex(b)}}`)
          .join(', ') +
        ',',
    );
  lines.push('};');
};
lines.push(`// File: Unicode ${version} data for \\p{...} — GENERATED, do not edit by hand.`);
lines.push('//');
lines.push(`// Generated from the npm package regenerate-unicode-properties ${pkg} (the sets`);
lines.push('// ECMAScript engines use) plus unicode-match-property-value-ecmascript and');
lines.push('// unicode-property-aliases-ecmascript for the names. General_Category is');
lines.push('// complete (one run table); scripts are a selection (see kScripts); ID_Start and');
lines.push('// ID_Continue are stored as corrections to their General_Category core.');
lines.push('#include "core/regex/internal/unicode_tables.h"');
lines.push('');
lines.push('#include <iterator>');
lines.push('');
lines.push('namespace yaosu::regex::internal {');
lines.push('namespace {');
lines.push('');
for (const s of scripts) {
  emitRanges(`kScript${s}`, ranges('Script/' + s));
  emitRanges(`kScriptExtensions${s}`, ranges('Script_Extensions/' + s));
}
emitRanges('kIdStartAdd', idStart.add);
emitRanges('kIdStartRemove', idStart.remove);
emitRanges('kIdContinueAdd', idContinue.add);
emitRanges('kIdContinueRemove', idContinue.remove);
lines.push('');
lines.push('}  // namespace');
lines.push('');
lines.push(`// Runs of General_Category: {first code point, category}; see GeneralCategory.`);
lines.push('const GeneralCategoryRun kGeneralCategoryRuns[] = {');
for (let i = 0; i < runs.length; i += 8)
  lines.push(
    '    ' +
      runs
        .slice(i, i + 8)
        .map(([a, c]) => `{${hex(a)}, ${c}}`)
        .join(', ') +
      ',',
  );
lines.push('};');
lines.push('const std::size_t kGeneralCategoryRunCount = std::size(kGeneralCategoryRuns);');
lines.push('');
lines.push('// Every General_Category value name and alias, sorted, with its bit mask of GeneralCategory.');
lines.push('const GeneralCategoryName kGeneralCategoryNames[] = {');
for (const [n, m] of gcNames) lines.push(`    {"${n}", ${hex(m)}},`);
lines.push('};');
lines.push('const std::size_t kGeneralCategoryNameCount = std::size(kGeneralCategoryNames);');
lines.push('');
lines.push('// Every binary property name and alias ECMAScript accepts, sorted: {name, canonical}.');
lines.push('const PropertyAlias kBinaryPropertyNames[] = {');
for (const [n, c] of binaryNames) lines.push(`    {"${n}", "${c}"},`);
lines.push('};');
lines.push('const std::size_t kBinaryPropertyNameCount = std::size(kBinaryPropertyNames);');
lines.push('');
lines.push('// Every Script (and Script_Extensions) value name and alias, sorted: {name, canonical}.');
lines.push('const PropertyAlias kScriptNames[] = {');
for (const [n, c] of scriptNames) lines.push(`    {"${n}", "${c}"},`);
lines.push('};');
lines.push('const std::size_t kScriptNameCount = std::size(kScriptNames);');
lines.push('');
lines.push('// The scripts with data, by canonical name: {name, Script ranges, Script_Extensions ranges}.');
lines.push('const ScriptData kScripts[] = {');
for (const s of scripts)
  lines.push(
    `    {"${s}", kScript${s}, std::size(kScript${s}), kScriptExtensions${s}, std::size(kScriptExtensions${s})},`,
  );
lines.push('};');
lines.push('const std::size_t kScriptCount = std::size(kScripts);');
lines.push('');
lines.push(
  'const RangeCorrection kIdStartCorrection = {kIdStartAdd, std::size(kIdStartAdd), kIdStartRemove, std::size(kIdStartRemove)};',
);
lines.push(
  'const RangeCorrection kIdContinueCorrection = {kIdContinueAdd, std::size(kIdContinueAdd), kIdContinueRemove, std::size(kIdContinueRemove)};',
);
lines.push('');
lines.push('}  // namespace yaosu::regex::internal');
fs.writeFileSync(process.argv[2], lines.join('\n') + '\n');
console.log(
  'runs',
  runs.length,
  'gcNames',
  gcNames.length,
  'binary',
  binaryNames.length,
  'scripts',
  scriptNames.length,
  'idStart',
  idStart.add.length,
  idStart.remove.length,
  'idCont',
  idContinue.add.length,
  idContinue.remove.length,
);
