// The batch page reads a table as the CLI does (web/batch/table_text.js): UTF-8
// with or without a BOM, else GB18030 (what a Chinese desktop's spreadsheet saves
// as GBK), else not a table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tableText } from '../../web/batch/table_text.js';

const utf8 = (text) => new TextEncoder().encode(text);

test('UTF-8 is read as UTF-8, its BOM kept for the engine to drop', () => {
  assert.deepEqual(tableText(utf8('姓名\r\n张三\r\n')), { text: '姓名\r\n张三\r\n', encoding: 'utf-8' });
  assert.deepEqual(tableText(utf8('\ufeffa,b')), { text: '\ufeffa,b', encoding: 'utf-8' });
});

test('GBK bytes are read as GB18030', () => {
  // 张三,借款 in GBK
  const gbk = new Uint8Array([0xd5, 0xc5, 0xc8, 0xfd, 0x2c, 0xbd, 0xe8, 0xbf, 0xee]);
  assert.deepEqual(tableText(gbk), { text: '张三,借款', encoding: 'gb18030' });
});

test('issue #16: a ZIP (an .xlsx, or a ZIP bomb named .csv) is an archive, whatever follows its signature', () => {
  assert.deepEqual(tableText(utf8('PK\u0003\u0004 a,b\n')), { error: 'archive' });
  assert.deepEqual(tableText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0xff])), { error: 'archive' });
  assert.deepEqual(tableText(utf8('PK,a\n')), { text: 'PK,a\n', encoding: 'utf-8' });
});

test('bytes that are neither are not a table', () => {
  assert.deepEqual(tableText(new Uint8Array([0x61, 0x81, 0x20])), { error: 'not_text' });
});
