import { addDays, isoDate, morningOf, type CareRule } from '../types';

/** A promise we made ("I'll send the samples by Friday") comes due on its date; one without a date, the next day. */
export const promises: CareRule = {
  id: 'promises',
  run({ interactions }) {
    return interactions
      .filter((row) => row.type === 'promise')
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
