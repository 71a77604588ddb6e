import { holidaysBetween, nextOccurrence } from '../calendar';
import { addDays, morningOf, type CareRule } from '../types';

/** Birthdays, company anniversaries and family milestones, lunar ones on this year's Gregorian date. */
export const personalDates: CareRule = {
  id: 'personal-dates',
  run({ customer, today, settings }) {
    return customer.importantDates.flatMap((date) => {
      let next: string;
      try {
        next = nextOccurrence(date, today);
      } catch {
        return [];
      }
      const remind = addDays(next, -settings.dateLeadDays);
      if (remind > today) return [];
      return [
        {
          kind: date.kind === 'birthday' ? 'birthday-greeting' : 'holiday-greeting',
          due: morningOf(remind),
          cause: `date:${date.kind}:${date.label ?? ''}:${next}`,
          reason: { id: 'care.reason.date', values: { what: date.label ?? date.kind, date: next } },
        },
      ];
    });
  },
};

/** Holiday greetings for the region's holidays (Spring Festival, Mid-Autumn, …) to A and B customers. */
export const holidays: CareRule = {
  id: 'holidays',
  run({ customer, today, settings }) {
    if (customer.tier !== 'A' && customer.tier !== 'B') return [];
    return holidaysBetween(settings.region, today, addDays(today, settings.holidayLeadDays)).map(({ holiday, date }) => ({
      kind: 'holiday-greeting',
      due: morningOf(addDays(date, -settings.holidayLeadDays) < today ? today : addDays(date, -settings.holidayLeadDays)),
      cause: `holiday:${holiday}:${date}`,
      reason: { id: 'care.reason.holiday', values: { holiday, date } },
    }));
  },
};
