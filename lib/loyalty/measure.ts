/** A figure with its basis, or "unknown" with what is missing: never an invented number. */
export type Measure =
  | { known: true; value: number; basis: Record<string, number> }
  | { known: false; missing: string[] };

export const known = (value: number, basis: Record<string, number>): Measure => ({ known: true, value, basis });
export const unknown = (...missing: string[]): Measure => ({ known: false, missing });

export const DAY_MS = 86_400_000;
export const round1 = (value: number) => Math.round(value * 10) / 10;
