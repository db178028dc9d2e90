// Messages of batch filing (batch.*, web/batch/): a table of cases filed in
// this browser. Same format as the engine's catalogs (schemas/messages/):
// code → {zh, en}, Chinese first; {name} inserts a parameter. Codes are
// stable: add, never rename.
export const batchMessages = {
  'batch.heading': { zh: '批量生成文书（机构用）', en: 'File cases in bulk (for institutions)' },
  'batch.intro': {
    zh: '银行、发卡机构、出租人、保险公司及其律师可以把一批案件填在一张表格里（每行一个案件，每列一个要素），逐行用同一套规则检查：通过的行生成文书文件，未通过的行列出问题。表格只在本机浏览器中处理，不会上传。',
    en: 'Banks, card issuers, lessors, insurers and their lawyers can put a batch of cases in one table (a row a case, a column an element): every row is checked by the same rules, good rows become filings and bad rows come back with their problems. The table is processed in this browser only; nothing is uploaded.',
  },
  'batch.form': { zh: '案由与文书', en: 'Case type and form' },
  'batch.template_heading': { zh: '第一步：下载表格模板', en: 'Step 1: download the table template' },
  'batch.template_hint': {
    zh: '模板第一行是列名：“被告1·姓名 [defendants.1.name]”，方括号里是要素代码，请勿改动；当事人、证据等多项按序号编列，需要更多时照样增加列（如 defendants.3.name）。金额可写 1,234.50，日期可写 2024-03-05、2024/3/5 或 2024年3月5日，选项填文字或代码，是否项填“是”“否”。',
    en: 'The first line names the columns, "被告1·姓名 [defendants.1.name]": the code in brackets is what counts, leave it as it is; parties, evidence and other lists are numbered columns — add more the same way (defendants.3.name). Amounts may be 1,234.50, dates 2024-03-05, 2024/3/5 or 2024年3月5日, choices their words or codes, yes/no 是 or 否.',
  },
  'batch.entries': { zh: '每类多项预留', en: 'Entries per list' },
  'batch.download_template': { zh: '下载表格模板（CSV）', en: 'Download the table template (CSV)' },
  'batch.table_heading': { zh: '第二步：选择填好的表格', en: 'Step 2: choose the filled table' },
  'batch.drop_hint': {
    zh: '把表格文件（.csv，UTF-8 或 GBK 编码均可）拖放到这里，或',
    en: 'Drop the table (.csv, UTF-8 or GBK) here, or',
  },
  'batch.choose_file': { zh: '选择文件', en: 'Choose a file' },
  'batch.chosen': { zh: '已选择：{file}（{encoding}）', en: 'Chosen: {file} ({encoding})' },
  'batch.not_text': {
    zh: '“{file}”不是 UTF-8 或 GBK 编码的表格：请在表格软件中另存为“CSV UTF-8”后重试',
    en: '“{file}” is not a table in UTF-8 or GBK: save it as "CSV UTF-8" in the spreadsheet program and try again',
  },
  'batch.archive': {
    zh: '“{file}”是压缩包（ZIP，如 Excel 的 .xlsx 文件），不是 CSV 表格：请在表格软件中另存为“CSV UTF-8”后重试',
    en: '“{file}” is a compressed archive (a ZIP, such as an Excel .xlsx file), not a CSV table: save it as "CSV UTF-8" in the spreadsheet program and try again',
  },
  'batch.too_large': {
    zh: '“{file}”超过 {mb} MB：请分成几个表格',
    en: '“{file}” is over {mb} MB: split it into several tables',
  },
  'batch.run_heading': { zh: '第三步：逐行检查并生成文书', en: 'Step 3: check every row and file' },
  'batch.with_docx': {
    zh: '同时生成每份文书的 Word 文档（DOCX）',
    en: 'Also print each filing as a Word document (DOCX)',
  },
  'batch.run': { zh: '开始生成', en: 'File the table' },
  'batch.running': { zh: '正在逐行检查，共 {rows} 行……', en: 'Checking {rows} rows…' },
  'batch.progress': {
    zh: '已检查 {done} / {total} 行（通过 {filed} 行，未通过 {refused} 行）',
    en: '{done} of {total} rows checked ({filed} filed, {refused} refused)',
  },
  'batch.progress_label': { zh: '批量生成进度', en: 'Batch progress' },
  'batch.cancel': { zh: '取消', en: 'Cancel' },
  'batch.cancelled': {
    zh: '已取消，没有生成任何文书。表格仍已选择，可以再次开始。',
    en: 'Cancelled; nothing was filed. The table is still chosen: you can start again.',
  },
  'batch.refused': { zh: '表格无法读取，没有生成任何文书：', en: 'The table cannot be read; nothing was filed:' },
  'batch.failed': { zh: '生成失败：{reason}', en: 'Filing failed: {reason}' },
  'batch.summary': {
    zh: '共 {rows} 行：{filed} 行已生成文书，{refused} 行未通过。',
    en: '{rows} rows: {filed} filed, {refused} refused.',
  },
  'batch.download_set': {
    zh: '下载全部结果（ZIP：文书、索引、问题表）',
    en: 'Download everything (ZIP: filings, index, problems)',
  },
  'batch.problems_caption': { zh: '未通过的行及其问题', en: 'Refused rows and their problems' },
  'batch.column_row': { zh: '行号', en: 'Row' },
  'batch.column_column': { zh: '列', en: 'Column' },
  'batch.column_problem': { zh: '问题', en: 'Problem' },
  'batch.more_problems': {
    zh: '另有 {count} 个问题未在此列出，见 ZIP 中的 problems.csv',
    en: '{count} more problems are in problems.csv inside the ZIP',
  },
};
