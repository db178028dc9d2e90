// User text as court staff see it: every bidi control and zero-width character
// replaced by a visible mark (⟦U+202E⟧) that says what it is, so it can neither
// reorder the text after it nor hide (see shared/invisible_text.js).
import { h } from '../shared/dom.js';
import { splitInvisible } from '../shared/invisible_text.js';
import { message } from '../shared/messages.js';

const KIND_CODES = { bidi: 'staff.invisible_bidi', zero_width: 'staff.invisible_zero_width' };

// shown: nodes for `value` — text, with the invisible characters marked.
export function shown(value) {
  return splitInvisible(value).map((piece) =>
    piece.kind
      ? h(
          'mark',
          {
            class: 'invisible-char',
            title: message(KIND_CODES[piece.kind], { code: piece.code }),
            'aria-label': message(KIND_CODES[piece.kind], { code: piece.code }),
          },
          `⟦${piece.code}⟧`,
        )
      : piece.text,
  );
}
