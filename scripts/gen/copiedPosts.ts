/**
 * A post export full of copies, as a scraper that fetched the same posts again and again leaves
 * it: by default 661 rows of which 559 are exact copies of an earlier row (102 distinct posts),
 * the shape of the Instagram export issue 12 describes. Likes depend only weakly on what is
 * known before posting (caption length, hour, followers), so an honest model explains little;
 * a model tested on copies of its training rows recalls their likes and looks excellent.
 * Deterministic for a seed; nothing is copied from a real dataset.
 */
import { createRng, type Rng } from '../../workers/core/random/rng.ts';
import { toCsv } from '../sample/csvWriter.ts';

export interface CopiedPostsOptions {
  /** All rows, copies included. Default 661. */
  readonly rows?: number;
  /** Distinct posts. Default 102. */
  readonly distinct?: number;
  readonly seed: number;
  /** Copies that differ from their original only by case and spaces in the caption, a share of the copies. Default 0. */
  readonly restyled?: number;
}

const OPENERS = [
  'Sunday brunch',
  'New drop',
  'Behind the scenes',
  'Morning run',
  'Studio day',
  'Weekend market',
  'Golden hour',
  'Throwback',
  'Team dinner',
  'First try',
];
const MIDDLES = [
  'with the best people',
  'in the old town',
  'after a long week',
  'and a lot of coffee',
  'by the sea',
  'with new colours',
  'at the corner shop',
  'before the rain',
];
const TAGS = ['#food', '#travel', '#style', '#fitness', '#art', '#coffee', '#summer', '#design'];

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[rng.int(items.length)]!;
}

interface Post {
  caption: string;
  hashtags: string;
  posted: string;
  followers: number;
  likes: number;
  comments: number;
}

function makePost(rng: Rng, i: number): Post {
  const words = [pick(rng, OPENERS), pick(rng, MIDDLES)];
  for (let k = rng.int(4); k > 0; k--) words.push(pick(rng, MIDDLES));
  const caption = `${words.join(' ')} (${i + 1})`;
  const tags = Array.from({ length: 1 + rng.int(3) }, () => pick(rng, TAGS));
  const hour = rng.int(24);
  const followers = Math.round(Math.exp(7 + rng.normal() * 0.6));
  // mostly noise: a little from the caption's length, the evening and the audience
  const mean =
    3.5 + 0.004 * caption.length + (hour >= 18 ? 0.2 : 0) + 0.1 * Math.log(followers / 1000);
  const likes = Math.round(Math.exp(mean + rng.normal() * 0.9));
  return {
    caption,
    hashtags: [...new Set(tags)].join(' '),
    posted: new Date(
      Date.UTC(2024, 0, 1) + rng.int(300) * 86_400_000 + hour * 3_600_000,
    ).toISOString(),
    followers,
    likes,
    comments: Math.round(likes * (0.02 + rng.next() * 0.05)),
  };
}

function restyle(rng: Rng, caption: string): string {
  const spaced = caption.replace(/ /g, () => (rng.next() < 0.3 ? '  ' : ' '));
  return rng.next() < 0.5 ? spaced.toUpperCase() : spaced.toLowerCase();
}

/** The rows of the export, header first, in a seeded order (copies always after their original). */
export function copiedPostsRows(options: CopiedPostsOptions): string[][] {
  const rows = options.rows ?? 661;
  const distinct = Math.min(rows, options.distinct ?? 102);
  const rng = createRng(options.seed);
  const posts = Array.from({ length: distinct }, (_, i) => makePost(rng, i));
  // which post each row holds: every post once, then copies of popular posts more often
  const holds: number[] = posts.map((_, i) => i);
  for (let r = distinct; r < rows; r++) holds.push(Math.floor(distinct * rng.next() ** 2));
  // shuffled: a post's first row is its original, its later rows are copies
  for (let i = holds.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [holds[i], holds[j]] = [holds[j]!, holds[i]!];
  }
  const seen = new Set<number>();
  return [
    ['caption', 'hashtags', 'posted_at', 'followers', 'likes', 'comments'],
    ...holds.map((p) => {
      const post = posts[p]!;
      const copy = seen.has(p);
      seen.add(p);
      const caption =
        copy && rng.next() < (options.restyled ?? 0) ? restyle(rng, post.caption) : post.caption;
      return [
        caption,
        post.hashtags,
        post.posted,
        String(post.followers),
        String(post.likes),
        String(post.comments),
      ];
    }),
  ];
}

/** The export as CSV text. */
export function copiedPostsCsv(options: CopiedPostsOptions): string {
  const [header, ...rows] = copiedPostsRows(options);
  return toCsv(header!, rows);
}
