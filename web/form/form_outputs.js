// The form's last section, "完成与下载": generate the filing once, then take
// its three renderings (the JSON to upload, the DOCX, the print view) — one
// filing, one digest — and say plainly what to do with each: what to print
// and sign, what goes where on the court's online filing platform.
//
//   const section = drawOutputs({ engine, draft, instance: () => view.instance, ... });
//   section.refresh();   // after a change: says when the filing no longer matches the form
import { h } from '../shared/dom.js';
import { colon, formatDateTime, today } from '../shared/i18n.js';
import { message } from '../shared/messages.js';
import { downloadDocx, downloadFiling, generateFiling, isCurrent, openPrintView } from './output_actions.js';
import { fileStem, partiesLine } from '../shared/parties.js';

export function drawOutputs({ engine, draft, instance, titleOf, errorCount, onAskForFiling, save, announce }) {
  const status = h('p', { class: 'output-status' }); // spoken through announce()
  const current = h('div', { class: 'filing-current' });
  const stale = h('p', { class: 'notice stale-filing', hidden: true }, message('form.outputs.stale'));
  const generate = h(
    'button',
    { type: 'button', class: 'primary', id: 'generate-filing' },
    message('form.outputs.generate'),
  );
  const buttons = {
    json: h('button', { type: 'button', id: 'download-filing' }, message('form.outputs.download_filing')),
    docx: h('button', { type: 'button', id: 'download-docx' }, message('form.outputs.download_docx')),
    print: h('button', { type: 'button', id: 'print-view' }, message('form.outputs.print_view')),
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
      tell(message('form.outputs.blocked', { n: errorCount() || (made.diagnostics?.length ?? 0) }));
      return;
    }
    draft.filing = made.filing;
    save();
    refresh();
    tell(message('form.outputs.generated', { short: made.filing.digest.slice(0, 16) }));
  });
  const run = (action, what) => async () => {
    if (!isCurrent(draft.filing, instance())) return;
    const result = await action();
    if (result.ok) tell(message('form.outputs.done', { what: message(what) }));
  };
  buttons.json.addEventListener(
    'click',
    run(() => downloadFiling(draft.filing, stem()), 'form.outputs.download_filing'),
  );
  buttons.docx.addEventListener(
    'click',
    run(() => downloadDocx(engine, draft.filing, stem()), 'form.outputs.download_docx'),
  );
  buttons.print.addEventListener(
    'click',
    run(() => openPrintView(engine, draft.filing), 'form.outputs.print_view'),
  );

  function refresh() {
    const filing = draft.filing;
    const fresh = isCurrent(filing, instance());
    for (const button of Object.values(buttons)) button.disabled = !fresh;
    stale.hidden = !filing?.text || fresh;
    generate.textContent = message(filing?.text && !fresh ? 'form.outputs.regenerate' : 'form.outputs.generate');
    current.replaceChildren(
      filing?.text
        ? h(
            'dl',
            { class: 'filing-facts' },
            h('dt', {}, message('form.outputs.made')),
            h('dd', {}, formatDateTime(filing.createdAt)),
            h('dt', {}, message('form.outputs.digest')),
            h('dd', {}, h('code', { class: 'filing-digest' }, filing.digest)),
          )
        : h('p', { class: 'muted' }, message('form.outputs.none')),
    );
    next.hidden = !fresh;
    if (fresh) drawNextSteps(next, draft);
  }

  const section = h(
    'section',
    { class: 'form-section outputs', id: 'section-__outputs', 'aria-labelledby': 'heading-outputs' },
    h('h2', { id: 'heading-outputs', tabindex: '-1' }, message('form.outputs.heading')),
    h('p', {}, message('form.outputs.intro')),
    h('div', { class: 'actions' }, generate),
    current,
    stale,
    h('div', { class: 'actions' }, buttons.json, buttons.docx, buttons.print),
    status,
    next,
  );
  refresh();
  return { section, refresh };
}

function drawNextSteps(next, draft) {
  const defendants = Math.max(1, (draft.instance?.defendants ?? []).length);
  const print =
    draft.form === 'answer'
      ? message('form.next_steps.print_answer')
      : message('form.next_steps.print', { copies: defendants + 1, defendants });
  const parties = partiesLine(draft.instance);
  next.replaceChildren(
    h('h3', { id: 'next-steps-heading' }, message('form.next_steps.heading'), parties ? `${colon()}${parties}` : ''),
    h(
      'ol',
      {},
      [print, message('form.next_steps.online'), message('form.next_steps.keep'), message('form.next_steps.word')].map(
        (line) => h('li', {}, line),
      ),
    ),
  );
}
