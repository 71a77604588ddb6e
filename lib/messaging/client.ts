import { browser } from 'wxt/browser';
import { envelopeSchema, responseSchemas, type Request, type RequestType, type ResponseOf } from './protocol';

/** Sends a request to the background and returns its validated answer; a refusal becomes an Error. */
export async function request<T extends RequestType>(
  message: Extract<Request, { type: T }>,
): Promise<ResponseOf<T>> {
  const envelope = envelopeSchema.parse(await browser.runtime.sendMessage(message));
  if (!envelope.ok) throw new Error(envelope.error);
  return responseSchemas[message.type].parse(envelope.value) as ResponseOf<T>;
}

/** What a failed request says, for the user. */
export const errorText = (failure: unknown) => (failure instanceof Error ? failure.message : String(failure));
