// Messages of the start page (start.*, web/start_*.js): new documents, drafts
// kept in this browser, importing draft files. Same format as the engine's
// catalogs (schemas/messages/): code → {zh, en}, Chinese first; {name} inserts
// a parameter. Codes are stable: add, never rename.
export const startMessages = {
  'start.heading': { zh: '自己动手写起诉状、答辩状', en: 'Write your own complaint or answer' },
  'start.intro': {
    zh: '没有律师也能填：按法院的要素式格式一项一项回答问题，本工具会当场检查遗漏和前后矛盾，帮你算出金额和诉讼费，最后生成可以打印或提交给法院的文书。',
    en: "No lawyer needed: answer the court's element-style questions one by one; the app checks for gaps and contradictions as you go, works out amounts and court fees, and produces a document you can print or file with the court.",
  },
  'start.loading': { zh: '正在加载…', en: 'Loading…' },
  'start.new_heading': { zh: '新建', en: 'Start a new document' },
  'start.new_hint': {
    zh: '原告（起诉的一方）填写起诉状；被告（被起诉的一方）填写答辩状。',
    en: 'The plaintiff (who sues) fills in a complaint; the defendant (who is sued) fills in an answer.',
  },
  'start.cases_failed': { zh: '无法读取案件类型：{reason}', en: 'The case types could not be loaded: {reason}' },
  'start.no_cases': { zh: '没有可用的案件类型。', en: 'No case types are available.' },
  'start.search': { zh: '查找案件类型（如：借条、货款、离婚）', en: 'Find a case type (e.g. IOU, goods, divorce)' },
  'start.no_match': { zh: '没有找到与“{query}”相符的案件类型。', en: 'No case type matches "{query}".' },
  'start.rows': { zh: '{n} 项要素', en: '{n} elements' },
  'start.fill_complaint': { zh: '填写起诉状', en: 'Fill in a complaint' },
  'start.fill_answer': { zh: '填写答辩状', en: 'Fill in an answer' },
  'start.from_complaint': { zh: '根据起诉状答辩', en: 'Answer a complaint filing' },
  'start.from_complaint_hint': {
    zh: '已收到原告用本工具生成的起诉状文件（.json）？选择它，答辩时可以对照起诉状逐项回应。',
    en: "Received the plaintiff's complaint file (.json) made with this app? Choose it to answer the complaint point by point.",
  },
  'start.choose_complaint_file': { zh: '选择起诉状文件：{title}', en: 'Choose the complaint file: {title}' },
  'start.checking_filing': { zh: '正在核对起诉状文件“{file}”…', en: 'Checking the complaint file “{file}”…' },
  'start.filing_unreadable': {
    zh: '无法读取文件“{file}”：{reason}',
    en: 'The file “{file}” could not be read: {reason}',
  },
  'start.filing_too_large': {
    zh: '文件“{file}”太大（超过 {mb} MB），不是起诉状文件。',
    en: 'The file “{file}” is too large (over {mb} MB) to be a complaint filing.',
  },
  'start.filing_refused': {
    zh: '文件“{file}”未通过核对，不能据此答辩：',
    en: 'The file “{file}” did not pass the check and cannot be answered:',
  },
  'start.filing_wrong_case': {
    zh: '文件“{file}”是{found}，这里需要{expected}。请选择对应案件类型的答辩状，或选择正确的起诉状文件。',
    en: 'The file “{file}” is {found}; this answer needs {expected}. Choose the answer for that case type, or the right complaint file.',
  },
  'start.not_a_filing': { zh: '不是要素文书文件', en: 'not a Yaosu filing' },
  'start.filing_accepted': {
    zh: '已根据起诉状文件“{file}”新建答辩状草稿。',
    en: 'Answer draft created from the complaint file “{file}”.',
  },
  'start.created': { zh: '已新建草稿“{name}”。', en: 'Draft “{name}” created.' },
  'start.create_failed': { zh: '无法新建草稿：{reason}', en: 'The draft could not be created: {reason}' },

  'start.drafts_heading': { zh: '继续填写', en: 'Continue a draft' },
  'start.drafts_hint': {
    zh: '草稿只保存在这台设备的这个浏览器里。换设备前请先导出。',
    en: 'Drafts are kept only in this browser on this device. Export them before changing device.',
  },
  'start.no_drafts': {
    zh: '还没有保存的草稿。选择上面的案件类型开始填写，或在下面导入草稿文件。',
    en: 'No saved drafts yet. Choose a case type above to start, or import a draft file below.',
  },
  'start.drafts_failed': { zh: '无法读取草稿：{reason}', en: 'The drafts could not be read: {reason}' },
  'start.complaint': { zh: '起诉状', en: 'Complaint' },
  'start.answer': { zh: '答辩状', en: 'Answer' },
  'start.with_complaint': { zh: '附起诉状', en: 'With complaint' },
  'start.saved_at': { zh: '上次保存：', en: 'Last saved: ' },
  'start.progress': { zh: '必填项已填 {filled} / {total}', en: '{filled} of {total} required rows filled' },
  'start.not_started': { zh: '尚未填写', en: 'Not started' },
  'start.open': { zh: '打开', en: 'Open' },
  'start.rename': { zh: '重命名', en: 'Rename' },
  'start.export': { zh: '导出', en: 'Export' },
  'start.delete': { zh: '删除', en: 'Delete' },
  'start.draft_named': { zh: '草稿“{name}”', en: 'draft “{name}”' },
  'start.new_name': { zh: '新名称', en: 'New name' },
  'start.save': { zh: '保存', en: 'Save' },
  'start.cancel': { zh: '取消', en: 'Cancel' },
  'start.name_empty': { zh: '名称不能为空。', en: 'The name cannot be empty.' },
  'start.renamed': { zh: '已重命名为“{name}”。', en: 'Renamed to “{name}”.' },
  'start.confirm_delete': {
    zh: '确定删除草稿“{name}”吗？删除后无法恢复（如需保留，请先导出）。',
    en: 'Delete the draft “{name}”? This cannot be undone (export it first to keep a copy).',
  },
  'start.confirm_delete_button': { zh: '确定删除', en: 'Yes, delete' },
  'start.deleted': { zh: '已删除草稿“{name}”。', en: 'Draft “{name}” deleted.' },
  'start.exported': { zh: '已导出“{file}”。', en: 'Exported “{file}”.' },
  'start.action_failed': { zh: '操作失败：{reason}', en: 'That did not work: {reason}' },

  'start.import_heading': { zh: '导入草稿', en: 'Import drafts' },
  'start.import_hint': {
    zh: '导入以前从本工具导出的草稿文件（.yaosu-draft.json），可以一次选择多个。',
    en: 'Import draft files (.yaosu-draft.json) exported from this app earlier; you may choose several.',
  },
  'start.drop_here': { zh: '把草稿文件拖到这里，或', en: 'Drop draft files here, or' },
  'start.choose_drafts': { zh: '选择草稿文件', en: 'Choose draft files' },
  'start.importing': { zh: '正在导入…', en: 'Importing…' },
  'start.unknown_case': {
    zh: '本工具没有这种案件类型或文书（{caseType} / {form}）。',
    en: 'This app has no such case type or form ({caseType} / {form}).',
  },
  'start.imported_one': { zh: '已导入为草稿“{name}”。', en: 'Imported as the draft “{name}”.' },
  'start.import_summary': {
    zh: '导入了 {ok} 个草稿，{bad} 个文件未能导入。',
    en: 'Imported {ok} draft(s); {bad} file(s) could not be imported.',
  },
  'start.no_files': { zh: '没有收到文件。', en: 'No files were received.' },
  'start.unnamed': { zh: '未命名草稿', en: 'Untitled draft' },
  'start.for_case': { zh: '（{name}）', en: ' ({name})' },
};
