// The complaint of issue #11, as a litigant typed it: a plaintiff lender, a
// borrower, a 200,000 loan of which 195,000 was actually provided, 1.5% a
// month (18% a year, above the cap: a warning the filing carries), signed on
// 2025-10-08 — when 98 days of the limitation period remained (it ends on
// 2026-01-14, the corresponding day three years after the loan fell due on
// 2023-01-14; 2025.1 counted one day more). The claims add up to 231,000, the
// amount the form files.
//
//   const data = lenderComplaint();   // a fresh copy each time
export const SIGNED = '2025-10-08';
export const LIMITATION_ENDS = '2026-01-14';

const COMPLAINT = {
  plaintiffs: [
    {
      kind: 'natural_person',
      name: '王小明',
      sex: 'male',
      birth_date: '1985-06-15',
      ethnicity: '汉族',
      phone: '13904721234',
      domicile: '内蒙古自治区包头市昆都仑区钢铁大街1号',
      id_type: 'resident_id',
      id_number: '150203198506150014',
    },
  ],
  defendants: [
    {
      kind: 'natural_person',
      name: '李大海',
      sex: 'male',
      birth_date: '1980-03-02',
      domicile: '内蒙古自治区包头市青山区幸福路8号',
      id_type: 'resident_id',
      id_number: '150204198003020038',
    },
  ],
  agent: {
    present: false,
  },
  claims: {
    principal: {
      as_of: '2025-09-30',
      amount: 195000,
    },
    interest: {
      as_of: '2025-09-30',
      amount: 36000,
      method: '以195000元为基数，按年利率14.8%计算',
      until_paid: true,
    },
    acceleration_or_termination: {
      claimed: false,
    },
    security_rights: {
      claimed: false,
    },
    enforcement_costs: {
      claimed: false,
    },
    litigation_costs: {
      claimed: true,
    },
    total: 231000,
  },
  jurisdiction_preservation: {
    jurisdiction_agreement: {
      present: false,
    },
    pre_action_preservation: {
      done: false,
    },
  },
  facts: {
    contract: {
      name: '借款合同',
      signed_on: '2022-01-14',
      place: '包头市昆都仑区',
    },
    parties: {
      lender: '王小明',
      borrower: '李大海',
    },
    amount: {
      agreed: 200000,
      actual: 195000,
      delivery: 'transfer',
    },
    term: {
      matured: true,
      start: '2022-01-15',
      end: '2023-01-14',
    },
    rate: {
      percent: 1.5,
      unit: 'per_month',
      clause: '第三条',
    },
    disbursements: [
      {
        amount: 195000,
        date: '2022-01-15',
      },
    ],
    repayment_method: {
      kind: 'lump_sum_at_maturity',
    },
    repayment: {
      interest_paid_until: '2022-12-31',
      interest_repaid: 0,
      principal_repaid: 0,
    },
    overdue: {
      overdue: true,
      since: '2023-01-15',
      days: 997,
    },
    security_contract: {
      present: false,
    },
    maximum_amount_security: {
      present: false,
    },
    registration: {
      registered: false,
    },
    guarantee_contract: {
      signed: false,
    },
    basis: {
      contract: '借款合同第三条、第五条',
      law: '《中华人民共和国民法典》第六百六十七条、第六百七十五条、第六百七十六条',
    },
    evidence: [
      {
        name: '借款合同',
        source: '原告持有',
        purpose: '证明双方借贷关系及约定',
        pages: 3,
      },
      {
        name: '银行转账凭证',
        source: '中国工商银行',
        purpose: '证明原告已实际交付借款195000元',
        pages: 1,
      },
    ],
  },
  mediation: {
    understands_mediation: true,
    understands_benefits: [true, true, true, true, true],
    considers_mediation: 'undecided',
  },
  signature: {
    signer: '王小明',
    date: '2025-10-08',
  },
};

export function lenderComplaint() {
  return structuredClone(COMPLAINT);
}
