import { sidebar } from './en/sidebar';
import { care } from './en/care';
import { dataIo } from './en/data-io';
import { editing } from './en/editing';
import { security } from './en/security';
import { sites } from './en/sites';

/**
 * English UI text, one file per area under en/. The keys are the message ids;
 * zh-CN provides every one, area by area (a test checks the placeholders too).
 */
export const en = { ...sidebar, ...care, ...dataIo, ...editing, ...security, ...sites } as const;

export type MessageId = keyof typeof en;
