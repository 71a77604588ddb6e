import { z } from 'zod';
import { BUSINESS_TYPES, INTERACTION_TYPES, TIERS, type ImportantDate } from '../db/schema';
import { addReason, reason, type Reason } from './reasons';

/**
 * One zod schema per kind of cell: from the cell's text to the value stored,
 * with failure messages in plain words, since they end up in the report the
 * user reads ("line 7, column Email: not an e-mail address").
 */

const texts = new Map<number, z.ZodString>();
/** One schema per length, built once: building a zod schema costs far more than running it, and this runs per cell. */
export const text = (max: number): z.ZodString => {
  let schema = texts.get(max);
  if (!schema) texts.set(max, (schema = z.string().trim().max(max, `longer than ${max} characters`)));
  return schema;
};

/** Cells that hold several values: "a@x.cn; b@x.cn", "138… / 139…", "VIP，华南". */
const split = (value: string, separators: RegExp) =>
  value
    .split(separators)
    .map((part) => part.trim())
    .filter(Boolean);

const emailAddress = z.email();

export const emails = z.string().transform((value, ctx) => {
  const parts = split(value, /[;,，；、\s]+/);
  for (const part of parts) {
    if (part.length > 320 || !emailAddress.safeParse(part).success) addReason(ctx, 'notEmail', { value: part });
  }
  return parts;
});

export const phones = z.string().transform((value, ctx) => {
  const parts = split(value, /[;,，；、/|]+/);
  for (const part of parts) {
    const problem = phoneProblem(part);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.reason, params: problem });
  }
  return parts;
});

function phoneProblem(phone: string): Reason | undefined {
  // Excel shows a long number typed into a General cell as 1.38001E+10 and exports it so: the digits are gone.
  if (/^\d(?:\.\d+)?e\+?\d+$/i.test(phone)) {
    return reason('excelShortened', { value: phone });
  }
  const number = phone.replace(/\s*(?:ext\.?|x|转|分机)\s*\d+$/i, '');
  if (number.length > 50 || !/^\+?[\d\s().\-]+$/.test(number) || number.replace(/\D/g, '').length < 5) return reason('notPhone', { value: phone });
  return undefined;
}

export const tags = z.string().transform((value) => split(value, /[,;，；、|]+/)).pipe(z.array(text(100)));

export const tier = z.string().transform((value, ctx) => {
  const letter = /^(?:tier\s*)?([abc])\s*(?:级|类)?(?:客户)?$/i.exec(value.trim())?.[1]?.toUpperCase();
  const known = TIERS.find((tier) => tier === letter);
  if (!known) addReason(ctx, 'notTier', { value });
  return known ?? z.NEVER;
});

const BUSINESS_TYPE_WORDS: Record<string, (typeof BUSINESS_TYPES)[number]> = {
  经销商: 'distributor', 分销商: 'distributor', 代理商: 'distributor', 批发商: 'distributor',
  零售商: 'retailer', 零售: 'retailer', 门店: 'retailer',
  生产商: 'producer', 厂家: 'producer', 制造商: 'producer', 工厂: 'producer', manufacturer: 'producer',
  终端客户: 'end-customer', 终端: 'end-customer', 最终用户: 'end-customer', 'end customer': 'end-customer', enduser: 'end-customer',
};

export const businessType = z.string().transform((value, ctx) => {
  const word = value.trim().toLowerCase();
  const known = BUSINESS_TYPES.find((type) => type === word) ?? BUSINESS_TYPE_WORDS[word];
  if (!known) addReason(ctx, 'notBusinessType', { value });
  return known ?? z.NEVER;
});

const INTERACTION_TYPE_WORDS: Record<string, (typeof INTERACTION_TYPES)[number]> = {
  邮件: 'email', 'e-mail': 'email', 电话: 'call', phone: 'call', 会议: 'meeting', 拜访: 'visit', 上门: 'visit',
  备注: 'note', 消息: 'message', 微信: 'message', 短信: 'message', wechat: 'message', 投诉: 'complaint', 承诺: 'promise',
};

export const interactionType = z.string().transform((value, ctx) => {
  const word = value.trim().toLowerCase();
  const known = INTERACTION_TYPES.find((type) => type === word) ?? INTERACTION_TYPE_WORDS[word];
  if (!known) addReason(ctx, 'notInteractionType', { value, types: INTERACTION_TYPES.join(', ') });
  return known ?? z.NEVER;
});

interface CalendarDay {
  year?: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const NUMERIC_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]+(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?$/;
const CHINESE_DATE = /^(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?(?:\s*(\d{1,2})\s*[:：时点]\s*(\d{2})\s*分?)?$/;
/** 3/5/1990 is 3 May in China and Britain and 5 March in America: refused rather than guessed. */
const DAY_MONTH_AMBIGUOUS = /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}/;


function readDay(value: string, { yearRequired }: { yearRequired: boolean }): CalendarDay | Reason {
  const trimmed = value.trim();
  const match = NUMERIC_DATE.exec(trimmed) ?? CHINESE_DATE.exec(trimmed);
  if (!match) {
    return reason(DAY_MONTH_AMBIGUOUS.test(trimmed) ? 'ambiguousDate' : 'notDate', { value });
  }
  const [, year, month, day, hour, minute, second] = match;
  const parsed: CalendarDay = {
    year: year ? Number(year) : undefined,
    month: Number(month),
    day: Number(day),
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    second: Number(second ?? 0),
  };
  if (parsed.year === undefined && yearRequired) return reason('noYear', { value });
  // A yearless 2月29日 is a real birthday, so check against a leap year.
  const probe = new Date(parsed.year ?? 2000, parsed.month - 1, parsed.day);
  if (probe.getMonth() !== parsed.month - 1 || probe.getDate() !== parsed.day) return reason('notCalendarDay', { value });
  if (parsed.hour > 23 || parsed.minute > 59 || parsed.second > 59) return reason('impossibleTime', { value });
  return parsed;
}

/** A moment in the importing user's time zone: dates without a time are taken as midnight. */
export const timestamp = z.string().transform((value, ctx) => {
  const day = readDay(value, { yearRequired: true });
  if ('reason' in day) {
    ctx.addIssue({ code: 'custom', message: day.reason, params: day });
    return z.NEVER;
  }
  return new Date(day.year!, day.month - 1, day.day, day.hour, day.minute, day.second).getTime();
});

/** A birthday; "农历5月3日" is kept as a lunar date, the way many people keep their birthday. */
export const birthday = z.string().transform((value, ctx): ImportantDate => {
  const lunar = /^\s*(?:农历|阴历)/.test(value);
  const day = readDay(value.replace(/^\s*(?:农历|阴历)\s*/, ''), { yearRequired: false });
  if ('reason' in day) {
    ctx.addIssue({ code: 'custom', message: day.reason, params: day });
    return z.NEVER;
  }
  if (day.year !== undefined && (day.year < 1900 || day.year > new Date().getFullYear())) {
    addReason(ctx, 'implausibleBirthday', { value });
    return z.NEVER;
  }
  return { kind: 'birthday', calendar: lunar ? 'lunar' : 'gregorian', month: day.month, day: day.day, ...(day.year ? { year: day.year } : {}) };
});

const CURRENCY_WORDS: Record<string, string> = {
  '¥': 'CNY', '￥': 'CNY', 元: 'CNY', 人民币: 'CNY', rmb: 'CNY', '$': 'USD', us$: 'USD', 美元: 'USD',
  hk$: 'HKD', 港币: 'HKD', 港元: 'HKD', '€': 'EUR', 欧元: 'EUR', '£': 'GBP', 英镑: 'GBP',
};

function readCurrency(word: string): string | undefined {
  const lower = word.trim().toLowerCase();
  return CURRENCY_WORDS[lower] ?? (/^[a-z]{3}$/.test(lower) ? lower.toUpperCase() : undefined);
}

export const currency = z.string().transform((value, ctx) => {
  const code = readCurrency(value);
  if (!code) addReason(ctx, 'notCurrency', { value });
  return code ?? z.NEVER;
});

/** "¥1,280.00", "1280 元", "USD 99.5": the amount, and the currency when the cell names one. */
export const money = z.string().transform((value, ctx) => {
  const match = /^([^\d\s.,-]*)\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*([^\d\s.,]*)$/.exec(value.trim());
  const [, before = '', whole = '', fraction = '', after = ''] = match ?? [];
  const unit = before || after;
  const code = unit ? readCurrency(unit) : undefined;
  if (!match || (unit && !code)) {
    addReason(ctx, 'notMoney', { value });
    return z.NEVER;
  }
  return { amount: Number(whole.replace(/,/g, '') + fraction), currency: code };
});

export const quantity = z.string().transform((value, ctx) => {
  const number = Number(value.trim());
  if (!Number.isInteger(number) || number < 1) addReason(ctx, 'notQuantity', { value });
  return number;
});

export const customerId = z.uuid('not a customer id of this app');
