// The guided form draws the side of each if/then/else the engine says applies
// (the session's `branches`, web/form/schema_walk.js). For every example of
// every form this walks the data through the form's schema as the page does
// and checks that the two name the same `if`s: every `if` the engine applied
// is one the page asks about at that element, and the page never asks about
// an element in the data that the engine has no answer for.
//
//   node --no-experimental-fetch --test tests/wasm/form_branches.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadYaosu, repositoryRoot } from './load_yaosu.mjs';
import { SchemaWalker, pointerJoin } from '../../web/form/schema_walk.js';

const yaosu = await loadYaosu();
const examplesRoot = path.join(repositoryRoot, 'tests/cases/examples');

// formsWithExamples: [{caseType, form, instances: [[name, instance]]}], an empty form first.
function formsWithExamples() {
  const forms = [];
  for (const caseType of readdirSync(examplesRoot).sort()) {
    for (const form of readdirSync(path.join(examplesRoot, caseType)).sort()) {
      const instances = [['(empty)', {}]];
      for (const kind of ['valid', 'invalid']) {
        const folder = path.join(examplesRoot, caseType, form, kind);
        if (!existsSync(folder)) continue;
        for (const name of readdirSync(folder).filter((n) => n.endsWith('.json'))) {
          const document = JSON.parse(readFileSync(path.join(folder, name), 'utf8'));
          instances.push([`${kind}/${name}`, kind === 'valid' ? document : document.instance]);
        }
      }
      forms.push({ caseType, form, instances });
    }
  }
  return forms;
}

// askedWhileWalking: every (element, if) the walker asks about, walking `instance` as the page draws it.
function askedWhileWalking(caseForm, branches, instance) {
  const asked = new Set();
  const walker = new SchemaWalker(caseForm.schema, caseForm.shared, (pointer, ifLocation) => {
    asked.add(`${pointer}\n${ifLocation}`);
    return branches[pointer]?.[ifLocation];
  });
  const visit = (nodes, pointer, value) => {
    const view = walker.leaf(nodes, pointer);
    if (Array.isArray(value)) {
      value.forEach((item, n) => {
        const node = view.prefixItems?.[n] ?? view.items;
        if (node) visit([node], pointerJoin(pointer, n), item);
      });
    } else if (typeof value === 'object' && value !== null) {
      for (const [name, member] of Object.entries(value)) {
        const memberNodes = view.properties.get(name);
        if (memberNodes) visit(memberNodes, pointerJoin(pointer, name), member);
      }
    }
  };
  visit([walker.root], '', instance);
  return asked;
}

for (const { caseType, form, instances } of formsWithExamples()) {
  test(`${caseType}/${form}: the page asks the engine about the very ifs it applied`, () => {
    const caseForm = JSON.parse(yaosu.caseForm(caseType, form, ''));
    assert.equal(caseForm.ok, true);
    for (const [name, instance] of instances) {
      const session = new yaosu.FormSession(caseType, form, JSON.stringify(instance));
      try {
        const { branches } = JSON.parse(session.snapshot());
        const applied = Object.entries(branches).flatMap(([pointer, sides]) =>
          Object.keys(sides).map((ifLocation) => `${pointer}\n${ifLocation}`),
        );
        const asked = askedWhileWalking(caseForm, branches, instance);
        for (const pair of applied) assert.ok(asked.has(pair), `${name}: the page never asks about ${pair}`);
        for (const pair of asked) {
          const [pointer, ifLocation] = pair.split('\n');
          assert.notEqual(branches[pointer]?.[ifLocation], undefined, `${name}: no answer for ${pair}`);
        }
        const parties = instance.plaintiffs ?? instance.respondents ?? [];
        if (parties.length > 0) assert.ok(applied.length > 0, `${name}: a party's if applies`);
      } finally {
        session.delete();
      }
    }
  });
}
