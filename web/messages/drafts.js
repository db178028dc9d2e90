// Messages of the drafts kept in this browser (drafts.*, web/storage/draft_store.js) and
// of the draft file format (draft_file.*, web/storage/draft_file.js). Same format as
// the engine's catalogs (schemas/messages/): code → {zh, en}, Chinese first;
// {name} inserts a parameter. Codes are stable: add, never rename.
export const draftMessages = {
  'drafts.store_missing': {
    zh: '这个浏览器没有 IndexedDB（或存储已被关闭）',
    en: 'this browser has no IndexedDB (or storage is turned off)',
  },
  'drafts.store_unopenable': { zh: 'IndexedDB 无法打开：{reason}', en: 'IndexedDB cannot be opened: {reason}' },
  'drafts.store_blocked': {
    zh: '本工具的旧版本在另一个标签页中打开着，阻止了 IndexedDB；请关闭它后重新加载',
    en: 'IndexedDB is blocked by an older version of this app open in another tab; close it and reload',
  },

  'draft_file.not_text': { zh: '草稿文件不是文本。', en: 'The draft file is not text.' },
  'draft_file.too_large': {
    zh: '文件太大（超过 {mb} MB），不是要素草稿文件。',
    en: 'The file is too large (over {mb} MB) to be a Yaosu draft.',
  },
  'draft_file.not_json_at': {
    zh: '文件不是有效的 JSON：第{line}行第{column}列有错误（{detail}）。',
    en: 'The file is not valid JSON: error at line {line}, column {column} ({detail}).',
  },
  'draft_file.not_json': { zh: '文件不是有效的 JSON（{detail}）。', en: 'The file is not valid JSON ({detail}).' },
  'draft_file.is_filing': {
    zh: '这是要素文书提交文件，不是草稿文件。要答辩一份起诉状，请在“新建”中选择“根据起诉状答辩”。',
    en: 'This is a Yaosu filing, not a draft. To answer a complaint, use "Answer a complaint filing" under "Start a new document".',
  },
  'draft_file.not_draft': {
    zh: '这不是要素草稿文件（缺少 "format": "yaosu-draft"）。',
    en: 'This is not a Yaosu draft file (no "format": "yaosu-draft").',
  },
  'draft_file.version_unsupported': {
    zh: '不支持此草稿文件的版本（{version}），只支持版本 {supported}。',
    en: 'This draft file\'s version ({version}) is not supported; only version {supported} is.',
  },
  'draft_file.version_missing': {
    zh: '不支持此草稿文件的版本（缺少），只支持版本 {supported}。',
    en: 'This draft file\'s version (missing) is not supported; only version {supported} is.',
  },
  'draft_file.field_missing': { zh: '草稿文件缺少字段 "{field}"。', en: 'The draft file has no "{field}" field.' },
  'draft_file.field_not_string': {
    zh: '草稿文件的字段 "{field}" 应为文字，实际为 {actual}。',
    en: 'The draft file\'s "{field}" should be a string, not {actual}.',
  },
  'draft_file.field_not_object': {
    zh: '草稿文件的字段 "{field}" 应为对象，实际为 {actual}。',
    en: 'The draft file\'s "{field}" should be an object, not {actual}.',
  },
  'draft_file.case_type_empty': { zh: '草稿文件的字段 "caseType" 为空。', en: 'The draft file\'s "caseType" is empty.' },
  'draft_file.form_unknown': {
    zh: '草稿文件的字段 "form" 应为 "complaint" 或 "answer"，实际为 {form}。',
    en: 'The draft file\'s "form" should be "complaint" or "answer", not {form}.',
  },
  'draft_file.unreadable': { zh: '无法读取草稿文件（{reason}）。', en: 'The draft file cannot be read ({reason}).' },
};
