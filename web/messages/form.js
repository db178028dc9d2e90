// Messages of the guided form (form.*, web/form/*.js): the page around the case
// type's own words — opening a draft, sections and their progress, lists, the
// problems, the computed figures and the court fee, the outputs and what to do
// next. The case type's labels, cells, help and choices are not here: they come
// from the engine and the schemas (shared/labels.js). Same format as the
// engine's catalogs (schemas/messages/): code → {zh, en}, Chinese first;
// {name} inserts a parameter. Codes are stable: add, never rename.
export const formMessages = {
  // Opening a draft, moving between sections (form/form_view.js, form/form_overview.js).
  'form.not_found': {
    zh: '找不到这份草稿，可能已被删除。',
    en: 'This draft was not found; it may have been deleted.',
  },
  'form.back': { zh: '返回首页', en: 'Back to start' },
  'form.cannot_open': { zh: '无法打开此表格：{reason}', en: 'This form cannot be opened: {reason}' },
  'form.one_page': { zh: '单页显示全部', en: 'Show all on one page' },
  'form.previous': { zh: '上一部分', en: 'Previous section' },
  'form.next': { zh: '下一部分', en: 'Next section' },
  'form.sections': { zh: '各部分', en: 'Sections' },
  'form.needed': { zh: '必填 {filled}/{total}', en: 'Required {filled}/{total}' },
  'form.optional': { zh: '选填 {filled}/{total}', en: 'Optional {filled}/{total}' },
  'form.ready': { zh: '必填项已填完', en: 'Every required row is filled' },
  'form.section_errors': { zh: '{n} 处错误', en: '{n} errors' },

  // One row and its fields (form/form_rows.js, form/fields.js).
  'form.row.guidance': { zh: '模板原文与法律依据', en: 'Template wording and legal basis' },
  'form.row.template': { zh: '模板：', en: 'Template: ' },
  'form.row.basis': { zh: '法律依据：', en: 'Legal basis: ' },
  'form.row.article': { zh: '《{law}》第{article}条', en: '{law}, art. {article}' },
  'form.row.articles_separator': { zh: '、', en: '; ' },
  'form.row.complaint_says': { zh: '起诉状所述：', en: 'The complaint says: ' },
  'form.row.not_applicable': { zh: '（不适用）', en: '(does not apply)' },
  'form.row.required': { zh: '（必填）', en: '(required)' },
  'form.list.add': { zh: '添加{what}', en: 'Add {what}' },
  'form.list.remove': { zh: '删除{what}', en: 'Remove {what}' },
  'form.list.item': { zh: '{what} {n}', en: '{what} {n}' },
  'form.list.party': { zh: '当事人', en: 'party' },
  'form.list.evidence': { zh: '证据', en: 'evidence' },
  'form.choice.choose': { zh: '请选择', en: 'Choose' },
  'form.choice.clear': { zh: '清除选择', en: 'Clear' },
  'form.profile.save': { zh: '保存为常用当事人', en: 'Save as a profile' },
  'form.profile.use': { zh: '从常用当事人添加', en: 'Add from a profile' },
  'form.profile.saved': { zh: '已保存常用当事人“{name}”', en: 'Saved the profile "{name}"' },
  'form.profile.unnamed': { zh: '未命名当事人', en: 'Unnamed party' },

  // Problems beside their elements and in the summary (form/problems_view.js, form/form_refresh.js).
  'form.problems.required': { zh: '此项必填，请填写。', en: 'This is required; please fill it in.' },
  'form.problems.heading': { zh: '待处理的问题（{n}）', en: 'Open problems ({n})' },
  'form.problems.none': { zh: '没有发现问题。', en: 'No problems found.' },
  'form.problems.error': { zh: '错误', en: 'Error' },
  'form.problems.warning': { zh: '提示', en: 'Warning' },
  'form.problems.info': { zh: '说明', en: 'Note' },
  'form.problems.go_to': { zh: '前往', en: 'Go to' },
  'form.problems.whole_form': { zh: '整份表格', en: 'The whole form' },
  'form.problems.left': { zh: '还有 {n} 处问题', en: '{n} problems open' },
  'form.problems.no_errors': { zh: '没有错误了', en: 'No errors left' },

  // Computed figures and the court fee (form/computed_view.js, form/fee_view.js).
  'form.computed.heading': { zh: '自动计算', en: 'Computed for you' },
  'form.computed.today': {
    zh: '（按今天计算；填写具状日期后按具状日期）',
    en: ' (computed for today until the date of signing is filled in)',
  },
  'form.computed.days': { zh: '{n}天', en: '{n} days' },
  'form.computed.not_yet': { zh: '（尚不能计算）', en: '(not yet computable)' },
  'form.computed.waiting': { zh: '尚不能计算：请先填写 ', en: 'Not yet: first fill in ' },
  'form.computed.names_separator': { zh: '、', en: ', ' },
  'form.fee.heading': { zh: '案件受理费', en: 'Court acceptance fee' },
  'form.fee.entered': {
    zh: '按表格填写的标的总额 {amount}',
    en: 'On the amount in dispute entered in the form, {amount}',
  },
  'form.fee.computed': {
    zh: '按各项请求合计 {amount} 估算（标的总额尚未填写；文书按填写的标的总额计费）',
    en: 'Estimated on the claims added up, {amount} (the amount in dispute is not entered yet; the filing is charged on the amount entered)',
  },
  'form.fee.value': { zh: '按{label} {amount}', en: 'On {label}, {amount}' },
  'form.fee.no_amount': { zh: '不涉及财产金额', en: 'No amount of property involved' },
  'form.fee.on_day': { zh: '，按{date}的收费标准', en: ', on the schedule in force on {date}' },
  'form.fee.today': { zh: '（具状日期尚未填写，按今天计算）', en: ' (no date of signing yet: computed for today)' },
  'form.fee.differs': {
    zh: '各项请求合计 {computed}，与填写的标的总额 {entered}不一致；文书按填写的 {entered}计费，请核对。',
    en: 'The claims add up to {computed}, not the {entered} entered as the amount in dispute; the filing is charged on {entered}: please check.',
  },
  'form.fee.ordinary': { zh: '普通程序', en: 'Ordinary procedure' },
  'form.fee.simplified': { zh: '简易程序', en: 'Simplified procedure' },
  'form.fee.mediation_or_withdrawal': { zh: '调解结案或撤诉', en: 'Closed by mediation, or withdrawn' },
  'form.fee.filed': { zh: '（文书记录的受理费）', en: ' (the fee the filing records)' },
  'form.fee.how': { zh: '怎么算的', en: 'How was this computed' },
  'form.fee.sources': { zh: '依据', en: 'Sources' },
  'form.fee.sources_separator': { zh: '；', en: '; ' },
  'form.fee.prepay': {
    zh: '起诉时按法院的交费通知预交；适用哪种程序由法院决定。',
    en: "You pay in advance as the court's payment notice says; the court decides which procedure applies.",
  },
  'form.fee.declined': {
    zh: '按所填内容无法计算（例如以外币主张）。',
    en: 'Cannot be computed from what is entered (a claim in a foreign currency, say).',
  },

  // The last section: the filing and what to do with it (form/form_outputs.js).
  'form.outputs.heading': { zh: '完成与下载', en: 'Finish and download' },
  'form.outputs.intro': {
    zh: '没有错误后，先生成立案文书：它记录表格内容并附摘要（SHA-256）。立案文件（JSON）、Word 文书和打印预览都是同一份文书，页脚印有同一个摘要。',
    en: 'With no errors left, first generate the filing: it records the form with its digest (SHA-256). The filing (JSON), the Word document and the print view are the same filing and carry the same digest in their footer.',
  },
  'form.outputs.generate': { zh: '生成立案文书', en: 'Generate the filing' },
  'form.outputs.regenerate': { zh: '按现在的内容重新生成', en: 'Generate again from the form as it is now' },
  'form.outputs.download_filing': { zh: '下载立案文件（JSON）', en: 'Download the filing (JSON)' },
  'form.outputs.download_docx': { zh: '下载 Word 文书（DOCX）', en: 'Download Word (DOCX)' },
  'form.outputs.print_view': { zh: '打印预览（A4）', en: 'Print view (A4)' },
  'form.outputs.blocked': { zh: '还有 {n} 处错误，改正后才能生成。', en: '{n} errors must be fixed first.' },
  'form.outputs.generated': { zh: '已生成立案文书，摘要 {short}…', en: 'The filing is generated, digest {short}…' },
  'form.outputs.done': { zh: '已生成：{what}', en: 'Produced: {what}' },
  'form.outputs.made': { zh: '生成时间', en: 'Generated' },
  'form.outputs.digest': { zh: '摘要（SHA-256）', en: 'Digest (SHA-256)' },
  'form.outputs.none': { zh: '尚未生成。', en: 'Not generated yet.' },
  'form.outputs.stale': {
    zh: '表格在生成后又改动过，这份文书已不是现在的内容：请重新生成，再下载或打印。',
    en: 'The form has changed since the filing was generated, so it no longer matches: generate it again, then download or print.',
  },
  'form.next_steps.heading': { zh: '接下来怎么做', en: 'What to do next' },
  'form.next_steps.print': {
    zh: '打印：点“打印预览”，用 A4 纸打印起诉状 {copies} 份（正本 1 份，另按被告人数 {defendants} 份副本），在“具状人”处签名或盖章。',
    en: 'Print: open the print view and print the complaint on A4, {copies} copies (the original, plus one for each of the {defendants} defendants), and sign or seal each where it says 具状人.',
  },
  'form.next_steps.print_answer': {
    zh: '打印：点“打印预览”，用 A4 纸打印答辩状，按原告人数加 1 份，在“答辩人”处签名或盖章。',
    en: 'Print: open the print view and print the answer on A4, one copy more than there are plaintiffs, and sign or seal it where it says 答辩人.',
  },
  'form.next_steps.online': {
    zh: '网上立案（“人民法院在线服务”微信小程序或网站，或本地法院的网上立案平台）：在上传起诉状处上传签名后的扫描件，或打印预览另存的 PDF；证据按证据清单逐项上传；身份证明（身份证正反面、营业执照等）另外上传。',
    en: "Filing online (the 人民法院在线服务 mini-program or website, or your court's own platform): where it asks for the complaint, upload the signed copy scanned, or the print view saved as PDF; upload each piece of evidence as listed; upload proof of identity (both sides of the ID card, business licence…) separately.",
  },
  'form.next_steps.keep': {
    zh: '立案文件（.json）：请保存好。它就是这份文书的数据，摘要印在纸质件页脚；法院要求提交电子文书数据或核对时，提交这个文件。',
    en: "The filing (.json): keep it. It is this document as data, and its digest is printed in the paper copy's footer; hand it in when the court asks for the document as data or wants to check the paper against it.",
  },
  'form.next_steps.word': {
    zh: 'Word 文书（.docx）：只在需要另附页或调整版式时使用；改动后的文书与摘要不再对应。',
    en: 'The Word file (.docx): only for adding pages or adjusting the layout; once changed, it no longer matches the digest.',
  },
};
