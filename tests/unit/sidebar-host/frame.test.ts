import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountSidebarFrame, type SidebarFrame } from '../../../lib/sidebar-host/frame';
import { MAX_WIDTH, MIN_WIDTH, toggled, type Layout } from '../../../lib/sidebar-host/layout';

const labels = { expand: 'Open', resize: 'Resize', frameTitle: 'Sidebar' };
let frame: SidebarFrame | undefined;

function mount(layout: Layout) {
  const onLayoutChange = vi.fn();
  frame = mountSidebarFrame(document, window, { src: 'about:blank', origin: 'null', labels, layout, onLayoutChange, onLoad: () => undefined });
  return onLayoutChange;
}

afterEach(() => {
  frame?.destroy();
  frame = undefined;
});

describe('sidebar frame on the host page', () => {
  it('pushes the page aside by its width while open and gives the space back when collapsed', () => {
    mount({ state: 'open', width: 400 });
    expect(document.documentElement.style.marginRight).toBe('400px');
    frame!.apply({ state: 'collapsed', width: 400 });
    expect(document.documentElement.style.marginRight).toBe('');
  });

  it('creates no iframe until the sidebar is first opened', () => {
    mount({ state: 'hidden', width: 360 });
    expect(document.querySelectorAll('iframe')).toHaveLength(0);
    expect(document.documentElement.style.marginRight).toBe('');
  });

  it('reports each change of state so that it can be remembered per site', () => {
    const onLayoutChange = mount({ state: 'open', width: 360 });
    frame!.apply({ state: 'collapsed', width: 360 });
    expect(onLayoutChange).toHaveBeenLastCalledWith({ state: 'collapsed', width: 360 });
  });

  it.each([
    [100, MIN_WIDTH],
    [5000, MAX_WIDTH],
    [433.6, 434],
  ])('clamps a width of %d to %d', (width, expected) => {
    mount({ state: 'open', width });
    expect(frame!.layout.width).toBe(expected);
  });

  it.each([
    ['open', 'hidden'],
    ['collapsed', 'open'],
    ['hidden', 'open'],
  ] as const)('the toolbar button turns %s into %s', (from, to) => {
    expect(toggled(from)).toBe(to);
  });

  it('keeps its parts out of the host page DOM (closed shadow root)', () => {
    mount({ state: 'open', width: 360 });
    const host = document.querySelector('[data-customer-care-sidebar]')!;
    expect(host.shadowRoot).toBeNull();
    expect(document.querySelector('iframe')).toBeNull();
  });
});
