import { z } from 'zod';

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

const days = (max: number) => z.number().int().min(0).max(max);

/** The user's care rules: which apply, their lead times and rhythms, and the daily reminder. */
export const careSettingsSchema = z.object({
  /** Which holidays get greetings (lib/care/calendar.ts HOLIDAYS_BY_REGION). */
  region: z.enum(CARE_REGIONS).default('CN'),
  /** Days of notice before a birthday, anniversary or family date. */
  dateLeadDays: days(60).default(3),
  holidayLeadDays: days(60).default(7),
  /** Contact rhythm by tier, in days; restarts with any logged contact. */
  rhythmDays: z
    .object({ A: days(3650).min(1), B: days(3650).min(1), C: days(3650).min(1) })
    .default({ A: 14, B: 30, C: 90 }),
  complaintResponseDays: days(60).default(1),
  followUpAfterPurchaseDays: days(365).default(3),
  surveyMaxAgeDays: days(3650).min(1).default(365),
  /** Rules switched off by the user. */
  disabled: z.array(z.enum(CARE_RULE_IDS)).default([]),
  /** A desktop notification of what is due, once a day at this local time. */
  notify: z
    .object({
      enabled: z.boolean(),
      time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time such as 09:00'),
    })
    .default({ enabled: true, time: '09:00' }),
});
export type CareSettings = z.infer<typeof careSettingsSchema>;
export const DEFAULT_CARE_SETTINGS: CareSettings = careSettingsSchema.parse({});
