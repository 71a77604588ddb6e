// npm test: checks the types (vitest strips them unchecked), builds the production extension, runs the unit and
// the browser suites, and ends with one line of totals over both ("N passed, N failed"), a type error counted as a failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const tmp = path.resolve('tests/.tmp');
mkdirSync(tmp, { recursive: true });

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status ?? 1;
}

const started = Date.now();
const typesFailed = run('npx', ['tsc', '--noEmit', '-p', '.']) !== 0;
if (typesFailed) console.error('type check failed (npx tsc --noEmit -p .)');
if (run('npx', ['wxt', 'build']) !== 0) {
  console.error('build failed');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

let passed = 0;
let failed = typesFailed ? 1 : 0;
let exitCode = typesFailed ? 1 : 0;
for (const project of ['unit', 'browser']) {
  const report = path.join(tmp, `${project}-results.json`);
  rmSync(report, { force: true });
  const status = run('npx', [
    'vitest', 'run', '--config', 'tests/vitest.config.ts', '--project', project,
    '--reporter=default', '--reporter=json', `--outputFile.json=${report}`,
  ]);
  try {
    const results = JSON.parse(readFileSync(report, 'utf8'));
    passed += results.numPassedTests;
    failed += results.numFailedTests;
    if (results.numTotalTests === 0) failed += 1;
    // A suite that failed outside its tests (its set-up, say) fails no test itself: count it, so the line is honest.
    if (status !== 0 && results.numFailedTests === 0) failed += 1;
  } catch {
    // The suite did not even report (it crashed before running): count it as a failure.
    failed += 1;
  }
  if (status !== 0) exitCode = status;
}

console.log(`npm test took ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(exitCode !== 0 || failed > 0 ? 1 : 0);
