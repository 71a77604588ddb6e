import { browser } from 'wxt/browser';
import { envelopeSchema, responseSchemas, type Request, type RequestType, type ResponseOf } from './protocol';

/** The background answered and refused the request: sending it again would be refused again. */
export class RefusedError extends Error {
  override name = 'RefusedError';
}

/** Sends a request to the background and returns its validated answer; a refusal becomes a RefusedError. */
export async function request<T extends RequestType>(
  message: Extract<Request, { type: T }>,
): Promise<ResponseOf<T>> {
  const envelope = envelopeSchema.parse(await browser.runtime.sendMessage(message));
  if (!envelope.ok) throw new RefusedError(envelope.error);
  return responseSchemas[message.type].parse(envelope.value) as ResponseOf<T>;
}

/** What a failed request says, for the user. */
export const errorText = (failure: unknown) => (failure instanceof Error ? failure.message : String(failure));

/**
 * Sends a request whose effect the background keys by an id the page chose (a log's `logId`), and
 * sends it once more when the first try fails: the service worker may have stopped after writing but
 * before answering, and the id makes the second try return the stored row instead of writing again.
 * A refusal (the background answered no: a deleted customer, say) is not sent again.
 */
export async function requestOnceKeyed<T extends RequestType>(
  message: Extract<Request, { type: T }>,
  retryAfterMs = 300,
): Promise<ResponseOf<T>> {
  try {
    return await request(message);
  } catch (failure) {
    if (failure instanceof RefusedError) throw failure;
    await new Promise((resolve) => setTimeout(resolve, retryAfterMs));
    return request(message);
  }
}
