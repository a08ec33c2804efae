/**
 * `murmur aggregate SCORED...`: the summary of a file scored in shards, from the parts the shards
 * wrote (each with its `.manifest.json` beside it): exactly what `murmur score --json` prints for
 * the whole file in one process, `seconds` being the parts' seconds added. Refuses, naming the
 * parts, parts from different bundles or inputs, CSV and Parquet parts together, overlapping parts,
 * missing rows or shards, and a part whose bytes changed since its manifest was written.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fail, ok, type Result } from '../../workers/core/errors/index.ts';
import { combineParts, type Part } from '../../workers/core/shards/combineParts.ts';
import { manifestPath, readManifest } from '../../workers/core/shards/shardManifest.ts';
import { parseCommandArgs, reportError, usageError, type CliCommand } from './command.ts';
import { sha256File } from './fileHash.ts';

const USAGE = 'npm run cli -- aggregate SCORED... [--json]';

/** A part from its path (the scored file, or its manifest), its manifest checked against its bytes. */
function readPart(arg: string): Result<Part> {
  const isManifest = arg.endsWith('.manifest.json');
  const manifestFile = isManifest ? arg : manifestPath(arg);
  let text: string;
  try {
    text = readFileSync(manifestFile, 'utf8');
  } catch {
    return fail(
      'PART_INVALID',
      `${arg} has no manifest (${manifestFile} cannot be read).`,
      'Give the parts that `npm run cli -- score … --shard i/N --out PART` wrote; each writes PART.manifest.json beside it.',
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return fail(
      'PART_INVALID',
      `${manifestFile} is not JSON (${e instanceof Error ? e.message : String(e)}).`,
      'The manifest may have been cut short: score that shard again.',
    );
  }
  const manifest = readManifest(json, manifestFile);
  if (!manifest.ok) return manifest;
  const scored = isManifest
    ? path.join(path.dirname(arg), path.basename(manifest.value.output.file))
    : arg;
  let hash: string;
  try {
    hash = sha256File(scored);
  } catch {
    return fail(
      'PART_INVALID',
      `The scored part ${scored} named by ${manifestFile} cannot be read.`,
      'Keep each part beside its manifest, or score that shard again.',
    );
  }
  if (hash !== manifest.value.output.sha256)
    return fail(
      'PART_INVALID',
      `${scored} is not the file its manifest describes (its SHA-256 differs): it changed after shard ${manifest.value.shard.index}/${manifest.value.shard.count} wrote it.`,
      'Score that shard again so its part and manifest match.',
    );
  return ok({ label: scored, manifest: manifest.value });
}

export const command: CliCommand = async (args) => {
  const parsed = parseCommandArgs(args, { json: { type: 'boolean', default: false } }, USAGE);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length === 0)
    return usageError('aggregate needs the scored parts (e.g. scored-*.parquet)', USAGE);
  const parts: Part[] = [];
  for (const arg of positionals) {
    const part = readPart(arg);
    if (!part.ok) return reportError(part.error);
    parts.push(part.value);
  }
  const combined = combineParts(parts);
  if (!combined.ok) return reportError(combined.error);
  const { summary, seconds } = combined.value;
  if (values.json) {
    console.log(JSON.stringify({ ...summary, seconds }, null, 2));
    return 0;
  }
  const fmt = (n: number) => n.toLocaleString('en-US');
  const lines = [
    `${fmt(summary.rows)} posts in ${parts.length} parts (${summary.parts.join(', ')}), ${seconds.toFixed(1)} s of scoring`,
  ];
  if (summary.sentiment)
    lines.push(
      `sentiment: ${fmt(summary.sentiment.positive)} positive, ${fmt(summary.sentiment.neutral)} neutral, ${fmt(summary.sentiment.negative)} negative`,
    );
  if (summary.classifier)
    lines.push(
      `classifier: ${fmt(summary.classifier.positive)} positive, ${fmt(summary.classifier.neutral)} neutral, ${fmt(summary.classifier.negative)} negative`,
    );
  if (summary.clusters)
    lines.push(
      `topics: ${summary.clusters.counts.map((c, i) => `${i + 1}: ${fmt(c)}`).join(', ')}; no known term: ${fmt(summary.clusters.none)}`,
    );
  if (summary.meanEngagement !== null)
    lines.push(`mean predicted engagement: ${summary.meanEngagement}`);
  for (const note of summary.notes) lines.push(`note: ${note}`);
  console.log(lines.join('\n'));
  return 0;
};
