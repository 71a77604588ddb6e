/**
 * The Today page on the 100k base: opened until its first actions are listed, and until the whole agenda's answer
 * (with its counts) is shown; then, timed inside the page,
 * "Show more", a search typed, the search refined and "Done" on the first action listed, each until the page is no
 * longer busy and the next frame. The opening has the background read the agenda; the questions after it filter
 * the agenda it keeps, which "Done" changes for one customer only. The done action's customer is put back after.
 */
import type { Page } from 'playwright-core';
import type { BenchBase } from './dataset/extension-base';

/**
 * ms from a user's act in the page (a click, or text put in the search field at once) until the page has been
 * busy with its question and is no longer, and the next animation frame: timed in the page, since a probe
 * polling from outside adds its own polling intervals.
 */
function timeQuestion(page: Page, act: { click: string } | { search: string }): Promise<number> {
  return page.evaluate(
    (act) =>
      new Promise<number>((resolve, reject) => {
        const main = document.querySelector('main')!;
        const timeout = setTimeout(() => reject(new Error(`no answer in 120 s to ${JSON.stringify(act)}`)), 120_000);
        let asked = false;
        const observer = new MutationObserver(() => {
          const busy = main.getAttribute('aria-busy') === 'true';
          if (busy) asked = true;
          else if (asked) {
            observer.disconnect();
            clearTimeout(timeout);
            requestAnimationFrame(() => resolve(performance.now() - started));
          }
        });
        observer.observe(main, { attributes: true, attributeFilter: ['aria-busy'] });
        const started = performance.now();
        if ('click' in act) {
          [...document.querySelectorAll('button')].find((button) => button.textContent?.startsWith(act.click))!.click();
        } else {
          const field = document.querySelector<HTMLInputElement>('input[type="search"]')!;
          field.value = act.search;
          field.dispatchEvent(new Event('input', { bubbles: true }));
        }
      }),
    act,
  );
}

export async function todayPageBenchmark(base: BenchBase, runs: number) {
  const open: number[] = [];
  const whole: number[] = [];
  const more: number[] = [];
  const search: number[] = [];
  const refined: number[] = [];
  const done: number[] = [];
  let shown = '';
  for (let i = 0; i < runs; i++) {
    const page = await base.browser.context.newPage();
    const started = Date.now();
    await page.goto(`chrome-extension://${base.browser.extensionId}/today.html`);
    await page.locator('.agenda-item').first().waitFor({ timeout: 120_000 });
    open.push(Date.now() - started);
    // The first answer lists each group's first actions from the index; the whole agenda's follows, with its counts.
    await page.locator('main[aria-busy="false"]').waitFor({ timeout: 120_000 });
    whole.push(Date.now() - started);
    shown = `${await page.locator('.agenda-item').count()} listed; ${await page.getByTestId('today-count').textContent()}`;
    await page.evaluate('globalThis.__name = (fn) => fn'); // tsx names the functions it compiles with a helper the page lacks
    more.push(await timeQuestion(page, { click: 'Show more' }));
    search.push(await timeQuestion(page, { search: 'follow' }));
    refined.push(await timeQuestion(page, { search: 'follow up' }));
    const actionId = (await page.locator('.agenda-item [data-care-id]').first().getAttribute('data-care-id'))!;
    const before = await base.call('snapshotOfAction', actionId);
    done.push(await timeQuestion(page, { click: 'Done' }));
    // The worker refreshes the customer's care suggestions after answering: let that land before putting them back.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await base.call('restoreSnapshot', before);
    await page.close();
  }
  return { open, whole, more, search, refined, done, shown };
}
