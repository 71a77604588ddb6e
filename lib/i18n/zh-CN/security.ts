import type { security as english } from '../en/security';

/** 简体中文界面文字（与 ../en/security.ts 一一对应）。 */
export const security: Record<keyof typeof english, string> = {
  'security.obscured': '页面上有内容遮挡或淡化了侧边栏，按钮已暂停，完全可见后恢复。',
};
