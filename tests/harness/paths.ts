import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const chromeBuildDir = path.join(repoRoot, '.output', 'chrome-mv3');
export const sitesDir = path.join(repoRoot, 'tests', 'fixtures', 'sites');
export const tmpDir = path.join(repoRoot, 'tests', '.tmp');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
