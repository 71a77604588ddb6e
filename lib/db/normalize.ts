import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { FREE_MAIL_DOMAINS } from '../recognition/free-mail-domains';

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/**
 * A phone number in E.164 (+8613800138000), read with the user's default region
 * for numbers written without a country code. A string that cannot be a phone
 * number keeps its digits, so that it still matches itself.
 */
export function normalizePhone(raw: string, defaultRegion: CountryCode = 'CN'): string {
  const parsed = parsePhoneNumberFromString(raw, defaultRegion);
  if (parsed?.isPossible()) return parsed.number;
  return raw.replace(/[^\d+]/g, '');
}

/** The company domain of an address, or undefined for free-mail providers. */
export function companyDomain(email: string): string | undefined {
  const domain = normalizeEmail(email).split('@')[1];
  if (!domain || !domain.includes('.') || FREE_MAIL_DOMAINS.has(domain)) return undefined;
  return domain;
}

/**
 * A name reduced to what identifies it: full-width letters folded (ＷＡＮＧ → wang),
 * accents dropped (José → jose), case and punctuation ignored, and word order
 * ignored (Carter, Emily = Emily Carter). Chinese names have no spaces and keep their order.
 */
export function nameKey(name: string): string {
  const tokens = name
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return tokens.sort().join(' ');
}
