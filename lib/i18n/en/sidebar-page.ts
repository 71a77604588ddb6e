import type { SidebarCatalog } from '../sidebar-catalogs';
import { care } from './care';
import { editing } from './editing';
import { security } from './security';
import { sidebar } from './sidebar';

/** The English areas the sidebar shows (see ../sidebar-catalogs.ts). */
export const sidebarPage: SidebarCatalog = { ...sidebar, ...care, ...editing, ...security };
