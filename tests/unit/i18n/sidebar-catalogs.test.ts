import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../../support/fixtures';
import { en } from '../../../lib/i18n/en';
import { dataIo } from '../../../lib/i18n/en/data-io';
import { sites } from '../../../lib/i18n/en/sites';

/** The areas only the options page shows. */
const optionsOnly = { ...dataIo, ...sites };
import { sidebarPage as enSidebar } from '../../../lib/i18n/en/sidebar-page';
import { sidebarPage as zhSidebar } from '../../../lib/i18n/zh-CN/sidebar-page';
import { zhCN } from '../../../lib/i18n/zh-CN';

const repoRoot = path.resolve(fixturesDir, '..', '..');

/** Every source file the page's entry reaches through relative imports. */
function reachable(entry: string): string[] {
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    found.add(file);
    // Type-only imports load nothing at run time.
    const imports = readFileSync(file, 'utf8').matchAll(/(?:import|export)\s+(type\s+)?[^;'`]*?from\s*'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g);
    for (const [, typeOnly, staticSpec, dynamicSpec] of imports) {
      if (typeOnly) continue;
      const base = path.resolve(path.dirname(file), (staticSpec ?? dynamicSpec)!);
      const resolved = ['.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext).find((candidate) => existsSync(candidate));
      if (resolved) visit(resolved);
    }
  };
  visit(path.join(repoRoot, entry));
  return [...found];
}

describe('the sidebar’s text (lib/i18n/sidebar-catalogs.ts)', () => {
  const files = [...reachable('entrypoints/sidebar/main.tsx'), ...reachable('entrypoints/sidepanel/main.tsx')];
  const sources = files
    .filter((file) => !file.includes(`${path.sep}lib${path.sep}i18n${path.sep}`))
    .map((file) => ({ file: path.relative(repoRoot, file), text: readFileSync(file, 'utf8') }));

  it('reaches the sidebar’s components (so the check below looks somewhere)', () => {
    expect(sources.map((source) => source.file)).toEqual(expect.arrayContaining(['components/SidebarApp.tsx', 'components/QuickRecords.tsx']));
  });

  it('loads neither full catalog (a formatter imported from lib/i18n/index.ts would bring both)', () => {
    const relative = files.map((file) => path.relative(repoRoot, file));
    expect(relative).toEqual(expect.arrayContaining(['lib/i18n/sidebar-catalogs.ts', 'lib/i18n/en/sidebar-page.ts', 'lib/i18n/zh-CN/sidebar-page.ts']));
    expect(relative.filter((file) => ['lib/i18n/index.ts', 'lib/i18n/en.ts', 'lib/i18n/zh-CN.ts', 'lib/i18n/en/data-io.ts', 'lib/i18n/zh-CN/data-io.ts', 'lib/i18n/en/sites.ts', 'lib/i18n/zh-CN/sites.ts'].includes(file))).toEqual([]);
  });

  it('is every area but data-io and sites, in both languages', () => {
    const expected = Object.keys(en).filter((id) => !(id in optionsOnly)).sort();
    expect(Object.keys(enSidebar).sort()).toEqual(expected);
    expect(Object.keys(zhSidebar).sort()).toEqual(expected);
    for (const id of expected) expect(zhSidebar[id as keyof typeof zhSidebar]).toBe(zhCN[id as keyof typeof zhCN]);
  });

  it('holds every id the sidebar’s code names: none of data-io’s, not even by a template’s prefix', () => {
    const dataIoIds = Object.keys(optionsOnly);
    const named = sources.flatMap(({ file, text }) => [
      ...[...text.matchAll(/'([a-z][\w-]*(?:\.[\w-]+)+)'/g)].filter(([, id]) => dataIoIds.includes(id!)).map(([, id]) => `${file}: ${id}`),
      ...[...text.matchAll(/\bt\(`([^`$]*)\$\{/g)]
        .filter(([, prefix]) => dataIoIds.some((id) => id.startsWith(prefix!)))
        .map(([, prefix]) => `${file}: ${prefix}…`),
    ]);
    expect(named).toEqual([]);
  });
});
