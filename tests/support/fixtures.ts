import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** A saved page of a site, parsed into a plain DOM as an adapter would see it. */
export function fixtureDocument(relativePath: string): Document {
  const html = readFileSync(path.join(fixturesDir, 'pages', relativePath), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}
