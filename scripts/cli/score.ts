/**
 * `murmur score BUNDLE.json FILE`: scores every post of a CSV or Parquet file with a model bundle
 * exported from the Models view (or `murmur train --save`), exactly as the app's batch scoring does:
 * the input columns plus sentiment, cluster and predicted engagement. The scored file goes to
 * `--out` (CSV, or Parquet when OUT ends in .parquet; written whole or not at all), else CSV to stdout.
 * `--json` prints a summary instead:
 * `{ rows, parts, sentiment: { negative, neutral, positive }, classifier, clusters: { counts, none }, meanEngagement, notes, seconds }`.
 *
 * `--language` adds a `language` column (ISO 639-1, `unknown` when too short or mixed to tell), as
 * the app's download does.
 *
 * `--shard i/N` scores only the i-th of N disjoint row ranges (0 ≤ i < N) and writes, beside OUT,
 * `OUT.manifest.json`: the SHA-256 of the bundle and of the input, the shard and its rows, the
 * seconds taken and the tally `murmur aggregate` merges. `--reference` scores sentiment on the raw
 * text, exactly as vaderSentiment 3.3.2 (by default handles, links and RT prefixes are set aside
 * first, as the app does unless its reference switch is on). A damaged, changed (its SHA-256 checksum
 * does not match) or foreign bundle exits 1 with the reason on stderr.
 */
import {
  closeSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { checkBundleSize } from '../../workers/core/bundle/safeJson.ts';
import { readBundleText, type ReadBundle } from '../../workers/core/bundle/readBundleFile.ts';
import { scoreSource, type Shard } from '../../workers/core/bundle/scoreSource.ts';
import type { TableFormat } from '../../workers/core/csv/types.ts';
import { appError, fail, ok, type Result } from '../../workers/core/errors/index.ts';
import {
  MANIFEST_FORMAT,
  MANIFEST_VERSION,
  manifestPath,
  type ShardManifest,
} from '../../workers/core/shards/shardManifest.ts';
import {
  parseCommandArgs,
  writeFileWhole,
  reportError,
  usageError,
  type CliCommand,
} from './command.ts';
import { sha256Bytes, sha256File } from './fileHash.ts';
import { nodeByteSource } from './readTable.ts';

const USAGE =
  'npm run cli -- score BUNDLE.json FILE [--out OUT.csv|OUT.parquet] [--shard i/N] [--reference] [--language] [--json]';

/** The bundle file, size-checked before it is read, then checksum-verified and validated; with its bytes' SHA-256. */
async function readBundle(
  file: string,
): Promise<Result<ReadBundle & { sha256: string; bytes: number }>> {
  let bytes: number;
  try {
    bytes = statSync(file).size;
  } catch (e) {
    return fail(
      'FILE_UNREADABLE',
      `Cannot read the bundle "${file}": ${(e as { code?: string }).code === 'ENOENT' ? 'there is no such file' : String(e)}.`,
      'Check the path.',
    );
  }
  const size = checkBundleSize(bytes);
  if (!size.ok) return size;
  const raw = readFileSync(file);
  const read = await readBundleText(raw.toString('utf8'));
  return read.ok ? ok({ ...read.value, sha256: sha256Bytes(raw), bytes }) : read;
}

/** `i/N` as a shard, or null when it is not two integers. */
function parseShard(text: string): Shard | null {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  return m ? { index: Number(m[1]), count: Number(m[2]) } : null;
}

/** The format a file name asks for: Parquet for .parquet / .parq / .pq, else CSV. */
export function formatOfName(file: string): TableFormat {
  return /\.(parquet|parq|pq)$/i.test(file) ? 'parquet' : 'csv';
}

/** A file written through a temporary file beside it, renamed into place on `done` and removed on `abandon`. */
function wholeFileWriter(file: string) {
  const tmp = path.join(
    path.dirname(path.resolve(file)),
    `.${path.basename(file)}.${process.pid}.tmp`,
  );
  const fd = openSync(tmp, 'w');
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    write: (bytes: Uint8Array) => {
      writeSync(fd, bytes);
    },
    done: () => {
      close();
      renameSync(tmp, file);
    },
    abandon: () => {
      close();
      rmSync(tmp, { force: true });
    },
  };
}

/** A count as the CLI prints it: 9,774. */
const n = (count: number) => count.toLocaleString('en-US');

const cannotWrite = (file: string, e: unknown) =>
  reportError(
    appError(
      'FILE_UNREADABLE',
      `Cannot write ${file}: ${e instanceof Error ? e.message : String(e)}.`,
      'Check the folder exists and is writable.',
    ),
  );

export const command: CliCommand = async (args) => {
  const parsed = parseCommandArgs(
    args,
    {
      out: { type: 'string' },
      shard: { type: 'string' },
      reference: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      language: { type: 'boolean', default: false },
    },
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const [bundleFile, file, ...extra] = positionals;
  if (bundleFile === undefined || file === undefined)
    return usageError('score needs a BUNDLE.json and a FILE to score', USAGE);
  if (extra.length > 0) return usageError(`unexpected arguments: ${extra.join(' ')}`, USAGE);
  let shard: Shard | undefined;
  if (values.shard !== undefined) {
    const s = parseShard(values.shard);
    if (!s) return usageError(`--shard takes i/N (e.g. 0/4), not "${values.shard}"`, USAGE);
    if (s.count < 1 || s.index >= s.count)
      return usageError(
        `--shard ${values.shard}: shards are numbered 0 to N-1, so i must be below N (e.g. 0/4 … 3/4)`,
        USAGE,
      );
    if (!values.out)
      return usageError('--shard needs --out (the manifest is written beside the part)', USAGE);
    shard = s;
  }
  const output: TableFormat = values.out ? formatOfName(values.out) : 'csv';
  const started = performance.now();

  const bundle = await readBundle(bundleFile);
  if (!bundle.ok) return reportError(bundle.error);
  for (const note of bundle.value.notes) console.error(`murmur score: ${note}`);
  let source: ReturnType<typeof nodeByteSource>;
  try {
    source = nodeByteSource(file);
  } catch (e) {
    return reportError(
      appError(
        'FILE_UNREADABLE',
        `Cannot read "${file}": ${e instanceof Error ? e.message : String(e)}.`,
        'Check the path and that the file is readable.',
      ),
    );
  }
  let target: ReturnType<typeof wholeFileWriter> | null = null;
  if (values.out) {
    try {
      target = wholeFileWriter(values.out);
    } catch (e) {
      source.close();
      return cannotWrite(values.out, e);
    }
  }
  const streaming = output === 'parquet' && target !== null;
  let scored;
  try {
    scored = await scoreSource(bundle.value.loaded, source, {
      output,
      language: values.language,
      ...(values.reference ? { sentimentMode: 'reference' as const } : {}),
      ...(shard ? { shard } : {}),
      ...(streaming ? { emit: (b: Uint8Array) => target!.write(b) } : {}),
    });
  } catch (e) {
    target?.abandon();
    throw e;
  } finally {
    source.close();
  }
  if (!scored.ok) {
    target?.abandon();
    return reportError(scored.error);
  }
  const { parts, summary, range, tally } = scored.value;
  for (const note of summary.notes) console.error(`murmur score: ${note}`);
  if (shard && range.from === range.to)
    console.error(
      `murmur score: shard ${shard.index}/${shard.count} has no rows (the file has ${n(range.total)}); it writes an empty part so the aggregate knows it ran.`,
    );

  if (target && values.out) {
    try {
      if (!streaming)
        for (const p of parts) target.write(typeof p === 'string' ? Buffer.from(p) : p);
      target.done();
    } catch (e) {
      target.abandon();
      return cannotWrite(values.out, e);
    }
  }
  if (shard && values.out) {
    const inputHash = sha256File(file);
    const outputHash = sha256File(values.out);
    const seconds = (performance.now() - started) / 1000;
    const manifest: ShardManifest = {
      format: MANIFEST_FORMAT,
      version: MANIFEST_VERSION,
      bundle: { file: bundleFile, sha256: bundle.value.sha256, bytes: bundle.value.bytes },
      input: {
        file,
        sha256: inputHash,
        bytes: statSync(file).size,
        format: scored.value.input,
        rows: range.total,
      },
      shard: { index: shard.index, count: shard.count, from: range.from, to: range.to },
      output: {
        file: values.out,
        sha256: outputHash,
        bytes: statSync(values.out).size,
        format: output,
      },
      rows: range.to - range.from,
      seconds,
      context: {
        parts: summary.parts,
        classifier: summary.classifier !== null,
        notes: summary.notes,
      },
      tally,
    };
    try {
      writeFileWhole(manifestPath(values.out), `${JSON.stringify(manifest, null, 2)}\n`);
    } catch (e) {
      return cannotWrite(manifestPath(values.out), e);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  if (values.json) {
    console.log(JSON.stringify({ ...summary, seconds }, null, 2));
  } else if (!values.out) {
    for (const part of parts) process.stdout.write(part);
  } else {
    console.error(
      `murmur score: ${n(summary.rows)} posts scored (${summary.parts.join(', ')}) to ${values.out}${shard ? ` (shard ${shard.index}/${shard.count}, ${range.from === range.to ? 'no rows' : `rows ${n(range.from)}–${n(range.to - 1)}`} of ${n(range.total)}; manifest ${manifestPath(values.out)})` : ''}`,
    );
  }
  return 0;
};
