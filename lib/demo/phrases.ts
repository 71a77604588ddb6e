import type { CareAction, InteractionType } from '../db/schema';
import type { DemoLanguage, LifecycleStage } from './person';

/**
 * The words of the generated history, in the customer's language. `{product}`
 * is replaced by something from the customer's catalogue and `{name}` by how
 * a salesperson would refer to them, so that one template fits every segment.
 */
export interface InteractionTemplate {
  summary: string;
  subject?: string;
  outcome?: string;
  /** Only fits once the customer has ordered something. */
  afterOrder?: boolean;
}

export interface Phrases {
  interactions: Record<InteractionType, InteractionTemplate[]>;
  /** The contact that marks where the customer now stands in their life cycle. */
  stageMoments: Partial<Record<LifecycleStage, { type: InteractionType } & InteractionTemplate>>;
  surveyComments: { happy: string[]; unhappy: string[] };
  careReasons: Record<CareAction['kind'], string>;
}

const CHINESE: Phrases = {
  interactions: {
    email: [
      { subject: '{product}报价单', summary: '发送{product}最新报价及交期，对方表示内部比较后回复。' },
      { subject: '订单确认：{product}', summary: '确认{product}订单的数量、规格和付款方式。', afterOrder: true },
      { subject: '新品目录及样册', summary: '发送新品目录，对方对{product}比较感兴趣，要了两件样品。' },
      { subject: '发票与季度对账', summary: '对方要求补开发票并核对上季度对账单，已处理完毕。', afterOrder: true },
      { subject: '发货通知：{product}', summary: '告知{product}的快递单号和预计到货时间。', afterOrder: true },
    ],
    call: [
      { summary: '电话沟通{product}的补货需求，对方计划月底下单。', outcome: '月底前发正式订单', afterOrder: true },
      { summary: '回访上批{product}的销售情况，门店反馈款式好卖。', afterOrder: true },
      { summary: '对方来电询问价格调整，解释了金价波动对{product}报价的影响。', outcome: '对方接受新价格' },
      { summary: '确认到货情况：无破损，数量无误，对方满意。', afterOrder: true },
    ],
    meeting: [
      { summary: '在对方公司开会，讨论下半年{product}采购计划和年度框架协议。', outcome: '框架协议草案下周发出' },
      { summary: '参加对方的供应商大会，介绍我们的新品系列。' },
      { summary: '与采购团队会谈，对方希望缩短交期并增加小批量补货。', outcome: '同意试行两周交期' },
    ],
    visit: [
      { summary: '上门拜访，带去{product}样品，对方老板亲自看样。' },
      { summary: '陪同对方参观我们的工厂和质检流程，对方对工艺评价很高。' },
      { summary: '到店巡访，检查{product}的陈列效果，给店员做了简短培训。', afterOrder: true },
    ],
    message: [
      { summary: '微信发送{product}新款图片，对方回复“不错，下周细谈”。' },
      { summary: '微信节日问候，对方回赠祝福。' },
      { summary: '微信确认样品快递已签收。' },
    ],
    complaint: [
      { summary: '对方投诉有几件{product}颜色不均，要求退换。', outcome: '已补发换货并承担运费', afterOrder: true },
      { summary: '对方投诉交货比约定晚了一周，影响了门店活动。', outcome: '下批订单给予 3% 折让', afterOrder: true },
      { summary: '对方反映发票抬头开错。', outcome: '当天重开发票', afterOrder: true },
    ],
    promise: [
      { summary: '答应下周一前寄出{product}样品。', outcome: '已按时寄出' },
      { summary: '答应月底前给出年度返点方案。', outcome: '已发送方案' },
      { summary: '承诺本批{product}提前三天发货。', outcome: '已兑现', afterOrder: true },
    ],
    note: [
      { summary: '对方明年采购预算可能增加两成。' },
      { summary: '对方正在比较另一家供应商的报价，需要关注。' },
      { summary: '对方新来的财务对付款周期要求更严格。' },
    ],
  },
  stageMoments: {
    deciding: { type: 'meeting', summary: '初次拜访，介绍公司和{product}产品线，对方愿意先看样品再谈。' },
    'first-deal': { type: 'call', summary: '首单到货后回访，对方对{product}质量满意，询问后续账期。', outcome: '发送账期申请表' },
    'latent-switching': { type: 'note', summary: '近几个月订单明显减少，听说对方在试用其他供应商的{product}。' },
    'switched-away': {
      type: 'call',
      summary: '流失客户访谈：对方已改从竞争对手采购，主要原因是价格和交期。',
      outcome: '对方愿意明年再比较一次',
    },
  },
  surveyComments: {
    happy: ['产品质量稳定，服务响应快。', '愿意推荐给同行。', '希望新品更新再快一些。', '业务员很用心，节日问候很贴心。'],
    unhappy: ['价格偏高，交期不稳定。', '售后回复太慢。', '主要看价格，哪家便宜用哪家。', '投诉处理拖了太久。'],
  },
  careReasons: {
    'thank-you-call': '重要客户感谢电话：感谢{name}一直以来的支持，问问我们还能做得更好的地方。',
    'birthday-greeting': '{name}生日将到：准备贺卡和小礼物。',
    'holiday-greeting': '节日问候：给{name}寄送节日礼盒，附手写贺卡。',
    'follow-up': '跟进{name}对{product}的反馈和下一步采购计划。',
    'complaint-response': '答复{name}的投诉：给出解决方案，并确认对方满意。',
    'promise-due': '兑现承诺：按约定给{name}寄出{product}样品。',
    'win-back': '挽回客户：了解{name}转向的原因，提供新品试用和专属优惠。',
    survey: '邀请{name}填写满意度调查（NPS），了解真实想法。',
    'regular-contact': '定期联系：已有一段时间没有联系{name}，分享{product}的最新信息。',
  },
};

const ENGLISH: Phrases = {
  interactions: {
    email: [
      { subject: 'Quotation: {product}', summary: 'Sent the latest {product} quotation and lead times; they will compare and reply.' },
      { subject: 'Order confirmation – {product}', summary: 'Confirmed quantities, specifications and payment terms for the {product} order.', afterOrder: true },
      { subject: 'New catalogue and samples', summary: 'Sent the new catalogue; they asked for two {product} samples.' },
      { subject: 'Invoice and quarterly statement', summary: 'They asked for a corrected invoice and the quarterly statement; both sent.', afterOrder: true },
      { subject: 'Shipping notice: {product}', summary: 'Shared the tracking number and expected arrival of the {product} shipment.', afterOrder: true },
    ],
    call: [
      { summary: 'Call about restocking {product}; they plan to order at month end.', outcome: 'PO expected by month end', afterOrder: true },
      { summary: 'Checked how the last batch of {product} is selling; feedback is good.', afterOrder: true },
      { summary: 'They called about the price change; explained how gold prices affect the {product} quote.', outcome: 'New price accepted' },
      { summary: 'Confirmed delivery: no damage, quantities correct, they are happy.', afterOrder: true },
    ],
    meeting: [
      { summary: 'Meeting at their office on the {product} plan for next half-year and a framework agreement.', outcome: 'Draft agreement next week' },
      { summary: 'Presented our new collection at their supplier day.' },
      { summary: 'Met the buying team; they want shorter lead times and smaller top-up orders.', outcome: 'Trial of two-week lead time agreed' },
    ],
    visit: [
      { summary: 'Visited with {product} samples; the owner looked at them personally.' },
      { summary: 'Hosted them at our factory and QC line; they were impressed by the finishing.' },
      { summary: 'Store visit to check the {product} display; gave the staff a short product training.', afterOrder: true },
    ],
    message: [
      { summary: 'Sent photos of the new {product} on WhatsApp; reply: "Nice, let\'s talk next week."' },
      { summary: 'Holiday greetings by message; they replied warmly.' },
      { summary: 'Message confirming the sample parcel arrived.' },
    ],
    complaint: [
      { summary: 'Complaint: several pieces of {product} with uneven plating; they want replacements.', outcome: 'Replacements shipped, freight on us', afterOrder: true },
      { summary: 'Complaint: delivery a week later than agreed, which hurt their promotion.', outcome: '3% discount on the next order', afterOrder: true },
      { summary: 'Complaint: wrong company name on the invoice.', outcome: 'Invoice reissued the same day', afterOrder: true },
    ],
    promise: [
      { summary: 'Promised to send {product} samples by Monday.', outcome: 'Sent on time' },
      { summary: 'Promised a volume-rebate proposal by month end.', outcome: 'Proposal sent' },
      { summary: 'Promised to ship this {product} batch three days early.', outcome: 'Kept', afterOrder: true },
    ],
    note: [
      { summary: 'Their purchasing budget may grow by about 20% next year.' },
      { summary: 'They are comparing quotes from another supplier; keep an eye on it.' },
      { summary: 'Their new finance director wants stricter payment terms.' },
    ],
  },
  stageMoments: {
    deciding: { type: 'meeting', summary: 'First meeting: introduced our company and the {product} range; they want to see samples first.' },
    'first-deal': {
      type: 'call',
      summary: 'Follow-up after the first delivery: happy with the {product} quality, asked about credit terms.',
      outcome: 'Credit application sent',
    },
    'latent-switching': { type: 'note', summary: 'Orders have dropped in recent months; they are reportedly trying another {product} supplier.' },
    'switched-away': {
      type: 'call',
      summary: 'Lost-customer interview: they now buy from a competitor, mainly for price and lead time.',
      outcome: 'Willing to compare again next year',
    },
  },
  surveyComments: {
    happy: ['Consistent quality and quick answers.', 'Would recommend you to peers.', 'Would like new designs more often.', 'Our account manager really cares.'],
    unhappy: ['Prices are high and deliveries unreliable.', 'After-sales replies are too slow.', 'We buy on price, whoever is cheapest.', 'The complaint took too long to resolve.'],
  },
  careReasons: {
    'thank-you-call': 'Thank-you call to a key customer: thank {name} for the business and ask what we could do better.',
    'birthday-greeting': "{name}'s birthday is coming: card and a small gift.",
    'holiday-greeting': 'Holiday greetings: send {name} a gift box with a handwritten card.',
    'follow-up': "Follow up on {name}'s feedback on {product} and their next order.",
    'complaint-response': "Answer {name}'s complaint with a solution and confirm they are satisfied.",
    'promise-due': 'Keep our promise: send {name} the {product} samples as agreed.',
    'win-back': 'Win-back: find out why {name} left, offer a trial of the new range and a personal offer.',
    survey: 'Ask {name} for a satisfaction survey (NPS) to hear what they really think.',
    'regular-contact': "Regular contact: we have not spoken to {name} for a while; share what's new in {product}.",
  },
};

export function phrasesFor(language: DemoLanguage): Phrases {
  return language === 'zh' ? CHINESE : ENGLISH;
}

/** Product names are written as titles; inside an English sentence they start in lower case. */
export function fillIn(template: string, values: { name: string; product: string }): string {
  const inSentence = values.product.charAt(0).toLowerCase() + values.product.slice(1);
  return template
    .replaceAll('{name}', values.name)
    .replace(/\{product\}/g, (_match, offset: number, text: string) => (offset === 0 || /[:–]\s$/.test(text.slice(0, offset)) ? values.product : inSentence));
}
