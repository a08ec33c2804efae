/** Small generated posts for tests: engagement driven by followers, platform and hour, so models have something to find. */
import { tableFromRows } from '../csv/tableFromRows.ts';
import type { ParsedTable } from '../csv/types.ts';
import { createRng } from '../random/rng.ts';
import { inferSchema } from '../schema/inferSchema.ts';
import type { ColumnSchema } from '../schema/types.ts';

export const POST_HEADER = [
  'post_id',
  'created_at',
  'platform',
  'author_followers',
  'text',
  'hashtags',
  'likes',
  'shares',
  'comments',
  'country',
];
const PLATFORMS = ['X', 'Instagram', 'TikTok', 'Facebook'];
const WORDS = [
  'great',
  'awful',
  'coffee',
  'match',
  'today',
  'love',
  'hate',
  'new',
  'video',
  'thanks',
];

export function generatePosts(n: number, seed = 1): { table: ParsedTable; schema: ColumnSchema[] } {
  const rng = createRng(seed);
  const rows: string[][] = [];
  for (let i = 0; i < n; i++) {
    const platform = PLATFORMS[rng.int(PLATFORMS.length)]!;
    const followers = Math.round(Math.exp(rng.next() * 9));
    const hour = rng.int(24);
    const words = Array.from({ length: 3 + rng.int(8) }, () => WORDS[rng.int(WORDS.length)]!);
    if (rng.next() < 0.3) words.push('!');
    const mu = Math.exp(
      -1 +
        0.45 * Math.log1p(followers) +
        (platform === 'TikTok' ? 0.8 : 0) +
        (hour >= 18 ? 0.5 : 0),
    );
    const likes = Math.round(mu * (0.5 + rng.next()));
    const day = 1 + rng.int(28);
    rows.push([
      String(100000 + i),
      `2024-03-${String(day).padStart(2, '0')} ${String(hour).padStart(2, '0')}:15:00`,
      platform,
      rng.next() < 0.05 ? '' : String(followers),
      words.join(' '),
      rng.next() < 0.5 ? `#${words[0]} #${words[1]}` : '',
      String(likes),
      String(Math.round(likes * 0.2)),
      String(rng.int(3)),
      ['US', 'UK', 'FR', 'DE', 'IN'][rng.int(5)]!,
    ]);
  }
  const table = tableFromRows(POST_HEADER, rows, { fileName: 'posts.csv' });
  return { table, schema: inferSchema(table) };
}
