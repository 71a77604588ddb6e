import Dexie, { type ObservabilitySet } from 'dexie';
import { searchTextSteps, type AgendaItem } from '../care/agenda';
import { runInSlices } from '../loyalty/steps';
import { careAgenda, endOfDay } from '../db/care-today';
import type { CustomerDatabase } from '../db/database';
import { nextTask } from './long-pass';

/** What an agenda is read from: its actions, and their customers' names, tiers and companies. */
const READ_FROM = ['careActions', 'customers'];
/**
 * How long an agenda is kept after the last question about it. The worker lives as long as mail pages keep
 * reporting, for hours, and at 100k customers an agenda is tens of MB: let it go once the Today page is left.
 */
const KEEP_MS = 5 * 60_000;
/** The longest the search texts' preparation holds the worker at a time: a page report may be waiting. */
const SLICE_MS = 10;

/**
 * The care agenda the Today page last asked for, kept until a write to what it was read from commits. At 100k
 * customers reading it takes seconds (158k actions due in the generated base), and the page asks again for
 * each search, choice and "Show more", which now filter what is kept. Dexie's storagemutated event fires when a
 * write transaction commits, in this worker before its writer's await returns, and from the extension's pages
 * through a broadcast; the kept agenda is dropped then, so a question after a write reads again. A write that
 * bypasses Dexie is not heard, so the page's opening and its periodic refresh ask for a fresh read. After a read,
 * its items are made searchable in slices, so that the first search is as quick as the ones after it.
 */
export class AgendaCache {
  private kept: { until: number; items: Promise<AgendaItem[]> } | undefined;
  private release: ReturnType<typeof setTimeout> | undefined;
  private readonly dropOnWrite: (parts: ObservabilitySet) => void;

  constructor(
    private readonly db: CustomerDatabase,
    private readonly read: typeof careAgenda = careAgenda,
    private readonly keepMs = KEEP_MS,
  ) {
    const tables = READ_FROM.map((table) => `idb://${db.name}/${table}`);
    const readFrom = (part: string) => tables.some((table) => part === table || part.startsWith(`${table}/`));
    this.dropOnWrite = (parts) => {
      if (this.kept && ('all' in parts || Object.keys(parts).some(readFrom))) this.kept = undefined;
    };
    Dexie.on('storagemutated', this.dropOnWrite);
  }

  /** Stops listening and lets the agenda go. The worker keeps its one cache for its life; tests make one each. */
  close(): void {
    Dexie.on.storagemutated.unsubscribe(this.dropOnWrite);
    clearTimeout(this.release);
    this.kept = undefined;
  }

  /** Due actions by the end of the day `aheadDays` from `now`, with their customers, soonest first; `fresh`: read again. */
  agenda(now: number, aheadDays: number, fresh = false): Promise<AgendaItem[]> {
    const until = endOfDay(now, aheadDays);
    clearTimeout(this.release);
    this.release = setTimeout(() => (this.kept = undefined), this.keepMs);
    if (!fresh && this.kept?.until === until) return this.kept.items;
    const kept = { until, items: this.read(this.db, now, aheadDays) };
    this.kept = kept;
    const stillKept = () => this.kept === kept;
    kept.items
      .then(
        // After the answer that asked for the read has gone, in 10 ms slices between the worker's other work.
        (items) => nextTask().then(() => runInSlices(searchTextSteps(items, stillKept), SLICE_MS, nextTask)),
        () => {
          if (stillKept()) this.kept = undefined;
        },
      )
      .catch((error: unknown) => console.error('preparing the agenda for search failed', error));
    return kept.items;
  }
}
