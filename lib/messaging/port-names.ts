/**
 * The names of the sidebar's long-lived ports to the background, apart from the
 * protocol's schemas so that the sidebar's first script can open its port
 * before zod and the app have loaded (lib/sidebar/early-port.ts).
 */
export const SIDEBAR_PORT = 'sidebar';
export const PANEL_PORT = 'panel';

export const portNameFor = (surface: 'frame' | 'panel') => (surface === 'panel' ? PANEL_PORT : SIDEBAR_PORT);

/**
 * The content script's port for its page reports (lib/sidebar-host/report-channel.ts). It carries no
 * customer data: reports go in, the user's language comes back.
 */
export const PAGE_REPORT_PORT = 'page-reports';

/**
 * The type of the message in which the sidebar frame hands the content script's MessagePort for page reports
 * on to the service worker (lib/sidebar/report-courier.ts, lib/background/offered-ports.ts).
 */
export const REPORT_PORT_OFFER = 'report-port';

/** The type of the message in which a sidebar hands the service worker a MessagePort for its views (lib/sidebar/connection.ts). */
export const VIEW_PORT_OFFER = 'view-port';
