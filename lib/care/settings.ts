import * as z from 'zod/mini';

export const CARE_REGIONS = ['CN', 'HK', 'TW', 'SG', 'INTL'] as const;

/** The ids of lib/care/rules (kept here, not imported, so that settings never pull in the rules and the calendar). */
export const CARE_RULE_IDS = [
  'personal-dates',
  'holidays',
  'open-complaints',
  'promises',
  'purchase-follow-up',
  'contact-rhythm',
  'stale-survey',
  'loyalty-strategy',
] as const;
export type CareRuleId = (typeof CARE_RULE_IDS)[number];

const wholeDays = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));
/** Whole days from `min` to `max`, `fallback` when absent. */
const days = (max: number, fallback: number, min = 0) => z._default(wholeDays(min, max), fallback);

/** The user's care rules: which apply, their lead times and rhythms, and the daily reminder. */
export const careSettingsSchema = z.object({
  /** Which holidays get greetings (lib/care/calendar.ts HOLIDAYS_BY_REGION). */
  region: z._default(z.enum(CARE_REGIONS), 'CN'),
  /** Days of notice before a birthday, anniversary or family date. */
  dateLeadDays: days(60, 3),
  holidayLeadDays: days(60, 7),
  /** Contact rhythm by tier, in days; restarts with any logged contact. */
  rhythmDays: z._default(z.object({ A: wholeDays(1, 3650), B: wholeDays(1, 3650), C: wholeDays(1, 3650) }), { A: 14, B: 30, C: 90 }),
  complaintResponseDays: days(60, 1),
  followUpAfterPurchaseDays: days(365, 3),
  surveyMaxAgeDays: days(3650, 365, 1),
  /** Rules switched off by the user. */
  disabled: z._default(z.array(z.enum(CARE_RULE_IDS)), []),
  /** A desktop notification of what is due, once a day at this local time. */
  notify: z._default(
    z.object({
      enabled: z.boolean(),
      time: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time such as 09:00')),
    }),
    { enabled: true, time: '09:00' },
  ),
});
export type CareSettings = z.infer<typeof careSettingsSchema>;
export const DEFAULT_CARE_SETTINGS: CareSettings = careSettingsSchema.parse({});
