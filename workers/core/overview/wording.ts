/** Numbers, dates and lists as a marketer writes them: "2,340 posts", "41%", "3 Mar to 28 Apr 2024". */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2,340" (en-US grouping, whole numbers). */
export function count(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** "1 post", "2,340 posts". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${Math.round(n) === 1 ? one : many}`;
}

/** A share as a whole percent; "under 1%" and "over 99%" rather than a misleading 0% or 100%. */
export function percent(share: number): string {
  if (share <= 0) return '0%';
  if (share >= 1) return '100%';
  if (share < 0.005) return 'under 1%';
  if (share > 0.995) return 'over 99%';
  return `${Math.round(share * 100)}%`;
}

/** "38–44%": a 95% interval in whole percents. */
export function percentRange(range: readonly [number, number]): string {
  const lo = Math.round(range[0] * 100);
  const hi = Math.round(range[1] * 100);
  return lo === hi ? `${lo}%` : `${lo}–${hi}%`;
}

/** "3 Mar 2024" (UTC, as the charts bucket time). */
export function day(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "on 3 Mar 2024", "from 3 Mar to 28 Apr 2024", "from 3 Dec 2023 to 28 Apr 2024". */
export function dateSpan(first: number, last: number): string {
  const a = new Date(first);
  const b = new Date(last);
  if (day(first) === day(last)) return `on ${day(first)}`;
  if (a.getUTCFullYear() === b.getUTCFullYear())
    return `from ${a.getUTCDate()} ${MONTHS[a.getUTCMonth()]} to ${day(last)}`;
  return `from ${day(first)} to ${day(last)}`;
}

/** "a", "a and b", "a, b and c". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

let names: Intl.DisplayNames | null | undefined;

/** "English" for "en"; the code itself when the runtime has no name for it. */
export function languageName(code: string): string {
  if (code === 'unknown') return 'an unrecognised language';
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames(['en'], { type: 'language' });
    } catch {
      names = null;
    }
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    return code; // not a well-formed code
  }
}

/** A feature's column name in plain words: "log1p_author_followers" → "author followers". */
export function plainFeature(name: string): string {
  return name
    .replace(/^log1p_/, '')
    .replace(/[_]+/g, ' ')
    .replace(/=/g, ': ')
    .trim();
}

/** "Likes" from "likes". */
export function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
