import Dexie, { type ObservabilitySet } from 'dexie';
import { replaceCustomersItems, searchTextSteps, type AgendaItem } from '../care/agenda';
import { runInSlices } from '../steps';
import { careAgenda, careAgendaOf } from '../db/care-today';
import { endOfDay } from '../day';
import type { CustomerDatabase } from '../db/database';
import { agendaChange } from './agenda-changes';
import { nextTask } from './long-pass';
import { inBackground } from './errors';

/**
 * How long an agenda is kept after the last question about it. The worker lives as long as mail pages keep
 * reporting, for hours, and at 100k customers an agenda is tens of MB: let it go once the Today page is left.
 */
const KEEP_MS = 5 * 60_000;
/** The longest the search texts' preparation holds the worker at a time: a page report may be waiting. */
const SLICE_MS = 10;
/** Past this many changed customers and actions since the last question, the agenda is read again whole. */
const PATCH_LIMIT = 200;

interface Kept {
  until: number;
  items: Promise<AgendaItem[]>;
  /** What writes changed since `items` were read or last patched: their customers' part is read again. */
  changed?: { customers: Set<string>; actions: Set<string> };
}

export interface AgendaCacheOptions {
  /** How the whole agenda is read (careAgenda): tests count the reads. */
  all?: typeof careAgenda;
  /** How a few customers' part of it is read (careAgendaOf). */
  of?: typeof careAgendaOf;
  keepMs?: number;
}

/**
 * The care agenda the Today page last asked for, kept between its questions. At 100k customers reading it takes
 * seconds (158k actions due in the generated base), and the page asks again for each search, choice and "Show
 * more", which filter what is kept. Dexie's storagemutated event tells of each write to the care actions or the
 * customers when it commits, in this worker before its writer's await returns, and from the extension's pages
 * through a broadcast. A write that names its rows (an action done or snoozed, a customer edited: agenda-changes.ts)
 * marks those customers, and the next question reads their part again and puts it in place of the old one; any
 * other write (an import, a whole-base pass) drops the agenda, and the next question reads it whole. A write that
 * bypasses Dexie is not heard, so the page's opening and its periodic refresh ask for a fresh read. After a read,
 * its items are made searchable in slices, so that the first search is as quick as the ones after it.
 */
export class AgendaCache {
  private kept: Kept | undefined;
  private release: ReturnType<typeof setTimeout> | undefined;
  private readonly heard: (parts: ObservabilitySet) => void;
  private readonly readAll: typeof careAgenda;
  private readonly readOf: typeof careAgendaOf;
  private readonly keepMs: number;

  constructor(
    private readonly db: CustomerDatabase,
    options: AgendaCacheOptions = {},
  ) {
    this.readAll = options.all ?? careAgenda;
    this.readOf = options.of ?? careAgendaOf;
    this.keepMs = options.keepMs ?? KEEP_MS;
    this.heard = (parts) => {
      const kept = this.kept;
      const change = kept && agendaChange(parts, db.name);
      if (!kept || !change) return;
      if (change === 'unknown') {
        this.kept = undefined;
        return;
      }
      const changed = (kept.changed ??= { customers: new Set(), actions: new Set() });
      for (const id of change.customers) changed.customers.add(id);
      for (const id of change.actions) changed.actions.add(id);
      if (changed.customers.size + changed.actions.size > PATCH_LIMIT) this.kept = undefined;
    };
    Dexie.on('storagemutated', this.heard);
  }

  /** Stops listening and lets the agenda go. The worker keeps its one cache for its life; tests make one each. */
  close(): void {
    Dexie.on.storagemutated.unsubscribe(this.heard);
    clearTimeout(this.release);
    this.kept = undefined;
  }

  /** Due actions by the end of the day `aheadDays` from `now`, with their customers, soonest first; `fresh`: read again. */
  agenda(now: number, aheadDays: number, fresh = false): Promise<AgendaItem[]> {
    const until = endOfDay(now, aheadDays);
    clearTimeout(this.release);
    this.release = setTimeout(() => (this.kept = undefined), this.keepMs);
    const kept = this.kept;
    if (!fresh && kept?.until === until) {
      if (kept.changed) this.patch(kept, now, aheadDays);
      return kept.items;
    }
    return this.keep({ until, items: this.readAll(this.db, now, aheadDays) });
  }

  /** Reads again the part of the changed customers, and of the customers of the changed actions it lists. */
  private patch(kept: Kept, now: number, aheadDays: number): void {
    const changed = kept.changed!;
    kept.changed = undefined;
    const patched = kept.items.then((items) => {
      const customers = new Set(changed.customers);
      for (const item of items) if (changed.actions.has(item.action.id)) customers.add(item.customer.id);
      return this.readOf(this.db, [...customers], now, aheadDays).then((theirs) => replaceCustomersItems(items, customers, theirs));
    });
    this.keep(Object.assign(kept, { items: patched }));
  }

  private keep(kept: Kept): Promise<AgendaItem[]> {
    this.kept = kept;
    const items = kept.items;
    const stillKept = () => this.kept === kept && kept.items === items;
    inBackground(
      items.then(
        // After the answer that asked for the read has gone, in 10 ms slices between the worker's other work.
        // (A patched agenda is mostly the same items: those already made searchable cost a lookup each.)
        (read) => nextTask().then(() => runInSlices(searchTextSteps(read, stillKept), SLICE_MS, nextTask)),
        () => {
          if (stillKept()) this.kept = undefined;
        },
      ),
      'preparing the agenda for search',
    );
    return items;
  }
}
