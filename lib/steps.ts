/**
 * Long work written as a generator that yields between its steps (the base model's maximum-likelihood fit, the
 * loyalty pass's summaries and scores, the Today agenda's search texts), so that the same code runs to its end at
 * once (tests, compute benchmarks) or gives the thread back every few milliseconds: in the service worker, the
 * daily refit's 1.5 s of fitting at 100k customers kept every card waiting until it was done.
 */
export type Steps<T> = Generator<void, T, void>;

export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs `steps`, awaiting `pause()` whenever `sliceMs` have gone by since the last pause. */
export async function runInSlices<T>(steps: Steps<T>, sliceMs: number, pause: () => Promise<void>): Promise<T> {
  let sliceStarted = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStarted >= sliceMs) {
      await pause();
      sliceStarted = performance.now();
    }
  }
}
