// A batch table's bytes as text, as the CLI reads them (cli/table_text.cpp): a
// spreadsheet program on a Chinese desktop saves CSV as UTF-8 (with or
// without a BOM) or as GBK, which GB18030 reads. The browser's own TextDecoder
// does both; no library.
//
//   const { text, encoding } = tableText(new Uint8Array(await file.arrayBuffer()));
//   // {text, encoding: 'utf-8' | 'gb18030'} or {error: 'not_text' | 'archive'}

import { isArchive } from '../storage/file_limit.js';

export function tableText(bytes) {
  if (isArchive(bytes)) return { error: 'archive' }; // an .xlsx chosen instead of the CSV saved from it
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: GB18030, the superset of GBK and GB2312
  }
  try {
    return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' };
  } catch {
    return { error: 'not_text' };
  }
}
