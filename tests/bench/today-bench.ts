/**
 * The Today page on the 100k base: opened until its first actions are listed, then a search typed until its
 * answer is in (the page is aria-busy while a question is out).
 */
import type { BenchBase } from './dataset/extension-base';

export async function todayPageBenchmark(base: BenchBase, runs: number): Promise<{ open: number[]; search: number[]; shown: string }> {
  const open: number[] = [];
  const search: number[] = [];
  let shown = '';
  for (let i = 0; i < runs; i++) {
    const page = await base.browser.context.newPage();
    let started = Date.now();
    await page.goto(`chrome-extension://${base.browser.extensionId}/today.html`);
    await page.locator('.agenda-item').first().waitFor({ timeout: 120_000 });
    open.push(Date.now() - started);
    shown = `${await page.locator('.agenda-item').count()} listed; ${await page.getByTestId('today-count').textContent()}`;
    started = Date.now();
    await page.getByLabel('Search customer, company or reason').fill('follow');
    await page.locator('main[aria-busy="true"]').waitFor({ timeout: 2_000 }).catch(() => undefined);
    await page.locator('main[aria-busy="false"]').waitFor({ timeout: 120_000 });
    search.push(Date.now() - started);
    await page.close();
  }
  return { open, search, shown };
}
