/** English UI text: security notices (the clickjacking guard). */
export const security = {
  'security.obscured': 'Something on the page covers or fades this sidebar, so its buttons are paused until it is fully visible.',
} as const;
