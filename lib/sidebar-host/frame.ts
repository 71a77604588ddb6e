import type { SidebarState } from '../messaging/content-protocol';
import { clampWidth, MAX_WIDTH, MIN_WIDTH, type Layout } from './layout';
import { frameStyles } from './frame-styles';

export interface FrameLabels {
  expand: string;
  resize: string;
  frameTitle: string;
}

export interface SidebarFrame {
  readonly layout: Layout;
  apply(layout: Layout, options?: { focus?: boolean }): void;
  setLabels(labels: FrameLabels): void;
  /**
   * Posts the report channel's MessagePort with its key to the sidebar page, only to it (lib/sidebar/report-courier.ts
   * hands it on); false while the frame is not open and loaded.
   */
  offer(key: number, port: MessagePort): boolean;
  destroy(): void;
}

const KEYBOARD_RESIZE_STEP = 24;

/**
 * The sidebar's footprint on the host page: a cross-origin extension iframe in a
 * closed shadow root, a resize handle and the collapsed tab. While open it pushes
 * the page aside (margin on <html>) instead of covering the page's controls.
 */
export function mountSidebarFrame(
  doc: Document,
  win: Window,
  options: {
    src: string;
    /** The sidebar page's own origin, the only one `offer` posts to (the frame's src is an alias of it). */
    origin: string;
    labels: FrameLabels;
    layout: Layout;
    onLayoutChange(layout: Layout): void;
    onLoad(): void;
  },
): SidebarFrame {
  let layout = options.layout;
  const host = doc.createElement('div');
  host.setAttribute('data-customer-care-sidebar', '');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = frameStyles;
  const panel = doc.createElement('div');
  panel.className = 'panel';
  const handle = doc.createElement('div');
  handle.className = 'resize';
  handle.tabIndex = 0;
  handle.setAttribute('role', 'separator');
  handle.setAttribute('aria-orientation', 'vertical');
  handle.setAttribute('aria-valuemin', String(MIN_WIDTH));
  handle.setAttribute('aria-valuemax', String(MAX_WIDTH));
  const tab = doc.createElement('button');
  tab.className = 'tab';
  tab.type = 'button';
  tab.textContent = '‹';
  panel.append(handle);
  shadow.append(style, panel, tab);
  doc.documentElement.append(host);

  let iframe: HTMLIFrameElement | undefined;
  let loaded = false;
  const originalMargin = doc.documentElement.style.marginRight;

  const setLabels = (labels: FrameLabels) => {
    tab.setAttribute('aria-label', labels.expand);
    tab.title = labels.expand;
    handle.setAttribute('aria-label', labels.resize);
    iframe?.setAttribute('title', labels.frameTitle);
    currentLabels = labels;
  };
  let currentLabels = options.labels;

  // The iframe is created on first open, so a page whose sidebar stays hidden pays nothing for it.
  const ensureIframe = () => {
    if (iframe) return iframe;
    iframe = doc.createElement('iframe');
    iframe.src = options.src;
    iframe.setAttribute('allow', '');
    iframe.addEventListener('load', () => {
      loaded = true;
      options.onLoad();
    });
    panel.append(iframe);
    setLabels(currentLabels);
    return iframe;
  };

  const apply = (next: Layout, { focus = false } = {}) => {
    layout = { state: next.state, width: clampWidth(next.width) };
    const open = layout.state === 'open';
    if (open) ensureIframe();
    panel.hidden = !open;
    tab.hidden = layout.state !== 'collapsed';
    panel.style.width = `${layout.width}px`;
    handle.setAttribute('aria-valuenow', String(layout.width));
    doc.documentElement.style.marginRight = open ? `${layout.width}px` : originalMargin;
    if (focus && open) iframe?.focus();
    if (focus && layout.state === 'collapsed') tab.focus();
  };

  const change = (state: SidebarState, width = layout.width, focus = false) => {
    apply({ state, width }, { focus });
    options.onLayoutChange(layout);
  };

  tab.addEventListener('click', () => change('open', layout.width, true));
  handle.addEventListener('keydown', (event) => {
    const step = event.key === 'ArrowLeft' ? KEYBOARD_RESIZE_STEP : event.key === 'ArrowRight' ? -KEYBOARD_RESIZE_STEP : 0;
    if (step === 0) return;
    event.preventDefault();
    change('open', layout.width + step);
  });
  handle.addEventListener('pointerdown', (event) => {
    event.preventDefault();
    handle.setPointerCapture(event.pointerId);
    panel.classList.add('dragging');
    const move = (moveEvent: PointerEvent) => apply({ state: 'open', width: win.innerWidth - moveEvent.clientX });
    const end = () => {
      panel.classList.remove('dragging');
      handle.removeEventListener('pointermove', move);
      options.onLayoutChange(layout);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', end, { once: true });
    handle.addEventListener('pointercancel', end, { once: true });
  });

  setLabels(options.labels);
  apply(layout);
  return {
    get layout() {
      return layout;
    },
    apply: (next, applyOptions) => change(next.state, next.width, applyOptions?.focus),
    setLabels,
    offer(key, port) {
      // Only to our page: the host page could have navigated the frame elsewhere.
      if (loaded) iframe!.contentWindow?.postMessage(key, options.origin, [port]);
      return loaded;
    },
    destroy() {
      host.remove();
      doc.documentElement.style.marginRight = originalMargin;
    },
  };
}
