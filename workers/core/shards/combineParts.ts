/**
 * Combining scored parts into the summary of the whole input: refused, with the parts named, when
 * they come from different bundles or inputs, mix CSV and Parquet, overlap, or leave rows or shards
 * out. Otherwise their tallies are merged, which gives exactly the summary one process prints.
 */
import { mergeTallies, summaryOf, type ScoreSummary } from '../bundle/scoreTally.ts';
import { fail, ok, type Result } from '../errors/index.ts';
import type { ShardManifest } from './shardManifest.ts';

export interface Part {
  /** How the part is named to the person (its path). */
  readonly label: string;
  readonly manifest: ShardManifest;
}

export interface Combined {
  readonly summary: ScoreSummary;
  /** The parts' own seconds, added: the processing time of the whole input. */
  readonly seconds: number;
  readonly parts: number;
}

const FORMAT_NAME = { csv: 'CSV', parquet: 'Parquet' } as const;
const fmt = (n: number) => n.toLocaleString('en-US');
const shardName = (m: ShardManifest) => `shard ${m.shard.index}/${m.shard.count}`;
const rowsName = (from: number, to: number) =>
  to - from === 1 ? `row ${fmt(from)}` : `rows ${fmt(from)}–${fmt(to - 1)}`;
const short = (hash: string) => hash.slice(0, 12);

function listed(parts: readonly Part[]): string {
  const names = parts.map((p) => p.label);
  return names.length <= 3
    ? names.join(', ')
    : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}

/** Groups of parts by `key`, in order of first appearance. */
function groups(parts: readonly Part[], key: (p: Part) => string): Map<string, Part[]> {
  const out = new Map<string, Part[]>();
  for (const p of parts) {
    const k = key(p);
    out.set(k, [...(out.get(k) ?? []), p]);
  }
  return out;
}

/**
 * The summary of all the parts together. Fails with PARTS_MIXED_FORMATS, PARTS_DIFFERENT_SOURCES
 * (bundles, inputs, or what was scored), PARTS_OVERLAP or PARTS_MISSING, naming the parts.
 */
export function combineParts(parts: readonly Part[]): Result<Combined> {
  if (parts.length === 0)
    return fail('INVALID_OPTIONS', 'No scored parts were given.', 'Give every part a shard wrote.');

  const formats = groups(parts, (p) => p.manifest.output.format);
  if (formats.size > 1)
    return fail(
      'PARTS_MIXED_FORMATS',
      `The parts mix formats: ${[...formats]
        .map(
          ([f, ps]) =>
            `${listed(ps)} ${ps.length === 1 ? 'is' : 'are'} ${FORMAT_NAME[f as 'csv' | 'parquet']}`,
        )
        .join('; ')}.`,
      'Score every shard to the same format (all --out *.csv or all --out *.parquet), then aggregate them.',
    );

  const bundles = groups(parts, (p) => p.manifest.bundle.sha256);
  if (bundles.size > 1)
    return fail(
      'PARTS_DIFFERENT_SOURCES',
      `The parts were scored with different model bundles: ${[...bundles]
        .map(([h, ps]) => `${listed(ps)} with ${ps[0]!.manifest.bundle.file} (sha256 ${short(h)}…)`)
        .join('; ')}.`,
      'Score every shard with the same bundle file; rescore the parts made with another one.',
    );
  const inputs = groups(parts, (p) => p.manifest.input.sha256);
  if (inputs.size > 1)
    return fail(
      'PARTS_DIFFERENT_SOURCES',
      `The parts come from different input files: ${[...inputs]
        .map(([h, ps]) => `${listed(ps)} from ${ps[0]!.manifest.input.file} (sha256 ${short(h)}…)`)
        .join('; ')}.`,
      'Aggregate the parts of one input at a time.',
    );
  const contexts = groups(parts, (p) => JSON.stringify(p.manifest.context));
  if (contexts.size > 1)
    return fail(
      'PARTS_DIFFERENT_SOURCES',
      `The parts did not score the same things: ${[...contexts]
        .map(([, ps]) => {
          const { parts: scored, notes } = ps[0]!.manifest.context;
          return `${listed(ps)} scored ${scored.join(', ')}${notes.length > 0 ? ` (${notes.join(' ')})` : ''}`;
        })
        .join('; ')}.`,
      'Score every shard with the same version of Murmur.',
    );

  const sorted = [...parts].sort(
    (a, b) =>
      a.manifest.shard.from - b.manifest.shard.from ||
      a.manifest.shard.to - b.manifest.shard.to ||
      a.manifest.shard.index - b.manifest.shard.index,
  );
  // the same shard twice, even an empty one, is an overlap
  const byShard = groups(sorted, (p) => `${p.manifest.shard.index}/${p.manifest.shard.count}`);
  for (const [, ps] of byShard)
    if (ps.length > 1)
      return fail(
        'PARTS_OVERLAP',
        `${listed(ps)} are the same part (${shardName(ps[0]!.manifest)}, ${rowsName(ps[0]!.manifest.shard.from, ps[0]!.manifest.shard.to)}).`,
        'Give each shard once.',
      );
  const total = parts[0]!.manifest.input.rows;
  let covered = 0;
  let previous: Part | null = null;
  for (const p of sorted) {
    const { from, to } = p.manifest.shard;
    if (from === to) continue;
    if (from < covered && previous)
      return fail(
        'PARTS_OVERLAP',
        `${previous.label} (${shardName(previous.manifest)}, ${rowsName(previous.manifest.shard.from, previous.manifest.shard.to)}) and ${p.label} (${shardName(p.manifest)}, ${rowsName(from, to)}) overlap: ${rowsName(from, Math.min(covered, to))} would be counted twice.`,
        'Give parts of one split (the same N in --shard i/N), each once.',
      );
    if (from > covered)
      return fail(
        'PARTS_MISSING',
        `${rowsName(covered, from)} of ${fmt(total)} are in no part given${missingShards(parts)}.`,
        'Score the missing shards (or find their files), then aggregate all the parts.',
      );
    covered = to;
    previous = p;
  }
  if (covered < total)
    return fail(
      'PARTS_MISSING',
      `${rowsName(covered, total)} of ${fmt(total)} are in no part given${missingShards(parts)}.`,
      'Score the missing shards (or find their files), then aggregate all the parts.',
    );
  const absent = missingShards(parts);
  if (absent)
    return fail(
      'PARTS_MISSING',
      `Every row is covered but a shard is missing${absent}.`,
      'A shard with no rows still writes its part; find it, or score it again.',
    );

  const merged = mergeTallies(parts.map((p) => p.manifest.tally));
  return ok({
    summary: summaryOf(merged, parts[0]!.manifest.context),
    seconds: parts.reduce((a, p) => a + p.manifest.seconds, 0),
    parts: parts.length,
  });
}

/** `: shard 1/4 and 3/4 were not given` for a split whose parts all share N, else ''. */
function missingShards(parts: readonly Part[]): string {
  const counts = new Set(parts.map((p) => p.manifest.shard.count));
  if (counts.size !== 1) return '';
  const n = [...counts][0]!;
  const have = new Set(parts.map((p) => p.manifest.shard.index));
  const absent = Array.from({ length: n }, (_, i) => i).filter((i) => !have.has(i));
  if (absent.length === 0) return '';
  const names = absent.slice(0, 8).map((i) => `${i}/${n}`);
  const more = absent.length > 8 ? ` and ${absent.length - 8} more` : '';
  return ` (shard${absent.length === 1 ? '' : 's'} ${names.join(', ')}${more} not given)`;
}
