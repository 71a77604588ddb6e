import * as z from 'zod/mini';
import { sidebarStateSchema, type SidebarState } from '../messaging/content-protocol';

export const MIN_WIDTH = 280;
export const MAX_WIDTH = 720;
export const DEFAULT_WIDTH = 360;

/** As stored; the width is clamped when read (clampWidth) rather than checked here, which keeps zod's number checks out of the content script. */
export const layoutSchema = z.object({
  state: sidebarStateSchema,
  width: z.number(),
});
export type Layout = z.infer<typeof layoutSchema>;

export const DEFAULT_LAYOUT: Layout = { state: 'open', width: DEFAULT_WIDTH };

export const clampWidth = (width: number) => Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width)));

/** What the toolbar button and the shortcut do: show a sidebar that is not open, hide one that is. */
export function toggled(state: SidebarState): SidebarState {
  return state === 'open' ? 'hidden' : 'open';
}

/** Layout is remembered per site (host name); it holds no customer data. */
export const layoutStorageKey = (hostname: string) => `layout:${hostname}`;
