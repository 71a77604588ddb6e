/**
 * The names of the sidebar's long-lived ports to the background, apart from the
 * protocol's schemas so that the sidebar's first script can open its port
 * before zod and the app have loaded (lib/sidebar/early-port.ts).
 */
export const SIDEBAR_PORT = 'sidebar';
export const PANEL_PORT = 'panel';

export const portNameFor = (surface: 'frame' | 'panel') => (surface === 'panel' ? PANEL_PORT : SIDEBAR_PORT);
