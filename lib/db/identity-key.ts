import type { IdentityKind } from './schema';

/**
 * The one normalisation used both when an identity is stored and when a page's
 * identifier is looked up, so that the lookup is a single exact index match.
 */
export function identityKey(kind: IdentityKind, value: string): string {
  const trimmed = value.trim();
  switch (kind) {
    case 'email':
      return `email:${trimmed.toLowerCase()}`;
    case 'phone':
      // Digits only, keeping a leading + so that +86 and 0086 forms stay apart from local numbers.
      return `phone:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/\D/g, '')}`;
    case 'external':
      return `external:${trimmed}`;
  }
}

export function externalIdValue(system: string, object: string, id: string): string {
  return `${system.toLowerCase()}/${object.toLowerCase()}/${id}`;
}
