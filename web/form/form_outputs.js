// The form's last section, "完成与下载": generate the filing once, then take
// its three renderings (the JSON to upload, the DOCX, the print view) — one
// filing, one digest — and say plainly what to do with each: what to print
// and sign, what goes where on the court's online filing platform.
//
//   const section = drawOutputs({ engine, draft, instance: () => view.instance, ... });
//   section.refresh();   // after a change: says when the filing no longer matches the form
import { h } from '../shared/dom.js';
import { colon, formatDateTime, text, today } from '../shared/i18n.js';
import { downloadDocx, downloadFiling, generateFiling, isCurrent, openPrintView } from './output_actions.js';
import { fileStem, partiesLine } from '../shared/parties.js';

const WORDS = {
  heading: { zh: '完成与下载', en: 'Finish and download' },
  intro: {
    zh: '没有错误后，先生成立案文书：它记录表格内容并附摘要（SHA-256）。立案文件（JSON）、Word 文书和打印预览都是同一份文书，页脚印有同一个摘要。',
    en: 'With no errors left, first generate the filing: it records the form with its digest (SHA-256). The filing (JSON), the Word document and the print view are the same filing and carry the same digest in their footer.',
  },
  generate: { zh: '生成立案文书', en: 'Generate the filing' },
  regenerate: { zh: '按现在的内容重新生成', en: 'Generate again from the form as it is now' },
  downloadFiling: { zh: '下载立案文件（JSON）', en: 'Download the filing (JSON)' },
  downloadDocx: { zh: '下载 Word 文书（DOCX）', en: 'Download Word (DOCX)' },
  printView: { zh: '打印预览（A4）', en: 'Print view (A4)' },
  blocked: { zh: '还有 {n} 处错误，改正后才能生成。', en: '{n} errors must be fixed first.' },
  generated: { zh: '已生成立案文书，摘要 {short}…', en: 'The filing is generated, digest {short}…' },
  done: { zh: '已生成：{what}', en: 'Produced: {what}' },
  made: { zh: '生成时间', en: 'Generated' },
  digest: { zh: '摘要（SHA-256）', en: 'Digest (SHA-256)' },
  none: { zh: '尚未生成。', en: 'Not generated yet.' },
  stale: {
    zh: '表格在生成后又改动过，这份文书已不是现在的内容：请重新生成，再下载或打印。',
    en: 'The form has changed since the filing was generated, so it no longer matches: generate it again, then download or print.',
  },
  nextHeading: { zh: '接下来怎么做', en: 'What to do next' },
  print: {
    zh: '打印：点“打印预览”，用 A4 纸打印起诉状 {copies} 份（正本 1 份，另按被告人数 {defendants} 份副本），在“具状人”处签名或盖章。',
    en: 'Print: open the print view and print the complaint on A4, {copies} copies (the original, plus one for each of the {defendants} defendants), and sign or seal each where it says 具状人.',
  },
  printAnswer: {
    zh: '打印：点“打印预览”，用 A4 纸打印答辩状，按原告人数加 1 份，在“答辩人”处签名或盖章。',
    en: 'Print: open the print view and print the answer on A4, one copy more than there are plaintiffs, and sign or seal it where it says 答辩人.',
  },
  online: {
    zh: '网上立案（“人民法院在线服务”微信小程序或网站，或本地法院的网上立案平台）：在上传起诉状处上传签名后的扫描件，或打印预览另存的 PDF；证据按证据清单逐项上传；身份证明（身份证正反面、营业执照等）另外上传。',
    en: 'Filing online (the 人民法院在线服务 mini-program or website, or your court\'s own platform): where it asks for the complaint, upload the signed copy scanned, or the print view saved as PDF; upload each piece of evidence as listed; upload proof of identity (both sides of the ID card, business licence…) separately.',
  },
  keep: {
    zh: '立案文件（.json）：请保存好。它就是这份文书的数据，摘要印在纸质件页脚；法院要求提交电子文书数据或核对时，提交这个文件。',
    en: 'The filing (.json): keep it. It is this document as data, and its digest is printed in the paper copy\'s footer; hand it in when the court asks for the document as data or wants to check the paper against it.',
  },
  word: {
    zh: 'Word 文书（.docx）：只在需要另附页或调整版式时使用；改动后的文书与摘要不再对应。',
    en: 'The Word file (.docx): only for adding pages or adjusting the layout; once changed, it no longer matches the digest.',
  },
};

export function drawOutputs({ engine, draft, instance, titleOf, errorCount, onAskForFiling, save, announce }) {
  const status = h('p', { class: 'output-status' }); // spoken through announce()
  const current = h('div', { class: 'filing-current' });
  const stale = h('p', { class: 'notice stale-filing', hidden: true }, text(WORDS.stale));
  const generate = h('button', { type: 'button', class: 'primary', id: 'generate-filing' }, text(WORDS.generate));
  const buttons = {
    json: h('button', { type: 'button', id: 'download-filing' }, text(WORDS.downloadFiling)),
    docx: h('button', { type: 'button', id: 'download-docx' }, text(WORDS.downloadDocx)),
    print: h('button', { type: 'button', id: 'print-view' }, text(WORDS.printView)),
  };
  const next = h('section', { class: 'next-steps', 'aria-labelledby': 'next-steps-heading', hidden: true });
  const stem = () => fileStem(draft, titleOf(), today());
  const tell = (line) => {
    status.textContent = line;
    announce(line);
  };

  generate.addEventListener('click', async () => {
    onAskForFiling(); // every problem now shows, the missing ones too
    const made = await generateFiling(engine, draft, instance());
    if (!made.ok) {
      tell(text(WORDS.blocked, { n: errorCount() || (made.diagnostics?.length ?? 0) }));
      return;
    }
    draft.filing = made.filing;
    save();
    refresh();
    tell(text(WORDS.generated, { short: made.filing.digest.slice(0, 16) }));
  });
  const run = (action, words) => async () => {
    if (!isCurrent(draft.filing, instance())) return;
    const result = await action();
    if (result.ok) tell(text(WORDS.done, { what: text(words) }));
  };
  buttons.json.addEventListener('click', run(() => downloadFiling(draft.filing, stem()), WORDS.downloadFiling));
  buttons.docx.addEventListener('click', run(() => downloadDocx(engine, draft.filing, stem()), WORDS.downloadDocx));
  buttons.print.addEventListener('click', run(() => openPrintView(engine, draft.filing), WORDS.printView));

  function refresh() {
    const filing = draft.filing;
    const fresh = isCurrent(filing, instance());
    for (const button of Object.values(buttons)) button.disabled = !fresh;
    stale.hidden = !filing?.text || fresh;
    generate.textContent = text(filing?.text && !fresh ? WORDS.regenerate : WORDS.generate);
    current.replaceChildren(filing?.text
      ? h('dl', { class: 'filing-facts' },
        h('dt', {}, text(WORDS.made)), h('dd', {}, formatDateTime(filing.createdAt)),
        h('dt', {}, text(WORDS.digest)), h('dd', {}, h('code', { class: 'filing-digest' }, filing.digest)))
      : h('p', { class: 'muted' }, text(WORDS.none)));
    next.hidden = !fresh;
    if (fresh) drawNextSteps(next, draft);
  }

  const section = h('section', { class: 'form-section outputs', id: 'section-__outputs', 'aria-labelledby': 'heading-outputs' },
    h('h2', { id: 'heading-outputs', tabindex: '-1' }, text(WORDS.heading)),
    h('p', {}, text(WORDS.intro)),
    h('div', { class: 'actions' }, generate),
    current, stale,
    h('div', { class: 'actions' }, buttons.json, buttons.docx, buttons.print),
    status, next);
  refresh();
  return { section, refresh };
}

function drawNextSteps(next, draft) {
  const defendants = Math.max(1, (draft.instance?.defendants ?? []).length);
  const print = draft.form === 'answer'
    ? text(WORDS.printAnswer)
    : text(WORDS.print, { copies: defendants + 1, defendants });
  const parties = partiesLine(draft.instance);
  next.replaceChildren(
    h('h3', { id: 'next-steps-heading' }, text(WORDS.nextHeading), parties ? `${colon()}${parties}` : ''),
    h('ol', {}, [print, text(WORDS.online), text(WORDS.keep), text(WORDS.word)].map((line) => h('li', {}, line))));
}
