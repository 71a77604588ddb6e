import * as z from 'zod/mini';
import { REPORT_PORT_OFFER, VIEW_PORT_OFFER } from '../messaging/port-names';

/** What an offered MessagePort is for: a content script's page reports, or a sidebar's views. */
export type PortOfferKind = typeof REPORT_PORT_OFFER | typeof VIEW_PORT_OFFER;

const offerSchema = z.object({ type: z.enum([REPORT_PORT_OFFER, VIEW_PORT_OFFER]), key: z.number() });

/**
 * A random integer of 53 bits (every one a double holds exactly), never 0, which the content script takes for
 * none: a number, not a UUID, only to spare the content script a string schema (lib/messaging/content-protocol.ts).
 * Guessing it means posting about 2^52 ports.
 */
function randomKey(): number {
  const [high, low] = crypto.getRandomValues(new Uint32Array(2));
  return (high! >>> 11) * 2 ** 32 + low! || 1;
}

interface Issued {
  kind: PortOfferKind;
  adopt(port: MessagePort): void;
  port?: MessagePort;
}

/**
 * The MessagePorts that pages of the extension hand the service worker, each standing for a runtime port the worker
 * holds: a content script's, for its page reports (why: lib/sidebar-host/report-channel.ts), offered through the
 * tab's sidebar frame (lib/sidebar/report-courier.ts); or a sidebar's own, for its views (lib/sidebar/connection.ts).
 * The runtime port is given a key; the port offered with that key and kind stands for it. An offer without a key this
 * worker gave is refused, so a host page that posts its own port to the frame gets nothing taken and is sent nothing.
 */
export class OfferedPorts {
  private readonly issued = new Map<number, Issued>();

  /** A key for one runtime port; `adopt` takes the MessagePort offered with it. */
  issue(kind: PortOfferKind, adopt: (port: MessagePort) => void): number {
    const key = randomKey();
    this.issued.set(key, { kind, adopt });
    return key;
  }

  /** The runtime port is gone: its MessagePort is closed and the key refused from now on. */
  revoke(key: number): void {
    this.issued.get(key)?.port?.close();
    this.issued.delete(key);
  }

  /** A message to the service worker: takes the offered port if it comes with a key given out for its kind. */
  adopt(data: unknown, ports: readonly MessagePort[]): boolean {
    const offer = offerSchema.safeParse(data);
    const issued = offer.success ? this.issued.get(offer.data.key) : undefined;
    const [port] = ports;
    if (!issued || issued.kind !== offer.data?.type || !port || ports.length !== 1) {
      console.warn('rejected an offered port:', offer.success ? 'no such key for its kind, or not one port' : offer.error.message);
      ports.forEach((offered) => offered.close());
      return false;
    }
    // One per runtime port: a second offer (the frame reloaded) replaces the first.
    issued.port?.close();
    issued.port = port;
    issued.adopt(port);
    return true;
  }
}
