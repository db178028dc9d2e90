// --post-js of yaosu.js: a JS string handed to the engine as a std::string is
// written into the wasm memory by the host's TextEncoder.
//
// Embind (Emscripten 3.1.6) walks the string twice in JS, once to count its
// UTF-8 bytes and once to write them: about a fifth of the time a 1.6 KB
// document takes through Validator.validate. TextEncoder.encodeInto does it in
// one native pass into room for the longest encoding (3 bytes per UTF-16 unit).
// A string with a lone surrogate, which is not UTF-16 TextEncoder can write
// unchanged, keeps Embind's own way, so the engine gets the same bytes as before.
addOnInit(() => {
  if (typeof TextEncoder !== 'function') return;
  const stdString = Object.values(registeredTypes).find((type) => type.name === 'std::string');
  if (stdString === undefined) return;
  const embindToWireType = stdString.toWireType;
  const encoder = new TextEncoder();
  // isWellFormed is native (Node 20, Chromium 111, Firefox 119, Safari 16.4); the regular expression costs
  // about as much as the encoding itself.
  const wellFormed =
    typeof String.prototype.isWellFormed === 'function'
      ? (text) => text.isWellFormed()
      : (text) => !/\p{Surrogate}/u.test(text);
  stdString.toWireType = function toWireType(destructors, value) {
    if (typeof value !== 'string' || !wellFormed(value)) {
      return embindToWireType.call(this, destructors, value);
    }
    const room = value.length * 3;
    const pointer = _malloc(4 + room + 1);
    const { written } = encoder.encodeInto(value, HEAPU8.subarray(pointer + 4, pointer + 4 + room));
    HEAPU32[pointer >> 2] = written;
    HEAPU8[pointer + 4 + written] = 0;
    if (destructors !== null) destructors.push(_free, pointer);
    return pointer;
  };
});
