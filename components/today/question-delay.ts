import type { AgendaFilter } from '../../lib/care/agenda';

/** Typed text settles before the question goes, so that a search is asked once per word, not per letter. */
const TYPING_DELAY_MS = 250;

/**
 * How long the Today page waits before it asks a new question: a change of the typed text waits for typing to
 * settle; a choice (kind, tier, the next 7 days) or "Show more" is asked at once, each being one deliberate act.
 */
export const questionDelay = (before: AgendaFilter, after: AgendaFilter) => (before.text === after.text ? 0 : TYPING_DELAY_MS);
