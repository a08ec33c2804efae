/** Column names as words, so roles can be matched on `retweet_count`, `diggCount` and `Followers at Posting` alike. */

/** Lower-case words of a column name: `diggCount` → [digg, count], `user_followers` → [user, followers]. */
export function nameTokens(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== '');
}

/** The name with case and separators removed: `Retweet Count` → `retweetcount`. */
export function compactName(name: string): string {
  return nameTokens(name).join('');
}

/**
 * Names of identifiers: `id`, `tweet_id`, `Sponsor Id`, `id_str`, `uuid`; not the code of a
 * category (YouTube's `category_id`: 10 is Music), which groups posts as any category does.
 */
export function isIdLikeName(name: string): boolean {
  const tokens = nameTokens(name);
  if (isCategoryName(name)) return false;
  return (
    tokens.includes('id') ||
    tokens.includes('uuid') ||
    tokens.includes('guid') ||
    compactName(name) === 'idstr'
  );
}

/** Names of a category, whose numbers are codes, not quantities: `category_id`, `Post type`. */
export function isCategoryName(name: string): boolean {
  return nameTokens(name).some((t) => CATEGORY_WORDS.has(t));
}

const CATEGORY_WORDS: ReadonlySet<string> = new Set(['category', 'categories', 'type', 'genre']);

/** Names that say a column holds a time: `date`, `created_at`, `timestamp`, `Post Created`, `unix_time`. */
export function isTimeLikeName(name: string): boolean {
  return nameTokens(name).some((t) => TIME_WORDS.has(t));
}

/**
 * Names that say a column holds dates, not any time: `date`, `Created`, `fecha`. Under them a
 * five-digit number is an Excel date; under `watch_time` it is a duration.
 */
export function isDateLikeName(name: string): boolean {
  return nameTokens(name).some((t) => DATE_WORDS.has(t));
}

const DATE_WORDS: ReadonlySet<string> = new Set([
  'date',
  'datetime',
  'created',
  'posted',
  'published',
  'updated',
  'modified',
  'fecha',
  'datum',
]);

const TIME_WORDS: ReadonlySet<string> = new Set([
  'date',
  'time',
  'timestamp',
  'datetime',
  'created',
  'at',
  'posted',
  'published',
  'ts',
  'utc',
  'epoch',
  'updated',
  'modified',
  'fecha',
  'datum',
  'zeit',
]);

/** Names that say a column holds tag lists: `hashtags`, `tags`, `keywords`. */
export function isTagLikeName(name: string): boolean {
  return nameTokens(name).some(
    (t) => t === 'hashtags' || t === 'hashtag' || t === 'tags' || t === 'tag' || t === 'keywords',
  );
}
