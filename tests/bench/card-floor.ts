/**
 * The floor under the card's page-change time: what the browser alone takes for the two hops a card
 * makes (a message into the background, one back out to the sidebar frame) and for a change in the frame
 * to reach its next frame, with none of the product's work (no recognition, no database, no render).
 * In the sidebar frame on the demo Gmail page, repeatedly, at random phases of the frame clock:
 * - a runtime message to the background and its answer (the background refuses it at once);
 * - one text node changed, to the next animation frame;
 * - both in a row, as a card's way would be with nothing to do.
 * Run: npx wxt build && npx tsx tests/bench/card-floor.ts [runs=60]
 */
import { withDemoSidebar } from './demo-sidebar';
import { stats } from './report';

const runs = Number(process.argv[2] ?? 60);
await withDemoSidebar(async ({ sidebar }) => {
  // tsx names the functions it compiles with a helper the frame does not have.
  await sidebar.frame.evaluate('globalThis.__name = (fn) => fn');
  const timings = await sidebar.frame.evaluate(async (count) => {
    const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
    // The frame is an extension page: chrome.runtime is there, though this file's types do not know it.
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }).chrome.runtime;
    const roundTrip = () => runtime.sendMessage({ type: 'bench/floor' });
    const text = document.body.appendChild(document.createElement('p')).appendChild(document.createTextNode(''));
    const out = { message: [] as number[], paint: [] as number[], both: [] as number[] };
    for (let i = 0; i < count + 5; i++) {
      await pause();
      let started = performance.now();
      await roundTrip();
      const message = performance.now() - started;
      await pause();
      started = performance.now();
      text.data = `paint ${i}`;
      await nextFrame();
      const paint = performance.now() - started;
      await pause();
      started = performance.now();
      await roundTrip();
      text.data = `both ${i}`;
      await nextFrame();
      const both = performance.now() - started;
      if (i < 5) continue; // warm-up
      out.message.push(message);
      out.paint.push(paint);
      out.both.push(both);
    }
    text.parentElement!.remove();
    return out;
  }, runs);
  for (const [name, values] of Object.entries({
    'message to the background and back': timings.message,
    'a text change to the next animation frame': timings.paint,
    'both in a row (the floor of a card with nothing to do)': timings.both,
  })) {
    const s = stats(values);
    console.log(`${s.median.toFixed(1).padStart(8)} ${s.p95.toFixed(1).padStart(8)}  ${name}`);
  }
});
