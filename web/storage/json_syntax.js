// Where a JSON text's syntax goes wrong, as a line and column: JSON.parse's
// messages differ between browsers and V8 no longer always gives a position,
// so the place is found by this small recognizer (iterative: deep nesting
// cannot overflow the stack). Only asked after JSON.parse has failed. The
// engine's parser reports json.syntax with a line and column too; issue #14
// reads draft files through it, and this file goes then.
//
//   syntaxErrorPlace('{\n  oops\n}')   // {line: 2, column: 3}
//   syntaxErrorPlace('[1, 2]')         // null: valid JSON

// syntaxErrorPlace: {line, column} (1-based) of the first JSON syntax error in
// `text` (its end when it ends too early), or null when it is valid JSON.
export function syntaxErrorPlace(text) {
  const at = syntaxErrorAt(text);
  if (at < 0) return null;
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}

// syntaxErrorAt: the index of the first JSON syntax error in `text` (text.length
// when it ends too early), or -1 when it is valid JSON.
function syntaxErrorAt(text) {
  let i = 0;
  const n = text.length;
  const space = () => {
    while (i < n && ' \t\n\r'.includes(text[i])) i++;
  };
  const string = () => {
    // at '"'
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        i++;
        if (i >= n) return false;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) {
            i++;
            return false;
          }
          i += 5;
        } else if ('"\\/bfnrt'.includes(text[i])) i++;
        else return false;
      } else i++;
    }
    return false;
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) return false;
    i += match[0].length;
    return true;
  };
  const stack = []; // '{' or '['
  const scalar = () => {
    const c = text[i];
    if (c === '"') return string();
    if (c === '-' || (c >= '0' && c <= '9')) return number();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return true;
      }
    }
    return false;
  };
  // value: parse one value; containers push onto the stack and return 'open'.
  const value = () => {
    space();
    if (i >= n) return false;
    if (text[i] === '{' || text[i] === '[') {
      stack.push(text[i]);
      i++;
      return 'open';
    }
    return scalar();
  };
  const key = () => {
    space();
    if (text[i] !== '"' || !string()) return false;
    space();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };
  let state = value();
  for (;;) {
    if (state === false) return Math.min(i, n);
    if (state === 'open') {
      space();
      const open = stack[stack.length - 1];
      if (text[i] === (open === '{' ? '}' : ']')) {
        stack.pop();
        i++;
        state = true;
        continue;
      }
      if (open === '{' && !key()) return Math.min(i, n);
      state = value();
      continue;
    }
    // a value just ended: a comma, a closing bracket, or the end of the text
    space();
    if (!stack.length) return i < n ? i : -1;
    const open = stack[stack.length - 1];
    if (text[i] === ',') {
      i++;
      if (open === '{' && !key()) return Math.min(i, n);
      state = value();
    } else if (text[i] === (open === '{' ? '}' : ']')) {
      stack.pop();
      i++;
      state = true;
    } else return Math.min(i, n);
  }
}
