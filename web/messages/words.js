// Words the page puts around the data rather than sentences: what an empty
// value reads as, the "诉" between the parties, and the names of the nine
// fields of the 2025 batch (法〔2025〕82号) the start page groups case types by.
// Same format as the other catalogs: code → {zh, en}, Chinese first; codes are
// stable (add, never rename).
export const wordMessages = {
  'words.not_stated': { zh: '（未填写）', en: '(not stated)' },
  'words.versus': { zh: ' 诉 ', en: ' v ' },
  'words.and_others': { zh: '等', en: ' et al.' },

  'area.criminal_private_prosecution': { zh: '刑事（自诉）', en: 'Criminal (private prosecution)' },
  'area.civil': { zh: '民事', en: 'Civil' },
  'area.commercial': { zh: '商事', en: 'Commercial' },
  'area.intellectual_property': { zh: '知识产权', en: 'Intellectual property' },
  'area.maritime': { zh: '海事', en: 'Maritime' },
  'area.administrative': { zh: '行政', en: 'Administrative' },
  'area.environment_resources': { zh: '环境资源', en: 'Environment and resources' },
  'area.state_compensation': { zh: '国家赔偿', en: 'State compensation' },
  'area.enforcement': { zh: '执行', en: 'Enforcement' },
  'area.other': { zh: '其他', en: 'Other' },
};
