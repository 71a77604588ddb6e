import { describe, expect, it } from 'vitest';
import { questionDelay } from '../../../components/today/question-delay';
import { NO_FILTER, type AgendaFilter } from '../../../lib/care/agenda';

describe('when the Today page asks its next question', () => {
  const searching = (text: string, more: Partial<AgendaFilter> = {}): AgendaFilter => ({ ...NO_FILTER, text, ...more });
  it.each([
    ['a letter typed', searching(''), searching('w'), 250],
    ['a letter deleted', searching('wang'), searching('wan'), 250],
    ['a kind chosen', searching('wang'), searching('wang', { kind: 'birthday-greeting' }), 0],
    ['a tier chosen', searching('wang'), searching('wang', { tier: 'A' }), 0],
    ['the same filter (the next 7 days, "Show more")', searching('wang'), searching('wang'), 0],
  ])('%s', (_what, before, after, expected) => {
    expect(questionDelay(before, after)).toBe(expected);
  });
});
