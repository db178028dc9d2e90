// Messages of the page around the views (app.*, web/app.js). Same format as
// the engine's catalogs (schemas/messages/): code → {zh, en}, Chinese first;
// {name} inserts a parameter. Codes are stable: add, never rename.
export const appMessages = {
  'app.title': { zh: '要素 · 要素式起诉状、答辩状', en: 'Yaosu · element-style complaints and answers' },
  'app.privacy': {
    zh: '所填内容只保存在本机浏览器中，上传前不会离开本设备。',
    en: 'What you type stays in this browser on this device until you upload it yourself.',
  },
  'app.engine_failed': { zh: '引擎加载失败：{reason}', en: 'The engine failed to load: {reason}' },
  'app.storage_failed': {
    zh: '无法使用浏览器存储（IndexedDB），草稿不能保存：{reason}',
    en: 'Browser storage (IndexedDB) is unavailable, drafts cannot be saved: {reason}',
  },
  'app.switch_language': { zh: 'English', en: '中文' },
};
