import type { DemoPerson } from './person';

/**
 * The customers the demo mail pages (tests/fixtures/sites/mail.google.com) write
 * from. Their key moments are hand-written so that the sidebar tells the story
 * the page shows; the browser tests rely on these names, addresses and facts.
 */
export const FEATURED_EMAILS = {
  wangFang: 'wang.fang@jinlong-jewellery.cn',
  emilyCarter: 'emily.carter@harbourhotels.com',
  chenZhiqiang: 'chen.zq@xihu-trading.com.cn',
} as const;

export const FEATURED_PEOPLE: DemoPerson[] = [
  {
    key: 'wang-fang', language: 'zh', segment: 'jewellery', currency: 'CNY', orderSize: 180_000, phoneCountry: '+86',
    emails: [FEATURED_EMAILS.wangFang, 'wangfang_sz@163.com'],
    name: '王芳', title: '采购总监', tier: 'A', loyalty: { type: 'true-loyal', stage: 'repeat-buying' },
    company: {
      name: '深圳金龙珠宝有限公司', businessType: 'retailer', location: '深圳', size: '约 120 人，华南 18 家门店',
      financialStanding: '现金流稳健，月结 30 天，从未拖欠', channel: '大客户直销',
    },
    preferences: {
      likes: ['普洱茶（尤其是老班章）', '简洁的设计风格', '提前一周收到新品图册'],
      dislikes: ['临时改交期', '酒局应酬'],
      contact: '工作日上午发邮件；急事微信，18:00 以后也可以',
    },
    importantDates: [
      { kind: 'birthday', label: '农历生日（正好是中秋节）', calendar: 'lunar', month: 8, day: 15 },
      { kind: 'company-anniversary', label: '金龙珠宝成立纪念日', month: 3, day: 18, year: 2009 },
      { kind: 'family', label: '结婚纪念日', month: 10, day: 6 },
    ],
    family: [
      { name: '李明', relation: '丈夫', notes: '做外贸生意，喜欢海钓' },
      { name: '李欣怡', relation: '女儿', notes: '正在准备高考，王芳常提起' },
    ],
    lifestyleNotes: '每天早上泡一壶普洱再开始工作。周末常带家人去大梅沙。对翡翠有研究，喜欢聊收藏。不喝酒。',
    tags: ['VIP', '珠宝', '华南', '年度框架协议'],
    interactions: [
      {
        daysAgo: 6, type: 'visit', outcome: '下月确认春季订单',
        summary: '到金龙珠宝总部拜访，带了一饼老班章普洱，王芳很高兴。讨论春季新款方向，她偏爱简洁款。',
      },
      { daysAgo: 20, type: 'email', subject: '春季新款图册', summary: '提前一周发送春季新款图册（她喜欢提前看），她圈出了 12 个款式。' },
      { daysAgo: 45, type: 'call', summary: '年度返点对账，王芳确认无异议；聊到女儿正在准备高考。' },
      { daysAgo: 120, type: 'meeting', summary: '年度框架协议续签，金龙珠宝承诺全年采购额不低于去年。', outcome: '续签一年' },
      { daysAgo: 200, type: 'complaint', summary: '一批淡水珍珠耳钉有 3 件配件松动。', outcome: '48 小时内换货，王芳说处理很及时' },
    ],
    careActions: [
      { dueInDays: 2, kind: 'follow-up', reason: '跟进春季订单报价：王芳计划下月下单，确认款式和数量。' },
      { dueInDays: 12, kind: 'thank-you-call', reason: '年度感谢电话：感谢金龙珠宝三年来的合作，问候她女儿备考，准备一份普洱茶礼盒。' },
    ],
  },
  {
    key: 'emily-carter', language: 'en', segment: 'hotel', currency: 'USD', orderSize: 9_000, phoneCountry: '+852',
    emails: [FEATURED_EMAILS.emilyCarter],
    name: 'Emily Carter', title: 'Procurement Manager', tier: 'B', loyalty: { type: 'spurious-loyal', stage: 'latent-switching' },
    lastPurchaseDaysAgo: 40,
    company: {
      name: 'Harbour Hotels Group', businessType: 'end-customer', location: 'Hong Kong', size: '9 hotels, about 3,100 rooms',
      financialStanding: 'Listed group; pays at 60 days, sometimes late', channel: 'Direct key account',
    },
    preferences: {
      likes: ['Written delivery schedules', 'Eco-friendly packaging', 'Flat whites'],
      dislikes: ['Cold calls', 'Surprise price changes'],
      contact: 'E-mail first; calls only by appointment, never before 10:00',
    },
    // Her birthday is always tomorrow in the demo, so that the care suggestions show one coming up.
    birthdayInDays: 1,
    importantDates: [
      { kind: 'birthday', month: 6, day: 21 },
      { kind: 'company-anniversary', label: 'Harbour Hotels founded', month: 9, day: 1, year: 1987 },
    ],
    family: [
      { name: 'Daniel Carter', relation: 'Husband', notes: 'Architect; they sail at weekends' },
      { name: 'Mia', relation: 'Daughter', notes: 'Started primary school this year' },
    ],
    lifestyleNotes: 'Runs the Hong Kong Marathon most years. Vegetarian: pick restaurants accordingly. Under pressure from group finance to cut costs.',
    tags: ['hotel', 'Hong Kong', 'price-sensitive', 'delivery issues'],
    interactions: [
      {
        daysAgo: 2, type: 'complaint',
        summary: 'Second delivery of the room amenities order is a week late again; Emily needs a firm date by Friday. Tom Hughes (operations) in copy.',
      },
      { daysAgo: 16, type: 'call', summary: 'Emily chased the first amenities delivery; it arrived 4 days late.', outcome: 'Apologised; tracking updates every two days' },
      { daysAgo: 33, type: 'promise', summary: 'Promised both amenities deliveries before the end of the month.' },
      { daysAgo: 75, type: 'note', summary: 'Harbour is piloting a second amenities supplier at two properties; Emily says price is the main argument.' },
      {
        daysAgo: 150, type: 'email', subject: 'Price review for the second half-year',
        summary: 'Sent the price review; Emily pushed for 8% off, we agreed on 3%.',
      },
    ],
    careActions: [
      { dueInDays: 1, kind: 'complaint-response', reason: 'Give Emily a firm date for the second amenities delivery before Friday and offer compensation for the repeated delay.' },
      { dueInDays: -1, kind: 'promise-due', reason: 'We promised both deliveries by month end: confirm the date with the warehouse today.' },
      { dueInDays: 14, kind: 'survey', reason: 'Once the delivery is settled, ask Emily for an NPS survey: she buys out of habit and price, not conviction.' },
    ],
  },
  {
    key: 'chen-zhiqiang', language: 'zh', segment: 'trading', currency: 'CNY', orderSize: 40_000, phoneCountry: '+86',
    emails: [FEATURED_EMAILS.chenZhiqiang],
    name: '陈志强', title: '总经理', tier: 'C', loyalty: { type: 'potential-loyal', stage: 'first-deal' },
    lastPurchaseDaysAgo: 30,
    company: {
      name: '杭州西湖贸易有限公司', businessType: 'distributor', location: '杭州', size: '25 人',
      financialStanding: '成立三年，注册资本 500 万，首单预付', channel: '展会（义乌博览会）',
    },
    preferences: {
      likes: ['西湖龙井', '爽快的报价', '先看实物样品'],
      dislikes: ['冗长的合同条款', '太晚的饭局'],
      contact: '电话优先，上午 10 点以后',
    },
    importantDates: [
      { kind: 'birthday', month: 11, day: 3, year: 1979 },
      { kind: 'company-anniversary', label: '西湖贸易成立', month: 6, day: 1 },
    ],
    family: [{ name: '陈浩', relation: '儿子', notes: '在英国读大学，暑假回国' }],
    lifestyleNotes: '喜欢跑步，跑过杭州马拉松。做事谨慎，习惯先小批量试单。',
    tags: ['新客户', '贸易', '华东'],
    interactions: [
      { daysAgo: 140, type: 'meeting', summary: '在义乌博览会展位认识陈总，他对银饰批发和包装盒感兴趣。' },
      { daysAgo: 70, type: 'visit', summary: '到西湖贸易拜访，带去样品；陈总要求先小批量试单。' },
      { daysAgo: 45, type: 'promise', summary: '答应试单按批发价供货，并包运费。', outcome: '已兑现' },
    ],
    careActions: [{ dueInDays: 5, kind: 'follow-up', reason: '首单到货一个月：问问陈总试单卖得怎样，争取第二批正式订单。' }],
  },
];
