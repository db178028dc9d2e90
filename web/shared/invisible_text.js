// Characters that change how text reads without being seen: bidi controls,
// which reorder what follows them (a name typed 王<U+202E>明小 shows as 王小明),
// and zero-width characters, which make two names that look the same differ.
// Court staff must see them, so a filing cannot pass off one party as another;
// splitInvisible cuts them out of a text for the page to show as marks.
//
//   splitInvisible('王\u202e明小')
//     → [{ text: '王' }, { code: 'U+202E', kind: 'bidi' }, { text: '明小' }]

const BIDI = new Set([0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);
const ZERO_WIDTH = new Set([0x00ad, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff]);

// invisibleKind: 'bidi', 'zero_width' or null for one code point.
export function invisibleKind(codePoint) {
  if (BIDI.has(codePoint)) return 'bidi';
  if (ZERO_WIDTH.has(codePoint)) return 'zero_width';
  return null;
}

// splitInvisible: the text as pieces — {text} runs and {code, kind} for each invisible character.
export function splitInvisible(value) {
  const pieces = [];
  let run = '';
  for (const character of String(value ?? '')) {
    const codePoint = character.codePointAt(0);
    const kind = invisibleKind(codePoint);
    if (kind === null) {
      run += character;
      continue;
    }
    if (run) pieces.push({ text: run });
    run = '';
    pieces.push({ code: `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`, kind });
  }
  if (run) pieces.push({ text: run });
  return pieces;
}

// hasInvisible: whether the text holds any character splitInvisible marks.
export function hasInvisible(value) {
  return splitInvisible(value).some((piece) => piece.kind);
}
