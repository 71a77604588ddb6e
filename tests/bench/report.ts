/** The bench's results: a JSON file under tests/.tmp and the table in BENCHMARKS.md. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Measure {
  area: string;
  name: string;
  unit: string;
  /** One value, or the median and p95 of repeated samples. */
  value?: number;
  median?: number;
  p95?: number;
  samples?: number;
  /** e.g. "≤ 50 ms p95"; `pass` is decided by the bench that knows which figure the target is on. */
  target?: string;
  pass?: boolean;
  how: string;
}

export function stats(samples: number[]): { median: number; p95: number; samples: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95), samples: samples.length };
}

const fmt = (value: number | undefined, unit: string) =>
  value === undefined ? '' : `${value >= 100 ? Math.round(value).toLocaleString('en') : value.toFixed(value >= 10 ? 1 : 2)} ${unit}`;

export interface Environment {
  date: string;
  machine: string;
  chromium: string;
  node: string;
  extensionVersion: string;
  dataSizes: Record<string, number>;
  generatedSeconds?: number;
  notes: string[];
}

export function environment(chromium: string, extensionVersion: string, dataSizes: Record<string, number>, notes: string[]): Environment {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.type()} ${os.release()}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} at the end of the run`,
    chromium,
    node: process.version,
    extensionVersion,
    dataSizes,
    notes,
  };
}

const ANALYSIS_MARKER = '<!-- analysis: kept across runs -->';

export function writeResults(file: string, markdownFile: string, env: Environment, measures: Measure[]): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ ...env, measures }, null, 2));
  const rows = measures.map((m) =>
    [
      m.area,
      m.name,
      m.median !== undefined ? fmt(m.median, m.unit) : fmt(m.value, m.unit),
      m.p95 !== undefined ? fmt(m.p95, m.unit) : '',
      m.samples ?? '',
      m.target ?? '',
      m.pass === undefined ? '' : m.pass ? 'pass' : '**miss**',
    ].join(' | '),
  );
  const how = measures.map((m) => `- **${m.name}**: ${m.how}`);
  // The hand-written analysis below the marker survives a new run.
  const previous = existsSync(markdownFile) ? readFileSync(markdownFile, 'utf8') : '';
  const analysis = previous.includes(ANALYSIS_MARKER) ? previous.slice(previous.indexOf(ANALYSIS_MARKER)) : `${ANALYSIS_MARKER}\n`;
  writeFileSync(
    markdownFile,
    [
      '# Benchmarks',
      '',
      'Written by `npm run bench` (tests/bench/run.ts); the full figures are in `tests/.tmp/bench-results.json`.',
      '',
      `- Date: ${env.date}`,
      `- Machine: ${env.machine}`,
      `- Browser: ${env.chromium} (headless); Node ${env.node}; extension ${env.extensionVersion}`,
      `- Data in the extension's IndexedDB: ${Object.entries(env.dataSizes).map(([table, count]) => `${count.toLocaleString('en')} ${table}`).join(', ')}`,
      ...(env.generatedSeconds !== undefined ? [`- Generating and writing the base took ${env.generatedSeconds.toFixed(0)} s (cached for later runs)`] : []),
      ...env.notes.map((note) => `- ${note}`),
      '',
      '| area | measure | median (or value) | p95 | runs | target | |',
      '|---|---|---|---|---|---|---|',
      ...rows.map((row) => `| ${row} |`),
      '',
      '## How each figure is measured',
      '',
      ...how,
      '',
      analysis,
    ].join('\n'),
  );
}
