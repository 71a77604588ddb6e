import { DAY_MS, type CareRule } from '../types';

/** Regular contact on the tier's rhythm, restarting with any logged contact. */
export const contactRhythm: CareRule = {
  id: 'contact-rhythm',
  run({ customer, interactions, settings }) {
    const days = settings.rhythmDays[customer.tier ?? 'C'];
    const last = interactions.reduce((latest, row) => Math.max(latest, row.at), customer.createdAt);
    return [
      {
        kind: 'regular-contact',
        due: last + days * DAY_MS,
        cause: `rhythm:${last}`,
        reason: { id: 'care.reason.rhythm', values: { days } },
      },
    ];
  },
};

/** A complaint not answered by a call, meeting or visit within the response target. */
export const openComplaints: CareRule = {
  id: 'open-complaints',
  run({ interactions, settings }) {
    return interactions
      .filter((row) => row.type === 'complaint')
      .filter((complaint) => !interactions.some((row) => ['call', 'meeting', 'visit'].includes(row.type) && row.at > complaint.at))
      .map((complaint) => ({
        kind: 'complaint-response' as const,
        due: complaint.at + settings.complaintResponseDays * DAY_MS,
        cause: `complaint:${complaint.id}`,
        reason: { id: 'care.reason.complaint' as const, values: { summary: complaint.summary.slice(0, 120) } },
      }));
  },
};

/** Follow-up soon after a purchase, unless the customer has been contacted since. */
export const purchaseFollowUp: CareRule = {
  id: 'purchase-follow-up',
  run({ purchases, interactions, settings, now }) {
    const last = purchases.reduce<(typeof purchases)[number] | undefined>((latest, p) => (!latest || p.at > latest.at ? p : latest), undefined);
    if (!last || now - last.at > 30 * DAY_MS || interactions.some((row) => row.at > last.at)) return [];
    return [
      {
        kind: 'follow-up',
        due: last.at + settings.followUpAfterPurchaseDays * DAY_MS,
        cause: `purchase:${last.id}`,
        reason: { id: 'care.reason.followUp', values: { product: last.product || '—' } },
      },
    ];
  },
};

/** Ask for feedback when attitudinal data is missing or stale (the loyalty type needs it). */
export const staleSurvey: CareRule = {
  id: 'stale-survey',
  run({ surveys, purchases, settings, now }) {
    if (purchases.length === 0) return [];
    const latest = surveys.reduce((max, row) => Math.max(max, row.at), 0);
    if (now - latest < settings.surveyMaxAgeDays * DAY_MS) return [];
    return [{ kind: 'survey', due: now, cause: `survey:${latest}`, reason: { id: 'care.reason.survey', values: {} } }];
  },
};
