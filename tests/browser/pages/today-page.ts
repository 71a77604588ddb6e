import type { BrowserContext, Page } from 'playwright-core';

/**
 * Run in the page before its scripts: wraps runtime.sendMessage to keep each answer to a care/agenda question.
 * A string, so that no helper the test runner's compiler adds to functions is needed in the page.
 */
const RECORD_AGENDA_ANSWERS = `
  window.agendaAnswers = [];
  const send = chrome.runtime.sendMessage.bind(chrome.runtime);
  chrome.runtime.sendMessage = (...args) => {
    const isAgenda = args.some((arg) => arg && arg.type === 'care/agenda');
    const callback = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
    const keep = (answer) => { if (isAgenda && answer && answer.ok) window.agendaAnswers.push(answer.value); return answer; };
    if (callback) return send(...args, (answer) => callback(keep(answer)));
    return send(...args).then(keep);
  };
`;

/** The Today page: due and overdue care actions across customers. */
export class TodayPage {
  private constructor(readonly page: Page) {}

  /**
   * Opens the page and waits for the whole agenda's answer (the first one lists each group's first actions from the
   * index alone). `recordAnswers`: keep every answer the page gets to its agenda questions (agendaAnswers()).
   */
  static async open(context: BrowserContext, extensionId: string, options: { recordAnswers?: boolean } = {}): Promise<TodayPage> {
    const page = await context.newPage();
    if (options.recordAnswers) await page.addInitScript(RECORD_AGENDA_ANSWERS);
    await page.goto(`chrome-extension://${extensionId}/today.html`);
    const today = new TodayPage(page);
    await today.count().filter({ hasNotText: /Loading/ }).waitFor();
    await today.settled();
    return today;
  }

  /** The answers to the page's agenda questions so far, in order (open with recordAnswers). */
  agendaAnswers(): Promise<{ partial?: true; total: number; groups: Record<string, { count: number; items: { action: { id: string } }[] }> }[]> {
    return this.page.evaluate(() => (window as unknown as { agendaAnswers: never[] }).agendaAnswers);
  }

  count() {
    return this.page.getByTestId('today-count');
  }

  items() {
    return this.page.locator('.agenda-item');
  }

  /** The items of one customer, by the name their file link shows. */
  itemsOf(name: string) {
    return this.items().filter({ has: this.page.getByRole('link', { name: `Open the file of ${name}` }) });
  }

  group(group: 'overdue' | 'today' | 'upcoming') {
    return this.page.locator(`section[data-group="${group}"]`);
  }

  async search(text: string): Promise<void> {
    await this.page.getByLabel('Search customer, company or reason').fill(text);
    await this.settled();
  }

  async filterTier(tier: 'A' | 'B' | 'C' | 'all'): Promise<void> {
    await this.page.getByLabel('Tier').selectOption(tier);
    await this.settled();
  }

  /** The answer to the filters just set is shown: the background filters, once typing has settled. */
  async settled(): Promise<void> {
    // Busy from the change until its answer; a very quick answer may come before this looks.
    await this.page.locator('main[aria-busy="true"]').waitFor({ timeout: 2_000 }).catch(() => undefined);
    await this.page.locator('main[aria-busy="false"]').waitFor();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.count().filter({ hasNotText: /Loading/ }).waitFor();
  }
}
