import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { timeOrderedId } from '../../../lib/import/time-ordered-id';

describe('timeOrderedId', () => {
  it('is a UUID version 7 that the schemas accept', () => {
    const id = timeOrderedId(Date.UTC(2026, 10, 23));
    expect(z.uuid().safeParse(id).success).toBe(true);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(id.slice(0, 13)).toBe(Date.UTC(2026, 10, 23).toString(16).padStart(12, '0').replace(/^(.{8})/, '$1-'));
  });

  it('sorts ids made later after ids made earlier, and never repeats', () => {
    const earlier = Array.from({ length: 100 }, () => timeOrderedId(1_700_000_000_000));
    const later = Array.from({ length: 100 }, () => timeOrderedId(1_700_000_000_001));
    expect(later.every((id) => earlier.every((before) => before < id))).toBe(true);
    expect(new Set([...earlier, ...later]).size).toBe(200);
  });
});
