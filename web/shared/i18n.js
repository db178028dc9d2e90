// Which language the page speaks: Chinese first, English switchable. The
// page's own sentences are said by code (shared/messages.js); text() picks the
// words of a {zh, en} pair the engine or the schemas give (a row's label, its
// help, a diagnostic's message). The choice is remembered on this device and a
// 'yaosu:language' event on window tells the open view to draw itself again.
//
//   h('h3', {}, text(row.label));
//   text({ zh: '共{n}处问题', en: '{n} problems' }, { n: 3 })   // "共3处问题"
const STORAGE_KEY = 'yaosu.language';

let language = readStoredLanguage();

function readStoredLanguage() {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

export function getLanguage() {
  return language;
}

export function setLanguage(next) {
  language = next === 'en' ? 'en' : 'zh';
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
  document.documentElement.lang = language === 'en' ? 'en' : 'zh-CN';
  window.dispatchEvent(new Event('yaosu:language'));
}

// text: the pair's words in the current language (Chinese when English is
// missing), with {name} placeholders filled from `params`.
export function text(pair, params = {}) {
  if (pair === null || pair === undefined) return '';
  const words = typeof pair === 'string' ? pair : (pair[language] ?? pair.zh ?? pair.en ?? '');
  return words.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

// locale: the one locale each language writes numbers, dates and times in.
export function locale() {
  return language === 'en' ? 'en-GB' : 'zh-CN';
}

// colon: "：" after Chinese words, ": " after English ones.
export function colon() {
  return language === 'en' ? ': ' : '：';
}

// formatTime / formatDate / formatDateTime: a moment (Date or ISO text) in the
// page's language, the same way everywhere ("09:05:18" / "2026年12月6日" /
// "2026年12月6日 09:05"; "6 Dec 2026, 09:05" in English).
// Each call of toLocale*String builds a formatter (a fraction of a millisecond,
// once per keystroke for "saved at"): they are built once per language instead.
const formatters = new Map();
function formatter(kind) {
  const key = `${kind} ${locale()}`;
  if (!formatters.has(key)) {
    const options = {
      time: { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false },
      date: { year: 'numeric', month: language === 'en' ? 'short' : 'long', day: 'numeric' },
      minutes: { hour: '2-digit', minute: '2-digit', hour12: false },
    }[kind];
    formatters.set(key, new Intl.DateTimeFormat(locale(), options));
  }
  return formatters.get(key);
}

export function formatTime(moment) {
  const date = toDate(moment);
  return date ? formatter('time').format(date) : '';
}

export function formatDate(moment) {
  const date = toDate(moment);
  return date ? formatter('date').format(date) : '';
}

export function formatDateTime(moment) {
  const date = toDate(moment);
  if (!date) return '';
  const time = formatter('minutes').format(date);
  return language === 'en' ? `${formatDate(date)}, ${time}` : `${formatDate(date)} ${time}`;
}

// formatDay: a calendar day written YYYY-MM-DD, in the page's language (no time zone shift).
export function formatDay(day) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(day ?? ''));
  return match ? formatDate(new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : String(day ?? '');
}

// today: the device's calendar day, YYYY-MM-DD.
export function today(date = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function toDate(moment) {
  const date = moment instanceof Date ? moment : new Date(moment);
  return Number.isNaN(date.getTime()) ? null : date;
}

// yuan: an amount in fen as "1,234.56 元" / "¥1,234.56".
export function formatFen(fen) {
  if (typeof fen !== 'number' || !Number.isFinite(fen)) return '';
  const yuan = (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return language === 'en' ? `¥${yuan}` : `${yuan} 元`;
}

// moneyUnit: the unit written after an amount typed in yuan ("元" / "yuan").
// Like formatFen's "元" / "¥", a unit of the number formats rather than a
// sentence, so it stays here with them and not in a message catalog.
export function moneyUnit() {
  return language === 'en' ? 'yuan' : '元';
}
