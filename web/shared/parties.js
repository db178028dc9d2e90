// Who sues whom, in a few words, from a form's data: "王小明 诉 李大海"
// ("王小明 v 李大海" in English), "王小明等 诉 …" when there are more — for draft
// lists and file names, so two drafts of one day do not look alike.
//
//   partiesLine({ plaintiffs: [{ name: '王小明' }], defendants: [{ name: '李大海' }] })  // "王小明 诉 李大海"
//   fileStem(draft, '民事起诉状', '2025-10-08')  // "王小明诉李大海_民事起诉状_2025-10-08"
import { getLanguage } from './i18n.js';
import { message } from './messages.js';

function side(parties) {
  const names = (Array.isArray(parties) ? parties : [])
    .map((party) => (typeof party?.name === 'string' ? party.name.trim() : ''))
    .filter(Boolean);
  if (names.length === 0) return '';
  return names.length > 1 ? `${names[0]}${message('words.and_others')}` : names[0];
}

// partiesLine: "原告 诉 被告" from the data (a complaint's plaintiffs and
// defendants; an answer names the same sides), or "" while neither is named.
export function partiesLine(instance) {
  const plaintiffs = side(instance?.plaintiffs);
  const defendants = side(instance?.defendants ?? instance?.respondents);
  if (!plaintiffs && !defendants) return '';
  return `${plaintiffs || '？'}${message('words.versus')}${defendants || '？'}`;
}

// fileStem: a file name without extension — the parties, the form, the day —
// with characters file systems refuse replaced.
export function fileStem(draft, formTitle, day) {
  const parties = partiesLine(draft.instance).replace(/\s+/g, getLanguage() === 'en' ? '_' : '');
  const parts = [parties, formTitle || draft.name || 'yaosu', day].filter(Boolean);
  return parts
    .join('_')
    .replace(/[\\/:*?"<>|\s]+/g, '_')
    .slice(0, 120);
}
