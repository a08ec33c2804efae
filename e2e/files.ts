import { closeSync, ftruncateSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AIRLINE_HEADER, generateAirlineTweets } from '../scripts/bench/gen/airlineTweets.ts';
import { generateMessyCsv } from '../scripts/bench/gen/messyCsv.ts';
import { toCsv } from '../scripts/sample/csvWriter.ts';

/** A file written to a fresh temporary folder, so the browser reads it by path as a real drop would. */
export function tmpFile(name: string, content: string | Uint8Array): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'murmur-e2e-')), name);
  writeFileSync(file, content);
  return file;
}

/** A CSV of these lines, on disk. */
export function csvFile(name: string, lines: string[]): string {
  return tmpFile(name, lines.join('\n') + '\n');
}

/** A generated messy export of `rows` posts, on disk. */
export function generatedExport(name: string, rows: number, seed: number): string {
  return tmpFile(name, generateMessyCsv({ rows, seed }));
}

/**
 * distinct-200k.csv: 100,000 posts about four topics, each with its topic's hashtag and two of its
 * own (200,004 distinct hashtags in all).
 */
export function distinctHashtagsCsv(): string {
  const topics = ['vaccine', 'beach', 'rust', 'music'];
  const rows = ['text,hashtags,created_at'];
  for (let i = 0; i < 100_000; i++)
    rows.push(
      `Post ${i} about ${topics[i % 4]} and more,#${topics[i % 4]} #u${i}a #u${i}b,2025-01-${String(1 + (i % 28)).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:00:00Z`,
    );
  return csvFile('distinct-200k.csv', rows);
}

/** A sparse file of `bytes` on paper that uses no disk: for files refused before a byte is read. */
export function sparseFile(name: string, bytes: number): string {
  const file = tmpFile(name, '');
  const fd = openSync(file, 'r+');
  ftruncateSync(fd, bytes);
  closeSync(fd);
  return file;
}

/**
 * Generated airline-style tweets on disk, the label kept on one row in `every` (as a file a team
 * labelled in part), with each text's label as a person would give it.
 */
export function partlyLabelledTweets(
  rows: number,
  every: number,
  seed: number,
): { file: string; truth: Map<string, 'negative' | 'neutral' | 'positive'> } {
  const tweets = generateAirlineTweets({ rows, seed, labelNoise: 0.05 });
  const file = tmpFile(
    `airline-${rows}-${every}.csv`,
    toCsv(
      AIRLINE_HEADER,
      tweets.map((t, i) => [
        t.id,
        t.createdAt,
        t.airline,
        t.text,
        i % every === 0 ? t.label : '',
        String(t.retweets),
      ]),
    ),
  );
  return { file, truth: new Map(tweets.map((t) => [t.text, t.label])) };
}
