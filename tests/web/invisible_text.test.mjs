// The characters court staff must see: bidi controls and zero-width characters cut out of user text.
import test from 'node:test';
import assert from 'node:assert/strict';

import { hasInvisible, invisibleKind, splitInvisible } from '../../web/shared/invisible_text.js';

test('a right-to-left override in a name is cut out and named', () => {
  assert.deepEqual(splitInvisible('王\u202e明小\u202c'), [
    { text: '王' },
    { code: 'U+202E', kind: 'bidi' },
    { text: '明小' },
    { code: 'U+202C', kind: 'bidi' },
  ]);
});

test('zero-width characters are cut out wherever they are, a BOM included', () => {
  assert.deepEqual(splitInvisible('\u200b王\u200d明\ufeff'), [
    { code: 'U+200B', kind: 'zero_width' },
    { text: '王' },
    { code: 'U+200D', kind: 'zero_width' },
    { text: '明' },
    { code: 'U+FEFF', kind: 'zero_width' },
  ]);
});

test('every bidi control of Unicode is marked: embeddings, overrides, isolates and marks', () => {
  for (const codePoint of [
    0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
  ]) {
    assert.equal(invisibleKind(codePoint), 'bidi', codePoint.toString(16));
  }
});

test('ordinary text, Chinese punctuation, spaces and astral characters pass untouched', () => {
  const plain = '王小明（原告），住 包头市 1号 \u3000 𠀋 😀';
  assert.deepEqual(splitInvisible(plain), [{ text: plain }]);
  assert.equal(hasInvisible(plain), false);
  assert.equal(hasInvisible('15020319850615001\u200b4'), true);
});

test('nothing at all is no pieces, and non-text is read as text', () => {
  assert.deepEqual(splitInvisible(''), []);
  assert.deepEqual(splitInvisible(null), []);
  assert.deepEqual(splitInvisible(42), [{ text: '42' }]);
});
