import { describe, expect, it } from 'vitest';
import type { Interaction } from '../../../lib/db/schema';
import { stillPending, timelineWith } from '../../../lib/sidebar/just-logged';

const contact = (id: string, at: number, extra: Partial<Interaction> = {}) =>
  ({ id, customerId: 'c1', type: 'note', at, summary: id, ...extra }) as Interaction;

describe('the timeline right after a log', () => {
  const older = [contact('b', 200), contact('a', 100)];

  it.each([
    ['a contact the card does not hold yet comes first', older, [contact('new', 300)], ['new', 'b', 'a']],
    ['a contact the card already holds is not shown twice', [contact('new', 300), ...older], [contact('new', 300)], ['new', 'b', 'a']],
    ['nothing logged leaves the card as it is', older, [], ['b', 'a']],
    ['a contact undone meanwhile is not shown', older, [contact('new', 300, { deletedAt: 301 })], ['b', 'a']],
    ['an empty timeline shows the new contact', [], [contact('new', 300)], ['new']],
  ])('%s', (_case, recent, justLogged, ids) => {
    expect(timelineWith(recent, justLogged).map((item) => item.id)).toEqual(ids);
  });

  it('drops a just-logged contact once the card holds it, so that a later undo elsewhere removes it', () => {
    const logged = [contact('new', 300), contact('other', 310)];
    expect(stillPending([contact('new', 300), ...older], logged).map((item) => item.id)).toEqual(['other']);
    expect(timelineWith(older, stillPending([contact('new', 300), contact('other', 310)], [contact('new', 300)]))).toEqual(older);
  });
});
