import { spawnSync } from 'node:child_process';
import { repoRoot } from './paths';

/** Builds the production Chrome extension exactly as `npm run build` does. */
export function buildExtension(): void {
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`wxt build failed with exit code ${result.status}`);
}
