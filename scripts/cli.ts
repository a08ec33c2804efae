#!/usr/bin/env -S npx tsx
/**
 * The `murmur` command line: the same workers/core functions the app runs, from Node.
 * Usage: npm run cli -- <command> [options]. Each command lives in scripts/cli/<command>.ts.
 */
import type { CliCommand } from './cli/command.ts';

const commands: Record<string, () => Promise<{ command: CliCommand }>> = {
  profile: () => import('./cli/profile.ts'),
  sentiment: () => import('./cli/sentiment.ts'),
  topics: () => import('./cli/topics.ts'),
  train: () => import('./cli/train.ts'),
  forest: () => import('./cli/forest.ts'),
  score: () => import('./cli/score.ts'),
  aggregate: () => import('./cli/aggregate.ts'),
  convert: () => import('./cli/convert.ts'),
};

function usage(): string {
  return [
    'usage: npm run cli -- <command> [options]',
    '',
    'commands:',
    '  profile FILE [--json]                      delimiter, encoding, rows, column types and roles',
    '  sentiment FILE [--text COL] [--label COL] [--map VALUE=class,...] [--out OUT.csv] [--json]',
    '  topics FILE [--k 2..12] [--seed N] [--text-terms] [--out labels.csv] [--json]',
    '  train FILE --target COL [--log1p] [--grid quick|default] [--folds 5] [--seed N] [--save bundle.json] [--json]',
    '  forest MATRIX.csv --target COL [--split-column split] [--exclude a,b] [--trees N] [--max-depth D]',
    '         [--max-features sqrt|F] [--min-samples-leaf N] [--seed N] [--json]',
    '  score BUNDLE.json FILE [--out OUT.csv|OUT.parquet] [--shard i/N] [--json]',
    '  aggregate SCORED... [--json]               the summary of parts scored with --shard, as one process prints it',
    '  convert IN OUT                             CSV <-> Parquet, by the extension of OUT',
    '',
    'FILE may be CSV or Parquet in every command.',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    console.log(usage());
    return name === undefined ? 2 : 0;
  }
  const load = commands[name];
  if (!load) {
    console.error(`murmur: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  let mod: { command: CliCommand };
  try {
    mod = await load();
  } catch (e) {
    console.error(
      `murmur: the "${name}" command is not available in this build (${e instanceof Error ? e.message : String(e)})`,
    );
    return 2;
  }
  return mod.command(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`murmur: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exitCode = 1;
  },
);
