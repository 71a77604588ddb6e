import * as z from 'zod/mini';
import { REPORT_PORT_OFFER } from '../messaging/port-names';
import { timingMark } from '../timing-mark';

const offerSchema = z.object({ type: z.literal(REPORT_PORT_OFFER), key: z.number() });

/**
 * A random integer of 53 bits (every one a double holds exactly), never 0, which the content script takes for
 * none: a number, not a UUID, only to spare the content script a string schema (lib/messaging/content-protocol.ts).
 * Guessing it means posting about 2^52 ports to the frame.
 */
function randomKey(): number {
  const [high, low] = crypto.getRandomValues(new Uint32Array(2));
  return (high! >>> 11) * 2 ** 32 + low! || 1;
}

interface Issued {
  take(raw: unknown): void;
  port?: MessagePort;
}

/**
 * The MessagePorts on which content scripts send their page reports straight to the worker (why:
 * lib/sidebar-host/report-channel.ts). A content script's runtime port is given a key; the port offered with
 * that key, through the tab's sidebar frame (lib/sidebar/report-courier.ts), carries reports taken as if they
 * had come on that runtime port. An offer without a key this worker gave is refused, so a host page that posts
 * its own port to the frame gets nothing taken.
 */
export class DirectReportPorts {
  private readonly issued = new Map<number, Issued>();

  /** A key for one content script's runtime port; `take` handles a report as that port's own. */
  issue(take: (raw: unknown) => void): number {
    const key = randomKey();
    this.issued.set(key, { take });
    return key;
  }

  /** The runtime port is gone: its MessagePort is closed and the key refused from now on. */
  revoke(key: number): void {
    this.issued.get(key)?.port?.close();
    this.issued.delete(key);
  }

  /** A message to the service worker: takes the offered port if it comes with a key given out. */
  adopt(data: unknown, ports: readonly MessagePort[]): boolean {
    const offer = offerSchema.safeParse(data);
    const issued = offer.success ? this.issued.get(offer.data.key) : undefined;
    const [port] = ports;
    if (!issued || !port || ports.length !== 1) {
      console.warn('rejected a report port:', offer.success ? 'no such key, or not one port' : offer.error.message);
      ports.forEach((offered) => offered.close());
      return false;
    }
    // One per content script: a second offer (the frame reloaded) replaces the first.
    issued.port?.close();
    issued.port = port;
    port.onmessage = (event) => {
      // For the probes and tests/browser/report-channel.test.ts: a report came this way.
      timingMark('report:direct');
      issued.take(event.data);
    };
    return true;
  }
}
