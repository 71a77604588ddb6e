import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * Build step: the style sheet of the pages matched by `pages` goes into the page itself, so that the browser
 * paints the page without fetching a render-blocking sheet first. The sidebar frame's first contentful paint
 * came 12 ms sooner at the median and 24 ms at the p95 so (tests/bench/sidebar-floor.ts, 20 loads each on the
 * bench machine, 216 / 264 against 204 / 240 ms). Our policy allows no inline style, so each inlined sheet's
 * hash is collected in `hashes`, for the manifest's style-src (withStyleHashes). The sheet file stays in the
 * build for the pages that link it.
 *
 * The build must put all styles in one sheet (Vite's cssCodeSplit off): otherwise Vite's loader of the app's chunks
 * adds a link to the sheet a chunk needs when the page has none, and waits for it before it runs the chunk, which
 * would put a fetch of the sheet before the first card. A link kept disabled to stop it is still fetched by Chromium.
 */
export function inlinePageStyles(pages: RegExp, hashes: Set<string>): Plugin {
  return {
    name: 'inline-page-styles',
    apply: 'build',
    transformIndexHtml: {
      // After Vite has put in the links to the built sheets.
      order: 'post',
      handler(html, context) {
        if (!pages.test(context.filename.replaceAll('\\', '/')) || !context.bundle) return html;
        return html.replace(/<link rel="stylesheet"[^>]*? href="\/?([^"]+\.css)"[^>]*>/g, (_tag, file: string) => {
          const asset = context.bundle![file];
          if (asset?.type !== 'asset') throw new Error(`inline-page-styles: ${context.filename} links ${file}, which the build does not hold`);
          const css = String(asset.source);
          if (/<\/style/i.test(css)) throw new Error(`inline-page-styles: ${file} would close its <style> element`);
          hashes.add(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
          return `<style>${css}</style>`;
        });
      },
    },
  };
}

/** The extension pages' policy with the inlined sheets' hashes added to its style-src directive (which it must have). */
export function withStyleHashes(policy: string, hashes: ReadonlySet<string>): string {
  if (hashes.size === 0) return policy;
  if (!/(^|;\s*)style-src /.test(policy)) throw new Error('the extension pages’ policy has no style-src to add the inlined styles’ hashes to');
  return policy.replace(/(^|;\s*)(style-src [^;]*)/, (_all, start: string, directive: string) => `${start}${directive} ${[...hashes].join(' ')}`);
}
