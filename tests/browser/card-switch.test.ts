import { describe, expect, it } from 'vitest';
import { openGmailAt, useExtensionBrowser } from './setup';

describe('the card when the page turns to another customer', () => {
  const session = useExtensionBrowser('blocked');

  it('shows the next customer in the same card, with every editor and form of the last one closed and emptied', async () => {
    const { gmail, sidebar } = await openGmailAt(session(), 'emilyCarter', 'Emily Carter');
    const { frame } = sidebar;
    // Open everything a salesperson can open on one card, and type into it.
    await frame.getByRole('button', { name: 'Edit profile of Emily Carter' }).click();
    await frame.getByTestId('quick-edit').getByLabel('Job title').fill('Typed for Emily');
    await frame.getByRole('button', { name: 'Log purchase' }).click();
    await frame.getByLabel('Product').fill('Typed for Emily');
    await frame.getByRole('button', { name: 'Not Emily Carter? Link to another customer' }).click();
    await frame.getByLabel('Search customers by name').fill('Typed for Emily');
    // The explanation of the loyalty type is a way of reading cards, not something about Emily: it stays open.
    await frame.locator('[data-section="loyalty"] summary', { hasText: 'Why' }).click();
    // Patched in place, not rebuilt: the chart's bars and the sections are the same elements on the next card.
    await frame.locator('article.card svg').evaluate((chart) => ((chart as unknown as { kept: boolean }).kept = true));

    await gmail.switchTo('wangFang');
    await expect.poll(() => sidebar.customerName().textContent()).toBe('王芳');
    expect(await frame.locator('article.card svg').evaluate((chart) => (chart as unknown as { kept?: boolean }).kept)).toBe(true);
    expect(await frame.getByTestId('quick-edit').count()).toBe(0);
    expect(await frame.getByLabel('Product').count()).toBe(0);
    expect(await frame.getByLabel('Search customers by name').count()).toBe(0);
    for (const name of ['Edit profile of 王芳', 'Log purchase', 'Not 王芳? Link to another customer']) {
      expect(await frame.getByRole('button', { name }).getAttribute('aria-expanded')).toBe('false');
    }
    expect(await frame.locator('[data-section="loyalty"] details', { hasText: 'Why' }).getAttribute('open')).not.toBeNull();

    // Back to Emily: what was typed for her is gone too, not kept aside for her.
    await gmail.switchTo('emilyCarter');
    await expect.poll(() => sidebar.customerName().textContent()).toBe('Emily Carter');
    await frame.getByRole('button', { name: 'Edit profile of Emily Carter' }).click();
    expect(await frame.getByTestId('quick-edit').getByLabel('Job title').inputValue()).not.toBe('Typed for Emily');
    await frame.getByRole('button', { name: 'Log purchase' }).click();
    expect(await frame.getByLabel('Product').inputValue()).toBe('');
    expect(await frame.locator('body').textContent()).not.toContain('Typed for Emily');
    await gmail.page.close();
  });
});
