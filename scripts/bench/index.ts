/**
 * `npm run bench [-- --only a,b] [--quick]`: measures each capability in Node and in headless
 * Chromium, side by side with the reference where one exists, and prints one JSON report. Figures
 * with a budget are checked: a table of them ends the run (on stderr), and a missed budget, like a
 * section that fails, makes the exit code non-zero.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { budgetTable, withinBudget, type BudgetCheck } from './budgets.ts';
import { BENCH_OUT, type BenchSection } from './section.ts';

const sections: Record<string, () => Promise<{ bench: BenchSection }>> = {
  import: () => import('./importBench.ts'),
  sentiment: () => import('./sentimentBench.ts'),
  topics: () => import('./topicsBench.ts'),
  forest: () => import('./forestBench.ts'),
  stream: () => import('./streamBench.ts'),
  perf: () => import('./perfBench.ts'),
  shards: () => import('./shardsBench.ts'),
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { only: { type: 'string' }, quick: { type: 'boolean', default: false } },
  });
  const wanted = values.only ? values.only.split(',') : Object.keys(sections);
  const unknown = wanted.filter((name) => !sections[name]);
  if (unknown.length > 0) {
    console.error(
      `bench: unknown section ${unknown.join(', ')}; known: ${Object.keys(sections).join(', ')}`,
    );
    process.exitCode = 2;
    return;
  }
  const report: Record<string, unknown> = {
    machine: {
      node: process.version,
      platform: process.platform,
      cpus: (await import('node:os')).cpus().length,
    },
    startedAt: new Date().toISOString(),
  };
  const budgets: BudgetCheck[] = [];
  const failed: string[] = [];
  for (const name of wanted) {
    console.error(`bench: ${name} …`);
    const t0 = performance.now();
    const log = (m: string) => console.error(`  ${name}: ${m}`);
    try {
      const { bench } = await sections[name]!();
      report[name] = await bench({
        quick: values.quick ?? false,
        log,
        budget: (b) => {
          const check = { section: name, ...b, ok: withinBudget(b) };
          budgets.push(check);
          log(`budget ${check.ok ? 'kept' : 'MISSED'}: ${b.name} = ${b.value} ${b.unit}`);
        },
      });
    } catch (e) {
      report[name] = { error: e instanceof Error ? e.message : String(e) };
      failed.push(name);
    }
    console.error(`bench: ${name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  const { removeBenchBuild } = await import('./browser.ts');
  removeBenchBuild();
  report.budgets = budgets;
  const json = JSON.stringify(report, null, 2);
  mkdirSync(BENCH_OUT, { recursive: true });
  writeFileSync(path.join(BENCH_OUT, `bench-${Date.now()}.json`), json);
  console.log(json);
  console.error(`\nbench: budgets\n${budgetTable(budgets)}`);
  if (failed.length > 0) console.error(`bench: sections that failed: ${failed.join(', ')}`);
  if (failed.length > 0 || budgets.some((b) => !b.ok)) process.exitCode = 1;
}

void main();
