/**
 * Synthetic post exports with the mess real ones have: emoji, quotes, commas and line breaks inside
 * text, Python-list hashtags, padded cells, counts written as floats, empty cells. Deterministic for a
 * seed, generated in batches so 1M-row files can be made on the fly (nothing large is committed).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { createRng, type Rng } from '../../../workers/core/random/rng.ts';

export type MessyDelimiter = ',' | ';' | '\t' | '|';
export type MessyEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'windows-1252';

export interface MessyCsvOptions {
  /** Data rows (the header comes on top). */
  readonly rows: number;
  readonly seed: number;
  /** Default ','. */
  readonly delimiter?: MessyDelimiter;
  /** Default 'utf-8'. 'windows-1252' writes accented Latin text and no emoji, which that encoding cannot hold. */
  readonly encoding?: MessyEncoding;
}

/** The columns, in the layout of a Kaggle tweet export (vaccination_tweets.csv). */
export const MESSY_HEADER = [
  'id',
  'user_name',
  'user_location',
  'user_followers',
  'date',
  'text',
  'hashtags',
  'source',
  'retweets',
  'favorites',
  'is_retweet',
] as const;

const ROWS_PER_BATCH = 5000;
const WORDS =
  'the vaccine dose today finally got my second shot arm sore but feeling fine grateful for nurses science works long queue at the centre side effects were mild please get vaccinated news update cases rising booster week'.split(
    ' ',
  );
const LATIN_WORDS =
  'café vacuna dosis mañana très bien été über grüße señora naïve piñata ação coração déjà vu jalapeño crème brûlée'.split(
    ' ',
  );
const EMOJI = ['💉', '😷', '🙏', '💪', '❤️', '😂', '🎉', '👩‍⚕️', '🇬🇧', '✅'];
const TAGS = [
  'PfizerBioNTech',
  'COVID19',
  'vaccine',
  'CovidVaccine',
  'Pfizer',
  'Moderna',
  'vaccination',
  'StaySafe',
  'GetVaccinated',
  'AstraZeneca',
  'coronavirus',
  'Booster',
];
const NAMES = [
  'Rachel Roh',
  'Albert Fong',
  'eli',
  'Charles Adler',
  'Citizen News Channel',
  'Dee',
  'Gunther Fehlinger',
  'Dr. "Vax" Smith',
  'Ana, RN',
  'Mike',
];
const LOCATIONS = [
  'London, England',
  'Malaysia',
  'India',
  'Canada',
  'New York, NY',
  'Dubai, United Arab Emirates',
  'Berlin',
  'Your Bed',
  '',
];
const SOURCES = [
  'Twitter for iPhone',
  'Twitter Web App',
  'Twitter for Android',
  'TweetDeck',
  'Instagram',
  'Hootsuite Inc.',
];
const START = Date.UTC(2020, 11, 12);
const SPAN = Date.UTC(2021, 7, 3) - START;

/** The whole file in memory. For the 1M-row file (~170 MB) prefer `writeMessyCsv`. */
export function generateMessyCsv(options: MessyCsvOptions): Uint8Array {
  const parts = [...batches(options)];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Write the file to `path` batch by batch; returns its size in bytes. */
export function writeMessyCsv(path: string, options: MessyCsvOptions): number {
  const fd = openSync(path, 'w');
  let bytes = 0;
  try {
    for (const part of batches(options)) {
      writeSync(fd, part);
      bytes += part.length;
    }
  } finally {
    closeSync(fd);
  }
  return bytes;
}

function* batches(options: MessyCsvOptions): Generator<Uint8Array> {
  const delimiter = options.delimiter ?? ',';
  const encoding = options.encoding ?? 'utf-8';
  const rng = createRng(options.seed);
  const latin = encoding === 'windows-1252';
  if (encoding === 'utf-8-bom') yield new Uint8Array([0xef, 0xbb, 0xbf]);
  if (encoding === 'utf-16le') yield new Uint8Array([0xff, 0xfe]);
  let text = MESSY_HEADER.join(delimiter) + '\n';
  for (let r = 0; r < options.rows; r++) {
    text += row(rng, r, delimiter, latin).join(delimiter) + '\n';
    if ((r + 1) % ROWS_PER_BATCH === 0) {
      yield encode(text, encoding);
      text = '';
    }
  }
  if (text !== '') yield encode(text, encoding);
}

function row(rng: Rng, r: number, delimiter: string, latin: boolean): string[] {
  const tags = [...new Set(Array.from({ length: rng.int(4) }, () => pick(rng, TAGS)))];
  const retweets = Math.floor(Math.exp(rng.normal() * 1.5) - 0.5);
  const favorites = Math.max(0, 2 * retweets + rng.int(5));
  const followers = Math.floor(Math.exp(6 + rng.normal() * 2));
  const date = new Date(START + Math.floor(rng.next() * SPAN))
    .toISOString()
    .slice(0, 19)
    .replace('T', ' ');
  return [
    String(1_337_000_000_000_000_000n + BigInt(r) * 7919n),
    pad(rng, latin ? pick(rng, LATIN_WORDS) : pick(rng, NAMES)),
    pad(rng, pick(rng, LOCATIONS)),
    String(followers),
    date,
    postText(rng, tags, latin),
    tags.length === 0 ? '' : `[${tags.map((t) => `'${t}'`).join(', ')}]`,
    pad(rng, pick(rng, SOURCES)),
    String(Math.max(0, retweets)),
    rng.next() < 0.1 ? `${favorites}.0` : String(favorites),
    rng.next() < 0.05 ? 'True' : 'False',
  ].map((cell) => quote(cell, delimiter));
}

function postText(rng: Rng, tags: readonly string[], latin: boolean): string {
  const words: string[] = [];
  const n = 6 + rng.int(20);
  for (let i = 0; i < n; i++) {
    words.push(
      latin || rng.next() < 0.3 ? pick(rng, latin ? LATIN_WORDS : WORDS) : pick(rng, WORDS),
    );
    const x = rng.next();
    if (!latin && x < 0.06) words.push(pick(rng, EMOJI));
    else if (x < 0.1) words.push(',');
    else if (x < 0.12) words.push('"quoted"');
    else if (x < 0.13) words.push('\n');
    else if (x < 0.135) words.push(';|');
  }
  for (const t of tags) words.push(`#${t}`);
  return words.join(' ').replace(/ ,/g, ',');
}

/** Kaggle-style padding on about one cell in twenty (unquoted, so it stays visible to the importer). */
function pad(rng: Rng, value: string): string {
  return value !== '' && rng.next() < 0.05 ? ` ${value}   ` : value;
}

function quote(cell: string, delimiter: string): string {
  return cell.includes(delimiter) || cell.includes('"') || cell.includes('\n')
    ? `"${cell.replace(/"/g, '""')}"`
    : cell;
}

function pick<T>(rng: Rng, xs: readonly T[]): T {
  return xs[rng.int(xs.length)]!;
}

function encode(text: string, encoding: MessyEncoding): Uint8Array {
  if (encoding === 'utf-16le') return new Uint8Array(Buffer.from(text, 'utf16le'));
  if (encoding === 'windows-1252') return new Uint8Array(Buffer.from(text, 'latin1'));
  return new TextEncoder().encode(text);
}
