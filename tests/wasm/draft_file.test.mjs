// The draft file format (web/storage/draft_file.js) read by the engine in Node,
// as the page's worker reads it (checkDraftFile: the wasm Validator with
// schemas/draft/draft-file.schema.json): a draft exported and read back is the
// same draft; whatever is not a draft is refused with a message of
// web/messages/drafts.js (said here in both languages), never a throw.
//
//   node --no-experimental-fetch --test tests/wasm/draft_file.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportDraftText, readDraftText } from '../../web/storage/draft_file.js';
import { MAX_FILE_BYTES } from '../../web/storage/file_limit.js';
import { messageIn } from '../../web/shared/messages.js';
import { loadYaosu } from './load_yaosu.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const yaosu = await loadYaosu();
const schema = readFileSync(path.join(root, 'schemas/draft/draft-file.schema.json'), 'utf8');
const validator = new yaosu.Validator(schema, '{}');
let checked = 0;
const check = async (text) => {
  checked++;
  return JSON.parse(validator.validate(text));
};
const read = (text) => readDraftText(text, check);

const good = { name: '草稿', caseType: 'private-lending', form: 'answer', instance: { a: 1 }, complaintFiling: '{}' };
const file = (fields) => JSON.stringify({ format: 'yaosu-draft', version: 1, ...good, ...fields });

test('an exported draft reads back as the same draft', async () => {
  const text = exportDraftText(
    { ...good, id: 'x', progress: { filled: 1, total: 2 } },
    new Date('2026-12-06T10:00:00Z'),
  );
  const written = JSON.parse(text);
  assert.deepEqual(Object.keys(written), [
    'format',
    'version',
    'name',
    'caseType',
    'form',
    'instance',
    'complaintFiling',
    'exportedAt',
  ]);
  assert.equal(written.exportedAt, '2026-12-06T10:00:00.000Z');
  assert.ok(text.endsWith('}\n'));
  assert.deepEqual(await read(text), { ok: true, draft: good });
});

test('a byte order mark before the JSON is fine', async () => {
  assert.equal((await read(`\ufeff${file({})}`)).ok, true);
});

test('a draft without a complaint filing has none after the round trip', async () => {
  const { complaintFiling, ...plain } = good;
  assert.deepEqual(await read(exportDraftText(plain)), { ok: true, draft: plain });
});

test('what is not a draft is refused with a message in both languages, without throwing', async () => {
  const refused = {
    notJson: [
      '{\n  "format": "yaosu-draft",\n  oops\n}',
      'draft_file.not_json_at',
      /不是有效的 JSON：第3行第3列/,
      /not valid JSON: error at line 3, column 3/,
    ],
    empty: ['', 'draft_file.not_json_at', /不是有效的 JSON/, /not valid JSON/],
    notObject: ['[1, 2]', 'draft_file.not_draft', /不是要素草稿文件/, /not a Yaosu draft/],
    wrongFormat: [
      JSON.stringify({ ...good, format: 'other' }),
      'draft_file.not_draft',
      /不是要素草稿文件/,
      /not a Yaosu draft/,
    ],
    filing: [
      JSON.stringify({ format: 'yaosu-filing/1' }),
      'draft_file.is_filing',
      /根据起诉状答辩/,
      /Answer a complaint filing/,
    ],
    wrongVersion: [
      file({ version: 2 }),
      'draft_file.version_unsupported',
      /版本（2），只支持版本 1/,
      /version \(2\) is not supported/,
    ],
    noVersion: [file({ version: undefined }), 'draft_file.version_missing', /版本（缺少）/, /version \(missing\)/],
    noCaseType: [
      file({ caseType: undefined }),
      'draft_file.invalid',
      /草稿文件的内容不对（文件：缺少必填项“caseType”）/,
      /not right \(the file: The required field "caseType" is missing\)/,
    ],
    emptyCaseType: [file({ caseType: '  ' }), 'draft_file.invalid', /（\/caseType：/, /\(\/caseType: /],
    instanceArray: [
      file({ instance: [] }),
      'draft_file.invalid',
      /（\/instance：应填写对象，当前是列表）/,
      /\(\/instance: Expected object, found list\)/,
    ],
    nameNumber: [file({ name: 5 }), 'draft_file.invalid', /（\/name：应填写文本/, /\(\/name: Expected text/],
    badForm: [
      file({ form: 'appeal' }),
      'draft_file.invalid',
      /（\/form：只能从以下选项中选择：complaint、answer）/,
      /\(\/form: Choose one of: complaint, answer\)/,
    ],
    filingObject: [
      file({ complaintFiling: { a: 1 } }),
      'draft_file.invalid',
      /（\/complaintFiling：应填写文本，当前是对象）/,
      /\(\/complaintFiling: Expected text, found object\)/,
    ],
    tooDeep: ['['.repeat(5000), 'draft_file.not_json', /嵌套层数超过上限/, /nested deeper than/],
    repeatedField: [
      file({}).replace('{', '{"name": "另一个", '),
      'draft_file.not_json',
      /字段“name”出现了两次/,
      /"name" appears twice/,
    ],
    tooLarge: [`{"pad": "${'x'.repeat(MAX_FILE_BYTES)}"}`, 'draft_file.too_large', /超过 5 MB/, /over 5 MB/],
    tooLargeInUtf8: [
      '"'.padEnd(Math.ceil(MAX_FILE_BYTES / 3) + 1, '字'),
      'draft_file.too_large',
      /超过 5 MB/,
      /over 5 MB/,
    ],
    notText: [42, 'draft_file.not_text', /不是文本/, /not text/],
    archive: ['PK\u0003\u0004\u0014\u0000', 'draft_file.is_archive', /这是压缩包/, /compressed archive/],
  };
  for (const [name, [text, code, zh, en]] of Object.entries(refused)) {
    const answer = await read(text);
    assert.equal(answer.ok, false, name);
    assert.equal(answer.code, code, name);
    assert.match(messageIn('zh', answer.code, answer.params), zh, name);
    assert.match(messageIn('en', answer.code, answer.params), en, name);
  }
});

test('the engine reads every text that is not refused for its size first', async () => {
  const before = checked;
  await read(`{"pad": "${'x'.repeat(MAX_FILE_BYTES)}"}`);
  assert.equal(checked, before, 'a file over the limit never reaches the engine');
  await read(file({}));
  assert.equal(checked, before + 1);
});
