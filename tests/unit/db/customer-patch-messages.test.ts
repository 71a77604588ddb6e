import { expect, it } from 'vitest';
import { customerPatchSchema, toFieldIssues } from '../../../lib/db/customer-patch';
import { issueText } from '../../../lib/editing/issue-text';
import { translator } from '../../../lib/i18n';

// The sidebar loads zod/mini only, which carries no messages of its own: this file, like the sidebar, never
// loads the full zod, so it shows what a form there says for a rule it has no text for.
it.each([
  [{ bogus: 1 }, /Unrecognized key: "bogus"/],
  [{ company: { name: 'x', where: 'y' } }, /Unrecognized key: "where"/],
])('a patch %j is refused in words, not as a bare "Invalid input"', (patch, words) => {
  const parsed = customerPatchSchema.safeParse(patch);
  expect(parsed.success).toBe(false);
  const [issue] = toFieldIssues(parsed.error!);
  expect(issueText(translator('en'), issue!)).toMatch(words);
});
