/**
 * Headers glued to the first record: some scraper exports write the header and the first record on
 * one line, the last column name running into the first value
 * (`…;id;permalinkRealDonaldTrump;2016-07-15 20:37;…`).
 */
import { appError, type AppError } from '../errors/index.ts';
import { modeOf } from './sampleRecords.ts';

/** How to cut the first line into the header and the first record. */
export interface GluedHeader {
  /** Fields of the header (and of most records); the first line holds more. */
  readonly width: number;
  /** The glued field's header part is `field.slice(0, splitAt)`, the first value `field.slice(splitAt)`. */
  readonly splitAt: number;
  /** The glued field as written, for the warning. */
  readonly glued: string;
}

/** Column names that end a header in the exports known to glue it (GetOldTweets and similar). */
const KNOWN_LAST_NAMES = [
  'permalink',
  'url',
  'link',
  'id',
  'text',
  'hashtags',
  'mentions',
  'geo',
  'date',
  'username',
  'favorites',
  'retweets',
  'likes',
  'shares',
  'replies',
  'source',
  'lang',
  'location',
];

/**
 * Null when the header stands on its own line; a GluedHeader when the first line holds 2 × w − 1 fields
 * (or more than w, the extra ones reading as data) while the records hold w, and the glued field can be
 * cut unambiguously; a CSV_GLUED_HEADER error when the first line plainly runs into data but cannot be cut.
 */
export function detectGluedHeader(records: readonly string[][]): GluedHeader | AppError | null {
  if (records.length < 3) return null;
  const header = records[0]!;
  const body = records.slice(1);
  const { value: width, share } = modeOf(body.map((r) => r.length));
  if (width < 2 || share < 0.8 || header.length <= width) return null;
  // 2 × width − 1 fields is the exact signature; otherwise the first record is ragged too, and only
  // fields that read as data (numbers, dates, long text) past the header's width betray the glue.
  const looksLikeData = header.slice(width).some((v) => /^\s*\d/.test(v) || v.length > 40);
  if (header.length !== 2 * width - 1 && !looksLikeData) return null;
  const glued = header[width - 1]!;
  const splitAt = splitGluedField(
    glued,
    body.map((r) => r[0] ?? ''),
  );
  if (splitAt === null)
    return gluedError(
      header.length,
      width,
      glued,
      'where the column name ends and the first value begins cannot be told',
    );
  return { width, splitAt, glued };
}

/**
 * Where the header name ends in `glued`: before the longest suffix equal to a value of the first column
 * elsewhere (usernames repeat), else after a known last column name, else at the only lower-to-upper-case
 * or letter-to-digit change. Null when none of these is unambiguous.
 */
export function splitGluedField(glued: string, firstColumn: readonly string[]): number | null {
  const seen = new Set(firstColumn.map((v) => v.trim().toLowerCase()));
  for (let k = 1; k < glued.length; k++)
    if (seen.has(glued.slice(k).trim().toLowerCase())) return k;
  const lower = glued.toLowerCase();
  const known = KNOWN_LAST_NAMES.filter(
    (name) => lower.startsWith(name) && lower.length > name.length,
  );
  if (known.length === 1) return known[0]!.length;
  const changes: number[] = [];
  for (let k = 1; k < glued.length; k++) {
    const a = glued[k - 1]!;
    const b = glued[k]!;
    if ((/\p{Ll}/u.test(a) && /\p{Lu}/u.test(b)) || (/\p{L}/u.test(a) && /\d/.test(b)))
      changes.push(k);
  }
  return changes.length === 1 ? changes[0]! : null;
}

function gluedError(fields: number, width: number, glued: string, why: string | null): AppError {
  const seen = `The first line has ${fields} fields but the other lines have ${width}: the header seems to run straight into the first record (the column name "${glued.slice(0, 60)}" looks like a name and a value glued together)`;
  return appError(
    'CSV_GLUED_HEADER',
    why === null ? `${seen}.` : `${seen}, and ${why}.`,
    'Open the file in a text editor, put a line break between the last column name and the first value, save, and import it again.',
  );
}
