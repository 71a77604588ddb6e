import { afterEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { requestOnceKeyed } from '../../../lib/messaging/client';

const customerId = crypto.randomUUID();
const logId = crypto.randomUUID();
const log = { type: 'interaction/log', customerId, interactionType: 'note', summary: 'call back', logId } as const;
const stored = {
  status: 'logged',
  interaction: { id: logId, customerId, type: 'note', at: 1, summary: 'call back', createdAt: 1, updatedAt: 1 },
};

/** The fake runtime's sendMessage, typed loosely enough to answer as the background would. */
const spyOnSend = () => vi.spyOn(fakeBrowser.runtime, 'sendMessage') as unknown as MockInstance<(message: { logId?: string }) => Promise<unknown>>;

describe('a keyed request whose first answer is lost', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('is sent once more with the same id, and the second answer is used', async () => {
    const send = spyOnSend()
      .mockRejectedValueOnce(new Error('The message port closed before a response was received.'))
      .mockResolvedValueOnce({ ok: true, value: stored });
    await expect(requestOnceKeyed(log, 0)).resolves.toEqual(stored);
    expect(send.mock.calls.map(([message]) => message.logId)).toEqual([logId, logId]);
  });

  it('gives up after the second lost answer', async () => {
    spyOnSend().mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(requestOnceKeyed(log, 0)).rejects.toThrow('Receiving end does not exist');
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledTimes(2);
  });

  it('is not sent again when the background refused it, and shows the background’s reason at once', async () => {
    spyOnSend().mockResolvedValue({ ok: false, error: 'no customer with id x' });
    await expect(requestOnceKeyed(log, 10_000)).rejects.toThrow('no customer with id x');
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledTimes(1);
  });
});
