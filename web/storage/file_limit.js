// The one size limit on files the page reads: a draft file, a complaint filing
// an answer starts from, filings court staff verify. The largest filing of the
// published forms is under 10 KB and a draft holds at most one filing and the
// form's data, so 5 MB leaves ample room while keeping a stray video or archive
// out of the engine and of IndexedDB (web/README.md, "Files the page reads").
//
//   if (isTooLarge(file)) say(message('start.filing_too_large', { file: file.name, mb: MAX_FILE_MB }));
export const MAX_FILE_MB = 5;
export const MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024;

// isTooLarge: whether a File (or anything with a byte `size`) is over the limit.
export function isTooLarge(file) {
  return file.size > MAX_FILE_BYTES;
}

// utf8Length: the size of `text` as UTF-8 bytes, without building the bytes.
export function utf8Length(text) {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

// isTextTooLarge: whether `text`, as the UTF-8 bytes of a file, is over the limit.
export function isTextTooLarge(text) {
  return text.length > MAX_FILE_BYTES || utf8Length(text) > MAX_FILE_BYTES;
}

// MAX_TABLE_MB: a batch table of cases (web/batch/) — 20,000 rows of a few hundred
// columns; the engine refuses a table over 64 MiB itself (docs/limits.md).
export const MAX_TABLE_MB = 64;
export const MAX_TABLE_BYTES = MAX_TABLE_MB * 1024 * 1024;

// isArchive: whether a file's first bytes (a Uint8Array) or its text begin as a ZIP does (PK\3\4) —
// an Excel workbook or a DOCX chosen where a CSV table or a draft was asked for. Never unpacked.
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
export function isArchive(start) {
  const at = typeof start === 'string' ? (i) => start.charCodeAt(i) : (i) => start[i];
  return ZIP_SIGNATURE.every((byte, i) => at(i) === byte);
}
