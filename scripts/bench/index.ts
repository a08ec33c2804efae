/**
 * `npm run bench [-- --only a,b] [--quick]`: measures each capability in Node and in headless
 * Chromium, side by side with the reference where one exists, and prints one JSON report.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_OUT, type BenchSection } from './section.ts';

const sections: Record<string, () => Promise<{ bench: BenchSection }>> = {
  import: () => import('./importBench.ts'),
  sentiment: () => import('./sentimentBench.ts'),
  topics: () => import('./topicsBench.ts'),
  forest: () => import('./forestBench.ts'),
  stream: () => import('./streamBench.ts'),
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { only: { type: 'string' }, quick: { type: 'boolean', default: false } },
  });
  const wanted = values.only ? values.only.split(',') : Object.keys(sections);
  const report: Record<string, unknown> = {
    machine: {
      node: process.version,
      platform: process.platform,
      cpus: (await import('node:os')).cpus().length,
    },
    startedAt: new Date().toISOString(),
  };
  for (const name of wanted) {
    const load = sections[name];
    if (!load) {
      console.error(`bench: unknown section ${name}; known: ${Object.keys(sections).join(', ')}`);
      process.exitCode = 2;
      return;
    }
    console.error(`bench: ${name} …`);
    const t0 = performance.now();
    try {
      const { bench } = await load();
      report[name] = await bench({
        quick: values.quick ?? false,
        log: (m) => console.error(`  ${name}: ${m}`),
      });
    } catch (e) {
      report[name] = { error: e instanceof Error ? e.message : String(e) };
      process.exitCode = 1;
    }
    console.error(`bench: ${name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  const { removeBenchBuild } = await import('./browser.ts');
  removeBenchBuild();
  const json = JSON.stringify(report, null, 2);
  mkdirSync(BENCH_OUT, { recursive: true });
  writeFileSync(path.join(BENCH_OUT, `bench-${Date.now()}.json`), json);
  console.log(json);
}

void main();
