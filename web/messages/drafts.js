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

  // Keeping the open draft safe (web/form/draft_safety.js, issue #16).
  'drafts.saved': { zh: '已自动保存 {time}', en: 'Saved {time}' },
  'drafts.save_failed': { zh: '保存失败：{reason}', en: 'Saving failed: {reason}' },
  'drafts.save_failed_kept': {
    zh: '这份草稿没能保存到本机（{reason}）。您填写的内容仍在本页，每次修改都会再试；也可以下载草稿文件保存。',
    en: 'This draft could not be saved on this device ({reason}). What you typed is still on this page and every change tries again; you can also download the draft file to keep it.',
  },
  'drafts.quota_full': {
    zh: '浏览器的存储空间已满，这份草稿无法再保存到本机。您填写的内容仍在本页：请下载草稿文件保存，腾出存储空间后可在首页导入。',
    en: "This browser's storage is full, so this draft can no longer be saved on this device. What you typed is still on this page: download the draft file to keep it, and import it on the start page once there is room.",
  },
  'drafts.cleared': {
    zh: '浏览器刚刚清除了本机保存的草稿。您填写的内容仍在本页，正在重新保存。',
    en: 'The browser has just cleared the drafts kept on this device. What you typed is still on this page and is being saved again.',
  },
  'drafts.saved_again': { zh: '草稿已重新保存到本机。', en: 'The draft is saved on this device again.' },
  'drafts.changed_elsewhere': {
    zh: '这份草稿已在另一个标签页中修改过。为免覆盖那里较新的内容，本页的修改不再保存。请重新加载本页看最新内容；要保留本页所填，请先下载草稿文件。',
    en: 'This draft has been changed in another tab. So as not to overwrite the newer values there, changes on this page are no longer saved. Reload to see the latest; to keep what you typed here, download the draft file first.',
  },
  'drafts.open_elsewhere': {
    zh: '这份草稿也在另一个标签页中打开着。请只在一个标签页中填写：另一处较新的修改不会被本页覆盖。',
    en: 'This draft is also open in another tab. Please fill it in one tab only: newer changes made there will not be overwritten from here.',
  },
  'drafts.engine_restarted': {
    zh: '检查引擎出错，已重新启动。您填写的内容都已保存，检查结果已重新计算。',
    en: 'The checking engine failed and has been restarted. Everything you typed is saved, and the checks have been made again.',
  },
  'drafts.recovered': {
    zh: '已恢复上次页面关闭前尚未保存完的内容。',
    en: 'Restored what you had typed before the page was closed.',
  },
  'drafts.export': { zh: '下载草稿文件', en: 'Download the draft file' },
  'drafts.exported': { zh: '已下载草稿文件“{file}”。', en: 'Downloaded the draft file “{file}”.' },
  'drafts.reload': { zh: '重新加载', en: 'Reload' },
  'drafts.changed_elsewhere_short': {
    zh: '草稿已在另一个标签页中修改',
    en: 'the draft was changed in another tab',
  },
  'drafts.deleted_elsewhere': {
    zh: '这份草稿已在另一个标签页中删除，本页的修改不再保存。要保留本页所填，请下载草稿文件，之后可以在首页导入。',
    en: 'This draft was deleted in another tab, so changes on this page are no longer saved. To keep what you typed here, download the draft file; you can import it on the start page.',
  },
  'drafts.deleted_elsewhere_short': {
    zh: '草稿已在另一个标签页中删除',
    en: 'the draft was deleted in another tab',
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
  'draft_file.is_archive': {
    zh: '这是压缩包（ZIP，如 .docx、.xlsx 或 .zip 文件），不是草稿文件。草稿文件的名字以 .yaosu-draft.json 结尾。',
    en: 'This is a compressed archive (a ZIP, such as a .docx, .xlsx or .zip file), not a draft file. A draft file’s name ends in .yaosu-draft.json.',
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
    en: "This draft file's version ({version}) is not supported; only version {supported} is.",
  },
  'draft_file.version_missing': {
    zh: '不支持此草稿文件的版本（缺少），只支持版本 {supported}。',
    en: "This draft file's version (missing) is not supported; only version {supported} is.",
  },
  'draft_file.invalid': {
    zh: '这份草稿文件的内容不对（{where}：{problem}）。',
    en: 'This draft file is not right ({where}: {problem}).',
  },
  'draft_file.unreadable': { zh: '无法读取草稿文件（{reason}）。', en: 'The draft file cannot be read ({reason}).' },
};
