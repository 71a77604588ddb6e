import type { CountryCode } from 'libphonenumber-js/min';
import { companyDomain, nameKey, normalizeEmail, normalizePhone } from './normalize';
import type { IdentityKind } from './schema';

/**
 * The one normalisation used both when an identity is stored and when a page's
 * identifier is looked up, so that every lookup is a single exact index match.
 * Returns undefined for a value that identifies nothing (a free-mail domain, an empty name).
 */
export function identityKey(kind: IdentityKind, value: string, phoneRegion?: CountryCode): string {
  const key = tryIdentityKey(kind, value, phoneRegion);
  if (!key) throw new Error(`not a usable ${kind}: ${value}`);
  return key;
}

export function tryIdentityKey(kind: IdentityKind, value: string, phoneRegion?: CountryCode): string | undefined {
  const trimmed = value.trim();
  switch (kind) {
    case 'email':
      return trimmed.includes('@') ? `email:${normalizeEmail(trimmed)}` : undefined;
    case 'phone': {
      const phone = normalizePhone(trimmed, phoneRegion);
      return phone.replace('+', '').length >= 5 ? `phone:${phone}` : undefined;
    }
    case 'external':
      return trimmed ? `external:${trimmed}` : undefined;
    case 'domain': {
      const domain = trimmed.includes('@') ? companyDomain(trimmed) : companyDomain(`x@${trimmed}`);
      return domain ? `domain:${domain}` : undefined;
    }
    case 'name': {
      const key = nameKey(trimmed);
      return key ? `name:${key}` : undefined;
    }
  }
}

export function externalIdValue(system: string, object: string, id: string): string {
  return `${system.toLowerCase()}/${object.toLowerCase()}/${id}`;
}
