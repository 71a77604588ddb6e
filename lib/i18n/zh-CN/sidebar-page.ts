import type { SidebarCatalog } from '../sidebar-catalogs';
import { care } from './care';
import { editing } from './editing';
import { security } from './security';
import { sidebar } from './sidebar';

/** 侧边栏用到的简体中文文字（见 ../sidebar-catalogs.ts）。 */
export const sidebarPage: SidebarCatalog = { ...sidebar, ...care, ...editing, ...security };
