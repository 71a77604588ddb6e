import type { IndexHtmlTransformContext, IndexHtmlTransformHook } from 'vite';
import { describe, expect, it } from 'vitest';
import { inlinePageStyles, withStyleHashes } from '../../../lib/build/inline-page-styles';

const PAGE = '<head><script type="module" src="/chunks/a.js"></script><link rel="stylesheet" crossorigin href="/assets/app.css"></head><body></body>';
// echo -n 'body{color:red}' | openssl dgst -sha256 -binary | base64
const RED_HASH = "'sha256-FcQqt3aNlV7AZnGV4zkQRVeCeJOxbMPnQSx258L803E='";

function transform(filename: string, bundle: Record<string, unknown>, hashes = new Set<string>()) {
  const plugin = inlinePageStyles(/\/entrypoints\/sidebar\/index\.html$/, hashes);
  const hook = plugin.transformIndexHtml as { handler: IndexHtmlTransformHook };
  const context = { filename, path: '/index.html', bundle } as unknown as IndexHtmlTransformContext;
  return hook.handler.call({} as never, PAGE, context);
}

describe('the sidebar’s styles, put into its page by the build', () => {
  it('replaces the sheet’s link with its text and collects its hash', () => {
    const hashes = new Set<string>();
    const html = transform('/repo/entrypoints/sidebar/index.html', { 'assets/app.css': { type: 'asset', source: 'body{color:red}' } }, hashes);
    expect(html).toBe(
      '<head><script type="module" src="/chunks/a.js"></script><style>body{color:red}</style></head><body></body>',
    );
    expect([...hashes]).toEqual([RED_HASH]);
  });

  it('leaves the other pages as they are', () => {
    const hashes = new Set<string>();
    expect(transform('/repo/entrypoints/options/index.html', { 'assets/app.css': { type: 'asset', source: 'body{color:red}' } }, hashes)).toBe(PAGE);
    expect(hashes.size).toBe(0);
  });

  it.each([
    ['a sheet the build does not hold', {}, /links assets\/app\.css, which the build does not hold/],
    ['a sheet that would close its element', { 'assets/app.css': { type: 'asset', source: 'a::after{content:"</style>"}' } }, /would close its <style> element/],
  ])('stops the build on %s', (_case, bundle, error) => {
    expect(() => transform('/repo/entrypoints/sidebar/index.html', bundle)).toThrow(error);
  });
});

describe('the extension pages’ policy', () => {
  const policy = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'";

  it('names the inlined styles’ hashes in its style-src, and nowhere else', () => {
    expect(withStyleHashes(policy, new Set([RED_HASH, "'sha256-b'"]))).toBe(
      `default-src 'self'; script-src 'self'; style-src 'self' ${RED_HASH} 'sha256-b'; object-src 'none'`,
    );
  });

  it('is unchanged when nothing was inlined (a development server)', () => {
    expect(withStyleHashes(policy, new Set())).toBe(policy);
  });

  it('refuses a policy without a style-src, where a hash would go nowhere', () => {
    expect(() => withStyleHashes("default-src 'self'", new Set([RED_HASH]))).toThrow(/no style-src/);
  });
});
