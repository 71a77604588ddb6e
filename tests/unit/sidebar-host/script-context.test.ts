import { describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '../../../lib/sidebar-host/script-context';

describe('the content scripts’ context (in place of WXT’s)', () => {
  it('stops an older copy of the same script when a new one starts, and only that one', () => {
    const oldGmail = vi.fn();
    const otherSite = vi.fn();
    new ContentScriptContext('gmail').signal.addEventListener('abort', oldGmail);
    new ContentScriptContext('salesforce').signal.addEventListener('abort', otherSite);
    expect(oldGmail).not.toHaveBeenCalled();

    const newGmail = vi.fn();
    new ContentScriptContext('gmail').signal.addEventListener('abort', newGmail);
    expect(oldGmail).toHaveBeenCalledTimes(1);
    expect(otherSite).not.toHaveBeenCalled();
    expect(newGmail).not.toHaveBeenCalled();
  });
});
