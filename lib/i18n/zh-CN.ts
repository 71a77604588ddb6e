import type { MessageId } from './en';
import { sidebar } from './zh-CN/sidebar';
import { care } from './zh-CN/care';
import { dataIo } from './zh-CN/data-io';
import { editing } from './zh-CN/editing';
import { security } from './zh-CN/security';
import { sites } from './zh-CN/sites';

/** 简体中文界面文字，按领域分文件放在 zh-CN/ 下。 */
export const zhCN: Record<MessageId, string> = { ...sidebar, ...care, ...dataIo, ...editing, ...security, ...sites };
