import { describe, expect, it } from 'vitest';
import { detectHostTheme } from '../../../lib/sidebar-host/theme';

describe('host theme', () => {
  it.each([
    ['rgb(31, 31, 31)', 'dark'],
    ['rgb(32, 33, 36)', 'dark'],
    ['rgb(255, 255, 255)', 'light'],
    ['rgb(246, 248, 252)', 'light'],
  ])('a page painted %s is %s', (color, expected) => {
    document.body.style.backgroundColor = color;
    expect(detectHostTheme(document, window)).toBe(expected);
    document.body.style.backgroundColor = '';
  });

  it('looks through a transparent body to the html element', () => {
    document.body.style.backgroundColor = 'rgba(0, 0, 0, 0)';
    document.documentElement.style.backgroundColor = 'rgb(20, 20, 20)';
    expect(detectHostTheme(document, window)).toBe('dark');
    document.documentElement.style.backgroundColor = '';
  });
});
