/** Marks kept per name: enough for the probes, which clear them before each page change. */
const KEPT_PER_NAME = 20;

/**
 * A performance mark for tests/bench/first-render-breakdown.ts, which reads them to show where a
 * card's time goes. Capped, so that a sidebar left open all day does not collect them without end.
 */
export function timingMark(name: string): void {
  if (performance.getEntriesByName(name, 'mark').length >= KEPT_PER_NAME) performance.clearMarks(name);
  performance.mark(name);
}
