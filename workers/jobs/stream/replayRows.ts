/**
 * The analysis worker's side of a replay: the active dataset's rows in time order, handed out a
 * chunk at a time (the page forwards them to the stream worker; it never holds them all).
 */
import type { ReplayChunk, ReplayPlan } from '../../api/stream.ts';
import { fail, ok, type Result } from '../../core/errors/index.ts';
import {
  columnWithRole,
  datetimeColumn,
  parseTagsCell,
  requireTextColumn,
} from '../../core/schema/index.ts';
import { extractHashtags } from '../../core/text/hashtags.ts';
import {
  replayOrder,
  seekIndex,
  suggestUnit,
  type ReplayOrder,
} from '../../core/stream/replayOrder.ts';
import { chosenSentiment } from '../shared/chosenSentiment.ts';
import { cachedIn, requireDataset, type LoadedDataset } from '../shared/session.ts';

const MAX_CHUNK = 10_000;
const LANGUAGE = /^(lang|language|langs)$/i;

function orderOf(d: LoadedDataset): ReplayOrder {
  return cachedIn(d, 'stream:order', () => {
    const time = columnWithRole(d.schema, 'timestamp');
    return replayOrder(time ? datetimeColumn(d.table, time) : null, d.table.rowCount);
  });
}

/** The replay of the active dataset: rows in time order, its span and the window unit that suits it. */
export async function replayPlan(): Promise<Result<ReplayPlan>> {
  const r = await requireDataset();
  if (!r.ok) return r;
  const d = r.value;
  const text = requireTextColumn(d.schema, d.meta.fileName);
  if (!text.ok) return text;
  const time = columnWithRole(d.schema, 'timestamp');
  const o = orderOf(d);
  const rows = o.order.length;
  if (rows === 0)
    return fail(
      'TOO_FEW_ROWS',
      `No row of “${d.meta.name}” has a readable time in “${time?.name ?? ''}”, so there is nothing to replay.`,
      'Map another column to the role "timestamp", or none (rows then play in file order), in the Dataset view.',
    );
  const timed = time !== undefined;
  const startMs = timed ? o.times[0]! : NaN;
  const endMs = timed ? o.times[rows - 1]! : NaN;
  return ok({
    rows,
    sentimentSource: chosenClasses(d, text.value.name) ? 'classifier' : 'vader',
    timed,
    startMs,
    endMs,
    withoutTime: o.withoutTime,
    textColumn: text.value.name,
    hashtagColumn: columnWithRole(d.schema, 'hashtags')?.name ?? null,
    timeColumn: time?.name ?? null,
    suggestedUnit: timed ? suggestUnit(rows, endMs - startMs) : 'minute',
  });
}

/** Per row of the dataset, the classifier's class when the charts show it for `textColumn`; else null (VADER). */
function chosenClasses(d: LoadedDataset, textColumn: string): Uint8Array | null {
  const chosen = chosenSentiment(d);
  return chosen.source === 'classifier' && chosen.textColumn === textColumn ? chosen.classes : null;
}

/** Replay positions `from`..`from + limit` as columns, with the chosen source's classes when it is the classifier. */
export async function replayRows(
  from: number,
  limit: number,
  fields: readonly string[],
): Promise<Result<ReplayChunk>> {
  if (!(
    Number.isInteger(from) &&
    from >= 0 &&
    Number.isInteger(limit) &&
    limit >= 1 &&
    limit <= MAX_CHUNK
  )) {
    return fail(
      'INVALID_OPTIONS',
      `A replay chunk starts at a position ≥ 0 and holds 1 to ${MAX_CHUNK.toLocaleString('en-US')} rows (got ${from}, ${limit}).`,
    );
  }
  const r = await requireDataset();
  if (!r.ok) return r;
  const d = r.value;
  const text = requireTextColumn(d.schema, d.meta.fileName);
  if (!text.ok) return text;
  const o = orderOf(d);
  const rows = Array.from(o.order.subarray(from, Math.min(o.order.length, from + limit)));
  const cells = (index: number) => rows.map((row) => d.table.columns[index]![row]!);
  const tags = columnWithRole(d.schema, 'hashtags');
  const lang = d.schema.find((c) => LANGUAGE.test(c.name));
  const classes = chosenClasses(d, text.value.name);
  const named: Record<string, string[]> = {};
  for (const name of fields) {
    const column = d.schema.find((c) => c.name === name);
    if (column) named[name] = cells(column.index);
  }
  return ok({
    from,
    count: rows.length,
    texts: cells(text.value.index),
    hashtags: tags
      ? cells(tags.index).map((cell) => parseTagsCell(cell, tags.format.tags ?? 'hash-separated'))
      : cells(text.value.index).map(extractHashtags),
    times: o.times.slice(from, from + rows.length),
    langs: lang ? cells(lang.index).map((v) => v || null) : null,
    fields: named,
    ...(classes && { sentiment: Uint8Array.from(rows, (row) => classes[row]!) }),
  });
}

/** The position of the first post at or after `timeMs`. */
export async function replaySeek(timeMs: number): Promise<Result<{ index: number }>> {
  const r = await requireDataset();
  if (!r.ok) return r;
  return ok({ index: seekIndex(orderOf(r.value).times, timeMs) });
}
