// The fixed corpus: filled complaints for bench/corpus/complaint.schema.json,
// about 1.6 KB each with Chinese names, addresses and facts; one in ten carries
// one seeded fault (a schema error), chosen in turn from FAULTS.
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '欧阳', '司马'];
const GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '桂兰', '建国'];
const PLACES = [
  '北京市朝阳区建国路',
  '上海市浦东新区世纪大道',
  '广东省广州市天河区体育西路',
  '四川省成都市武侯区人民南路',
];
const COURTS = ['北京市朝阳区人民法院', '上海市浦东新区人民法院', '广州市天河区人民法院', '成都市武侯区人民法院'];
const FACTS = [
  '被告于2023年3月4日向原告借款人民币壹拾万元整，约定月利率1%，借期一年。',
  '借款到期后，原告多次催收，被告以资金周转困难为由拒不归还本金及利息。',
  '原告通过银行转账方式将借款交付被告，被告出具借条一份，载明借款金额及还款日期。',
  '被告于2024年1月15日通过微信转账归还利息人民币叁仟元，此后再未还款。',
  '保证人对上述借款承担连带保证责任，保证期间为主债务履行期届满之日起六个月。',
];

const pad = (n) => String(n).padStart(2, '0');

function person(random, index) {
  const year = random.int(1950, 2000);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  return {
    name: random.pick(SURNAMES) + random.pick(GIVEN) + (random.next() < 0.5 ? random.pick(GIVEN) : ''),
    id_number: `${random.digits(6)}${year}${pad(month)}${pad(day)}${random.digits(3)}${random.pick(['X', '7'])}`,
    birth_date: `${year}-${pad(month)}-${pad(day)}`,
    phone: `1${random.int(3, 9)}${random.digits(9)}`,
    email: `party${index}@example.cn`,
    address: `${random.pick(PLACES)}${random.int(1, 999)}号${random.int(1, 30)}栋${random.int(101, 2999)}室`,
  };
}

function complaint(random, index) {
  const hasAgent = random.next() < 0.5;
  const form = {
    court: random.pick(COURTS),
    filed_on: `2025-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`,
    plaintiffs: Array.from({ length: random.int(1, 2) }, (_, i) => person(random, index * 10 + i)),
    defendants: Array.from({ length: random.int(1, 2) }, (_, i) => person(random, index * 10 + 5 + i)),
    claims: Array.from({ length: random.int(2, 4) }, (_, i) => ({
      kind: ['principal', 'interest', 'penalty', 'fees'][i],
      amount: random.int(100, 5000000) / 100,
      note: '按照全国银行间同业拆借中心公布的一年期贷款市场报价利率计算',
    })),
    has_agent: hasAgent,
    facts: {},
  };
  if (hasAgent) form.agent = person(random, index * 10 + 9);
  for (let q = 1; q <= random.int(2, 4); q += 1) form.facts[`q${q}`] = random.pick(FACTS);
  return form;
}

// One fault each, every one an error under the schema.
const FAULTS = [
  (form) => (form.plaintiffs[0].name = 'Zhang San'),
  (form) => (form.defendants[0].id_number = '11010519491231002Y'),
  (form) => (form.claims[0].amount = -5),
  (form) => (form.claims[1].amount = 10.005),
  (form) => delete form.defendants[0].address,
  (form) => (form.plaintiffs[0].birth_date = '1990-02-30'),
  (form) => (form.facts.note = '不是问题编号的键'),
  (form) => (form.extra = true),
  (form) => {
    form.has_agent = true;
    delete form.agent;
  },
  (form) => (form.plaintiffs[0].email = 'not an email'),
];

// complaints: `count` instances; every tenth has a seeded fault.
export function complaints(random, count) {
  const list = [];
  for (let index = 0; index < count; index += 1) {
    const form = complaint(random, index);
    if (index % 10 === 9) FAULTS[Math.floor(index / 10) % FAULTS.length](form);
    list.push(form);
  }
  return list;
}
