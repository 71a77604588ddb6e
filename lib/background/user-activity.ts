/**
 * However busy the user stays, background work after their action waits no longer than this: against a page that
 * reports a change every moment without end. People pause for a quarter of a second all the time; the bench, which
 * changes pages and logs without a break, does not, and with 5 or 30 s the refresh of every log made meanwhile landed at
 * once on one card (81 to 114 ms, against 28 ms median).
 */
const LONGEST_WAIT_MS = 120_000;

/** What a service that writes in the background is given: a pass's page size (tests make it small), the user's activity. */
export interface BackgroundWriterOptions {
  pageSize?: number;
  activity?: UserActivity;
}

/**
 * When the user last did something the sidebar answers at once: a page change reported, a request from an extension
 * page (a log, a search). Background writes that follow a user's action (the care refresh after a log, the history row
 * a card found missing) wait for a quiet moment: each holds the customers' tables for a few milliseconds, and a card or
 * a log that comes meanwhile waits behind it. With a fixed delay instead, the care refresh of one log landed on the
 * next log, made a quarter of a second later (tests/bench/card-bench.ts: 18.6 / 31.5 ms against 13.1 ms median with
 * the refresh a second later).
 */
export class UserActivity {
  private last = -Infinity;

  touch(now = performance.now()): void {
    this.last = now;
  }

  /** Resolves once `quietMs` have passed since the call and since the last activity, or after LONGEST_WAIT_MS. */
  quiet(quietMs: number): Promise<void> {
    const asked = performance.now();
    return this.quietSince(asked, quietMs, asked);
  }

  /** Resolves once `quietMs` have passed since the last activity (at once if they have), or after LONGEST_WAIT_MS. */
  idle(quietMs: number): Promise<void> {
    return this.quietSince(-Infinity, quietMs, performance.now());
  }

  private async quietSince(from: number, quietMs: number, asked: number): Promise<void> {
    const giveUpAt = asked + LONGEST_WAIT_MS;
    for (;;) {
      const now = performance.now();
      const wait = Math.min(Math.max(this.last, from) + quietMs, giveUpAt) - now;
      if (wait <= 0) return;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/**
 * Customers gathered until the user's next quiet moment, then handed to `run` together: the care refresh after a log,
 * the history rows that cards found missing. Those asked for while one waits join it and share its promise.
 */
export class QuietBatch {
  private waiting?: { customerIds: Set<string>; done: Promise<void> };

  constructor(
    private readonly activity: UserActivity,
    private readonly quietMs: number,
    private readonly run: (customerIds: string[]) => Promise<void>,
  ) {}

  add(customerIds: string[]): Promise<void> {
    if (this.waiting) {
      for (const id of customerIds) this.waiting.customerIds.add(id);
      return this.waiting.done;
    }
    const waiting = { customerIds: new Set(customerIds), done: Promise.resolve() };
    waiting.done = this.activity.quiet(this.quietMs).then(() => {
      this.waiting = undefined;
      return this.run([...waiting.customerIds]);
    });
    this.waiting = waiting;
    return waiting.done;
  }
}
