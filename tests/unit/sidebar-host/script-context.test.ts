import { describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '../../../lib/sidebar-host/script-context';

describe('the content scripts’ context (in place of WXT’s)', () => {
  it('stops an older copy of the same script when a new one starts, and only that one', () => {
    const oldGmail = vi.fn();
    const otherSite = vi.fn();
    new ContentScriptContext('gmail').onInvalidated(oldGmail);
    new ContentScriptContext('salesforce').onInvalidated(otherSite);
    expect(oldGmail).not.toHaveBeenCalled();

    const newGmail = vi.fn();
    new ContentScriptContext('gmail').onInvalidated(newGmail);
    expect(oldGmail).toHaveBeenCalledTimes(1);
    expect(otherSite).not.toHaveBeenCalled();
    expect(newGmail).not.toHaveBeenCalled();
  });

  it('forgets a cleanup whose removal it returned', () => {
    const cleanup = vi.fn();
    const remove = new ContentScriptContext('outlook').onInvalidated(cleanup);
    remove();
    new ContentScriptContext('outlook');
    expect(cleanup).not.toHaveBeenCalled();
  });
});
