// The schema walker draws, of each if/then/else, the side the engine says
// applies (web/form/schema_walk.js): here the engine's answers are given by
// hand, so what is tested is the walker's part — naming each `if` as the
// engine does, and following the side it is told.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SchemaWalker, pointerGet, pointerSet } from '../../web/form/schema_walk.js';

const party = {
  $id: 'https://yaosu.cn/test/party.json',
  type: 'object',
  properties: { kind: { enum: ['person', 'organisation'] } },
  if: { properties: { kind: { const: 'organisation' } } },
  then: { $ref: '#/$defs/organisation' },
  else: { $ref: '#/$defs/person' },
  $defs: {
    person: { properties: { kind: { const: 'person' }, sex: { enum: ['male', 'female'] } } },
    organisation: { properties: { kind: { const: 'organisation' }, uscc: { type: 'string' } } },
  },
};
const form = {
  $id: 'https://yaosu.cn/test/form.json',
  type: 'object',
  properties: {
    parties: { type: 'array', items: { $ref: 'party.json' } },
    claim: {
      type: 'object',
      properties: { claimed: { type: 'boolean' }, amount: { type: 'number' }, 'a/b': { type: 'string' } },
      allOf: [{ if: { properties: { claimed: { const: true } } }, then: { required: ['amount'] } }],
    },
  },
};
const PARTY_IF = 'https://yaosu.cn/test/party.json#/if';
const CLAIM_IF = 'https://yaosu.cn/test/form.json#/properties/claim/allOf/0/if';

function walkerAnswering(answers) {
  const asked = [];
  const walker = new SchemaWalker(form, { [party.$id]: party }, (pointer, ifLocation) => {
    asked.push([pointer, ifLocation]);
    return answers[pointer]?.[ifLocation];
  });
  return { walker, asked };
}

function fieldsOf(walker, nodes, pointer) {
  return [...walker.leaf(nodes, pointer).properties.keys()].sort();
}

test('a party is drawn on the side of its if the engine names, at the canonical location of the if', () => {
  const { walker, asked } = walkerAnswering({
    '/parties/0': { [PARTY_IF]: false },
    '/parties/1': { [PARTY_IF]: true },
  });
  const items = [walker.leaf([walker.root], '').properties.get('parties')[0]];
  const item = walker.leaf(items, '/parties').items;
  assert.deepEqual(fieldsOf(walker, [item], '/parties/0'), ['kind', 'sex']);
  assert.deepEqual(fieldsOf(walker, [item], '/parties/1'), ['kind', 'uscc']);
  assert.deepEqual(
    asked.filter(([pointer]) => pointer.startsWith('/parties/')),
    [
      ['/parties/0', PARTY_IF],
      ['/parties/1', PARTY_IF],
    ],
  );
});

test('an if inside allOf is named by its place, and a side that does not apply leaves its fields dormant', () => {
  const claim = (answers) => {
    const { walker } = walkerAnswering(answers);
    return walker.leaf(walker.leaf([walker.root], '').properties.get('claim'), '/claim');
  };
  assert.deepEqual([...claim({ '/claim': { [CLAIM_IF]: false } }).dormant], ['amount']);
  const claimed = claim({ '/claim': { [CLAIM_IF]: true } });
  assert.deepEqual([...claimed.dormant], []);
  assert.deepEqual([...claimed.required], ['amount']);
});

test('an element the engine has not checked shows the then side; a hypothetical one shows no side', () => {
  const { walker, asked } = walkerAnswering({});
  const item = walker.leaf(walker.leaf([walker.root], '').properties.get('parties'), '/parties').items;
  assert.deepEqual(fieldsOf(walker, [item], '/parties/7'), ['kind', 'uscc']);
  const before = asked.length;
  assert.deepEqual(fieldsOf(walker, [item], null), ['kind']);
  assert.equal(asked.length, before, 'a hypothetical element asks the engine nothing');
});

test('property names are escaped in the location as JSON Pointer tokens', () => {
  const { walker } = walkerAnswering({});
  const [node] = walker.leaf([walker.root], '').properties.get('claim');
  const [slashed] = walker.leaf([node], '/claim').properties.get('a/b');
  assert.equal(slashed.at, '/properties/claim/properties/a~1b');
});

test('issue #16: keys named __proto__ and constructor are data — set, read and removed, Object.prototype untouched', () => {
  const draft = JSON.parse('{"plaintiffs": [{"name": "王小明", "__proto__": {"x": 1}}]}');
  pointerSet(draft, '/plaintiffs/0/__proto__/x', 'typed');
  pointerSet(draft, '/plaintiffs/0/constructor/prototype/x', 'typed');
  pointerSet(draft, '/claims/__proto__/y', 'typed'); // made on the way
  assert.equal({}.x, undefined);
  assert.equal({}.y, undefined);
  assert.equal(Object.getPrototypeOf(draft.claims), Object.prototype);
  assert.equal(
    JSON.stringify(draft),
    '{"plaintiffs":[{"name":"王小明","__proto__":{"x":"typed"},"constructor":{"prototype":{"x":"typed"}}}],' +
      '"claims":{"__proto__":{"y":"typed"}}}',
  );
  assert.equal(pointerGet({}, '/__proto__'), undefined, 'only own properties are read');
  assert.equal(pointerGet({}, '/constructor/prototype'), undefined);
  assert.equal(pointerGet(draft, '/plaintiffs/0/__proto__/x'), 'typed');
  pointerSet(draft, '/plaintiffs/0/__proto__', undefined);
  assert.equal(Object.hasOwn(draft.plaintiffs[0], '__proto__'), false);
});
