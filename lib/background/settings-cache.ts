import { liveQuery } from 'dexie';
import type { CustomerDatabase } from '../db/database';
import { getSettings } from '../db/repository';
import type { Settings } from '../db/schema';

/**
 * The user's settings, kept in the background's memory and current through a live query over their row,
 * which hears a change made from any page of the extension. Every page report's answer and every sidebar
 * view needs them before anything else: read from memory, that is one IndexedDB read (and one schema
 * parse) fewer in front of each card's lookup. What depended on them by reading them listens to onChange.
 */
export class SettingsCache {
  private current: Settings | undefined;
  private readonly listeners = new Set<(settings: Settings) => void>();

  constructor(private readonly db: CustomerDatabase) {
    liveQuery(() => getSettings(db)).subscribe({
      next: (settings) => {
        const before = this.current;
        this.current = settings;
        // The first read is not a change; nor is a re-read that found the row as it was.
        if (before && JSON.stringify(before) !== JSON.stringify(settings)) this.listeners.forEach((listener) => listener(settings));
      },
      error: (error: unknown) => console.error('settings could not be read', error),
    });
  }

  /** From memory once the first read is back, else from the database. */
  read(): Promise<Settings> {
    return this.current ? Promise.resolve(this.current) : getSettings(this.db);
  }

  /** The settings in memory, or undefined until the first read is back: for a live query, which must not await them. */
  peek(): Settings | undefined {
    return this.current;
  }

  onChange(listener: (settings: Settings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
