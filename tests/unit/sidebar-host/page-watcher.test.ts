import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageReport } from '../../../lib/messaging/content-protocol';
import { readPage } from '../../../lib/recognition';
import { MUTATION_SETTLE_MS, watchPage, type PageWatcher } from '../../../lib/sidebar-host/page-watcher';

let watcher: PageWatcher | undefined;
let reports: PageReport[];
let running: AbortController;

function gmailThread(id: string, email: string) {
  const subject = document.createElement('h2');
  subject.className = 'hP';
  subject.dataset.legacyThreadId = id;
  subject.textContent = `Thread ${id}`;
  const sender = document.createElement('span');
  sender.className = 'gD';
  sender.setAttribute('email', email);
  sender.textContent = email;
  document.body.replaceChildren(subject, sender);
}

beforeEach(() => {
  vi.useFakeTimers();
  running = new AbortController();
  reports = [];
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://mail.google.com/mail/u/0/#inbox/one');
  gmailThread('one', 'wang.fang@jinlong-jewellery.cn');
});
afterEach(() => {
  running.abort();
  vi.useRealTimers();
});

describe('following a single-page mail app', () => {
  it('reports the page once on start', () => {
    watcher = watchPage(document, window, readPage, (report) => reports.push(report), running.signal);
    expect(reports).toHaveLength(1);
    expect(reports[0]?.context?.threadId).toBe('one');
  });

  it('reads the page once for a burst of mutations, and reports only a real change', async () => {
    watcher = watchPage(document, window, readPage, (report) => reports.push(report), running.signal);
    for (let i = 0; i < 200; i++) document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(MUTATION_SETTLE_MS * 2);
    expect(reports).toHaveLength(1);

    gmailThread('two', 'emily.carter@harbourhotels.com');
    for (let i = 0; i < 200; i++) document.body.append(document.createElement('span'));
    await vi.advanceTimersByTimeAsync(MUTATION_SETTLE_MS * 2);
    expect(reports.map((report) => report.context?.threadId)).toEqual(['one', 'two']);
  });

  it('reads a change as soon as the task that made it is over, without waiting for the window', async () => {
    watcher = watchPage(document, window, readPage, (report) => reports.push(report), running.signal);
    gmailThread('two', 'emily.carter@harbourhotels.com');
    await vi.advanceTimersByTimeAsync(1);
    expect(reports.map((report) => report.context?.threadId)).toEqual(['one', 'two']);
  });

  it('reads changed nodes in the microtask after the script that changed them, before any timer', async () => {
    watcher = watchPage(document, window, readPage, (report) => reports.push(report), running.signal);
    gmailThread('two', 'emily.carter@harbourhotels.com');
    // Only microtasks run here: no timer, so a read that waited for one would not have happened.
    await Promise.resolve();
    await Promise.resolve();
    expect(reports.map((report) => report.context?.threadId)).toEqual(['one', 'two']);
  });

  it('reads after a hash change only once the task is over, so that the host has rendered the new view first', async () => {
    watcher = watchPage(document, window, readPage, (report) => reports.push(report), running.signal);
    // The host's own listener, added after ours, renders the conversation the new hash names.
    window.addEventListener('hashchange', () => gmailThread('two', 'emily.carter@harbourhotels.com'), { once: true });
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await vi.advanceTimersByTimeAsync(1);
    expect(reports.map((report) => report.context?.threadId)).toEqual(['one', 'two']);
  });

  it('reads at once when the nodes change while a read waits for an event’s timer (the host has rendered what the event asked)', async () => {
    const reader = vi.fn(readPage);
    watcher = watchPage(document, window, reader, (report) => reports.push(report), running.signal);
    // As in Chromium, where the Navigation API's navigatesuccess comes before the hash change's rendering.
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    gmailThread('two', 'emily.carter@harbourhotels.com');
    await Promise.resolve();
    await Promise.resolve();
    expect(reports.map((report) => report.context?.threadId)).toEqual(['one', 'two']);
    // Read once for both: the timer it replaced does not read again.
    await vi.advanceTimersByTimeAsync(MUTATION_SETTLE_MS * 2);
    expect(reader).toHaveBeenCalledTimes(2);
  });

  it('reads a new view once when its nodes came before the hash change that named it, and keeps no window open for it', async () => {
    const reader = vi.fn(readPage);
    watcher = watchPage(document, window, reader, (report) => reports.push(report), running.signal);
    const setUrl = (url: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
    setUrl('https://mail.google.com/mail/u/0/#inbox/two');
    // The host's listener, added before ours, renders the new view; then ours hears of the hash change.
    gmailThread('two', 'emily.carter@harbourhotels.com');
    await Promise.resolve();
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await vi.advanceTimersByTimeAsync(MUTATION_SETTLE_MS * 3);
    expect(reader).toHaveBeenCalledTimes(2);
    expect(reports.map((report) => report.context?.threadId)).toEqual(['one', 'two']);

    // The next page change right after: read in the microtask, not after a window kept open by the last one.
    setUrl('https://mail.google.com/mail/u/0/#inbox/three');
    gmailThread('three', 'li.wei@example.cn');
    await Promise.resolve();
    await Promise.resolve();
    expect(reports.map((report) => report.context?.threadId)).toEqual(['one', 'two', 'three']);
  });

  it('still reads after a navigation to a URL no read has seen, though a window is open and no node changes', async () => {
    const reader = vi.fn(readPage);
    watcher = watchPage(document, window, reader, (report) => reports.push(report), running.signal);
    document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(1);
    expect(reader).toHaveBeenCalledTimes(2);
    // A window is open; the host (Lightning, say) changes the URL and only flips classes on a cached view.
    const url = 'https://mail.google.com/mail/u/0/#inbox/one?view=details';
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await vi.advanceTimersByTimeAsync(MUTATION_SETTLE_MS * 2);
    expect(reports.at(-1)?.url).toBe(url);
  });

  it('reads a page that keeps changing at most once per window, and catches the last change', async () => {
    const reader = vi.fn(readPage);
    watcher = watchPage(document, window, reader, (report) => reports.push(report), running.signal);
    const started = reader.mock.calls.length;
    // A change every 5 ms for 200 ms, the thread switching half way.
    for (let ms = 0; ms < 200; ms += 5) {
      if (ms === 100) gmailThread('two', 'emily.carter@harbourhotels.com');
      else document.body.append(document.createElement('div'));
      await vi.advanceTimersByTimeAsync(5);
    }
    await vi.advanceTimersByTimeAsync(MUTATION_SETTLE_MS * 2);
    const reads = reader.mock.calls.length - started;
    expect(reads).toBeGreaterThanOrEqual(3);
    expect(reads).toBeLessThanOrEqual(Math.ceil(200 / MUTATION_SETTLE_MS) + 1);
    expect(reports.at(-1)?.context?.threadId).toBe('two');
  });

  it('reports again when asked even if nothing changed, and stops when told', async () => {
    watcher = watchPage(document, window, readPage, (report) => reports.push(report), running.signal);
    watcher.refresh();
    expect(reports).toHaveLength(2);
    running.abort();
    gmailThread('three', 'chen.zq@xihu-trading.com.cn');
    await vi.advanceTimersByTimeAsync(MUTATION_SETTLE_MS * 2);
    expect(reports).toHaveLength(2);
  });

  it("follows the host into its dark theme when only the body's style changes, with no node added", async () => {
    watcher = watchPage(document, window, readPage, (report) => reports.push(report), running.signal);
    document.body.style.backgroundColor = 'rgb(31, 31, 31)';
    await vi.advanceTimersByTimeAsync(MUTATION_SETTLE_MS * 2);
    document.body.style.backgroundColor = '';
    await vi.advanceTimersByTimeAsync(MUTATION_SETTLE_MS * 2);
    expect(reports.map((report) => report.theme)).toEqual(['light', 'dark', 'light']);
  });

  it("does not make the browser recompute the page's styles for a burst of new nodes", async () => {
    watcher = watchPage(document, window, readPage, (report) => reports.push(report), running.signal);
    const styles = vi.spyOn(window, 'getComputedStyle');
    gmailThread('two', 'emily.carter@harbourhotels.com');
    for (let i = 0; i < 200; i++) document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(MUTATION_SETTLE_MS * 2);
    expect(reports.map((report) => report.context?.threadId)).toEqual(['one', 'two']);
    expect(styles).not.toHaveBeenCalled();
    styles.mockRestore();
  });
});

