import { addDays, DAY_MS, isoDate, morningOf, type CareRule } from '../types';

/** An undated promise older than this is history, not a reminder (imported and demo histories hold many). */
const UNDATED_WINDOW_DAYS = 30;

/** A promise we made ("I'll send the samples by Friday") comes due on its date; one without a date, the next day. */
export const promises: CareRule = {
  id: 'promises',
  run({ interactions, now }) {
    return interactions
      .filter((row) => row.type === 'promise')
      .filter((row) => row.dueDate !== undefined || now - row.at <= UNDATED_WINDOW_DAYS * DAY_MS)
      .map((promise) => {
        const date = promise.dueDate ?? addDays(isoDate(promise.at), 1);
        return {
          kind: 'promise-due' as const,
          due: morningOf(date),
          cause: `promise:${promise.id}`,
          reason: { id: 'care.reason.promise' as const, values: { summary: promise.summary.slice(0, 120) || '—', date } },
        };
      });
  },
};
