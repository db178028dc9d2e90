// Which language the page speaks: Chinese first, English switchable. Every
// module keeps its own words as {zh, en} pairs and picks with text(); the
// choice is remembered on this device and a 'yaosu:language' event on window
// tells the open view to draw itself again.
//
//   const WORDS = { save: { zh: '保存', en: 'Save' } };
//   button.textContent = text(WORDS.save);
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

// yuan: an amount in fen as "1,234.56 元" / "¥1,234.56".
export function formatFen(fen) {
  if (typeof fen !== 'number' || !Number.isFinite(fen)) return '';
  const yuan = (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return language === 'en' ? `¥${yuan}` : `${yuan} 元`;
}
