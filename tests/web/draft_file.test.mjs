// The draft file format (web/storage/draft_file.js) in plain Node: a draft exported and
// parsed back is the same draft; whatever is not a draft is refused with a
// message of web/messages/drafts.js (said here in both languages), never a throw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportDraftText, parseDraftText } from '../../web/storage/draft_file.js';
import { MAX_FILE_BYTES } from '../../web/storage/file_limit.js';
import { messageIn } from '../../web/shared/messages.js';

const good = { name: '草稿', caseType: 'private-lending', form: 'answer', instance: { a: 1 }, complaintFiling: '{}' };
const file = (fields) => JSON.stringify({ format: 'yaosu-draft', version: 1, ...good, ...fields });

test('an exported draft parses back to the same draft', () => {
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
  assert.deepEqual(parseDraftText(text), { ok: true, draft: good });
});

test('a byte order mark before the JSON is fine', () => {
  assert.equal(parseDraftText(`\ufeff${file({})}`).ok, true);
});

test('a draft without a complaint filing has none after the round trip', () => {
  const { complaintFiling, ...plain } = good;
  assert.deepEqual(parseDraftText(exportDraftText(plain)), { ok: true, draft: plain });
});

test('what is not a draft is refused with a message in both languages, without throwing', () => {
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
    noCaseType: [file({ caseType: undefined }), 'draft_file.field_missing', /缺少字段 "caseType"/, /no "caseType"/],
    emptyCaseType: [file({ caseType: '  ' }), 'draft_file.case_type_empty', /"caseType" 为空/, /"caseType" is empty/],
    instanceArray: [
      file({ instance: [] }),
      'draft_file.field_not_object',
      /"instance" 应为对象，实际为 array/,
      /"instance" should be an object, not array/,
    ],
    nameNumber: [
      file({ name: 5 }),
      'draft_file.field_not_string',
      /"name" 应为文字，实际为 number/,
      /"name" should be a string, not number/,
    ],
    badForm: [
      file({ form: 'appeal' }),
      'draft_file.form_unknown',
      /"form" 应为 "complaint" 或 "answer"，实际为 "appeal"/,
      /"form" should be/,
    ],
    filingObject: [
      file({ complaintFiling: { a: 1 } }),
      'draft_file.field_not_string',
      /"complaintFiling" 应为文字/,
      /"complaintFiling" should be a string/,
    ],
    tooLarge: [`{"pad": "${'x'.repeat(MAX_FILE_BYTES)}"}`, 'draft_file.too_large', /超过 5 MB/, /over 5 MB/],
    tooLargeInUtf8: [
      '"'.padEnd(Math.ceil(MAX_FILE_BYTES / 3) + 1, '字'),
      'draft_file.too_large',
      /超过 5 MB/,
      /over 5 MB/,
    ],
    notText: [42, 'draft_file.not_text', /不是文本/, /not text/],
  };
  for (const [name, [text, code, zh, en]] of Object.entries(refused)) {
    const answer = parseDraftText(text);
    assert.equal(answer.ok, false, name);
    assert.equal(answer.code, code, name);
    assert.match(messageIn('zh', answer.code, answer.params), zh, name);
    assert.match(messageIn('en', answer.code, answer.params), en, name);
  }
});
