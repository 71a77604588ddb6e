import type { BrowserContext, Page } from 'playwright-core';

export interface ProfileSummary {
  wallMs: number;
  /** Sampled time the page's main thread was not running JavaScript (waiting on IndexedDB, mostly). */
  idleMs: number;
  top: { fn: string; selfMs: number }[];
}

/** A CPU profile of `page` while `run` runs: where the main thread's time went, by function (self time); the top 10, or TOP. */
export async function profileWhile<T>(context: BrowserContext, page: Page, run: () => Promise<T>): Promise<[T, ProfileSummary]> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const started = Date.now();
  const result = await run();
  const wallMs = Date.now() - started;
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  const self = selfTimeByFunction(profile);
  const idleMs = (self.get('(idle)') ?? 0) + (self.get('(program)') ?? 0);
  const top = [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(process.env.TOP ?? 10))
    .map(([fn, selfMs]) => ({ fn, selfMs: Math.round(selfMs) }));
  return [result, { wallMs, idleMs: Math.round(idleMs), top }];
}

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

/** A V8 CPU profile's sampled self time (ms) by function, each named by `name` (default: name, file and line). */
export function selfTimeByFunction(
  profile: { nodes: { id: number; callFrame: CallFrame }[]; samples?: number[]; timeDeltas?: number[] },
  name = (frame: CallFrame) => `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() || ''}${frame.lineNumber >= 0 ? `:${frame.lineNumber + 1}` : ''}`.trim(),
): Map<string, number> {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const fn = name(nodes.get(id)!.callFrame);
    self.set(fn, (self.get(fn) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  return self;
}
