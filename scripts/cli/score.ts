/**
 * `murmur score BUNDLE.json FILE`: scores every post of a CSV file with a model bundle exported
 * from the Models view (or `murmur train --save`), exactly as the app's batch scoring does: the
 * input columns plus sentiment, cluster and predicted engagement. The CSV goes to `--out` (written
 * whole or not at all), else to stdout. `--json` prints a summary instead:
 * `{ rows, parts, sentiment: { negative, neutral, positive }, classifier, clusters: { counts, none }, meanEngagement, notes, seconds }`.
 * `--reference` scores sentiment on the raw text, exactly as vaderSentiment 3.3.2 (by default,
 * handles, links and RT prefixes are set aside first, as the app does unless its reference switch
 * is on). A damaged or foreign bundle exits 1 with the reason on stderr.
 */
import { readFileSync, statSync } from 'node:fs';
import { checkBundleSize, parseBundleJson } from '../../workers/core/bundle/safeJson.ts';
import { loadBundle } from '../../workers/core/bundle/loadBundle.ts';
import { scoreCsvSource } from '../../workers/core/bundle/scoreCsvSource.ts';
import { appError, type Result } from '../../workers/core/errors/index.ts';
import type { LoadedBundle } from '../../workers/core/bundle/loadBundle.ts';
import {
  parseCommandArgs,
  writeFileWhole,
  reportError,
  usageError,
  type CliCommand,
} from './command.ts';
import { nodeByteSource } from './readTable.ts';

const USAGE = 'npm run cli -- score BUNDLE.json FILE [--reference] [--out OUT.csv] [--json]';

/** The bundle file, size-checked before it is read, parsed and validated. */
function readBundle(file: string): Result<LoadedBundle> {
  let bytes: number;
  try {
    bytes = statSync(file).size;
  } catch (e) {
    return {
      ok: false,
      error: appError(
        'FILE_UNREADABLE',
        `Cannot read the bundle "${file}": ${(e as { code?: string }).code === 'ENOENT' ? 'there is no such file' : String(e)}.`,
        'Check the path.',
      ),
    };
  }
  const size = checkBundleSize(bytes);
  if (!size.ok) return size;
  const json = parseBundleJson(readFileSync(file, 'utf8'));
  return json.ok ? loadBundle(json.value) : json;
}

export const command: CliCommand = async (args) => {
  const parsed = parseCommandArgs(
    args,
    {
      out: { type: 'string' },
      reference: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const [bundleFile, file, ...extra] = positionals;
  if (bundleFile === undefined || file === undefined)
    return usageError('score needs a BUNDLE.json and a FILE to score', USAGE);
  if (extra.length > 0) return usageError(`unexpected arguments: ${extra.join(' ')}`, USAGE);
  const started = performance.now();

  const loaded = readBundle(bundleFile);
  if (!loaded.ok) return reportError(loaded.error);
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
  let scored;
  try {
    scored = await scoreCsvSource(
      loaded.value,
      source,
      values.reference ? { sentimentMode: 'reference' } : {},
    );
  } finally {
    source.close();
  }
  if (!scored.ok) return reportError(scored.error);
  const { parts, summary } = scored.value;
  for (const note of summary.notes) console.error(`murmur score: ${note}`);

  if (values.out) {
    try {
      writeFileWhole(values.out, parts.join(''));
    } catch (e) {
      return reportError(
        appError(
          'FILE_UNREADABLE',
          `Cannot write ${values.out}: ${e instanceof Error ? e.message : String(e)}.`,
          'Check the folder exists and is writable.',
        ),
      );
    }
  }
  if (values.json) {
    console.log(
      JSON.stringify({ ...summary, seconds: (performance.now() - started) / 1000 }, null, 2),
    );
  } else if (!values.out) {
    for (const part of parts) process.stdout.write(part);
  } else {
    console.error(
      `murmur score: ${summary.rows.toLocaleString('en-US')} posts scored (${summary.parts.join(', ')}) to ${values.out}`,
    );
  }
  return 0;
};
