/**
 * Tag lists as exports write them: `#a #b`, `a,b`, `a|"b c"` (YouTube's tags), `["a","b"]` and Python
 * list literals `['a', "it's"]`.
 */
import type { TagFormat } from './types.ts';
import { isMissingCell } from './missing.ts';

/** As Python 3 `re.findall(r"#\w+")`: `\w` is a Unicode letter or number, or `_` (not combining marks). */
const HASHTAG = /#([\p{L}\p{N}_]+)/gu;
const HASH_LIST = /^#[\p{L}\p{N}_]+(?:[\s,]+#[\p{L}\p{N}_]+)*,?$/u;
/** What YouTube's exports write for a video without tags. */
const NO_TAGS = '[none]';
/** `a|"b c"|d`: tags between pipes, each maybe in double quotes, as YouTube exports write them. */
const PIPE_LIST = /^[^|]+(?:\|[^|]*)*$/;
const COMMA_LIST =
  /^#?[\p{L}\p{N}_][\p{L}\p{N}_ .'&-]*(?:\s*,\s*#?[\p{L}\p{N}_][\p{L}\p{N}_ .'&-]*)*$/u;

/**
 * The tags of a cell, without `#`, in the order written; [] when missing or empty.
 * A list literal that does not parse falls back to the `#word` tokens in it (as the reference loader does).
 */
export function parseTagsCell(cell: string, format: TagFormat): string[] {
  if (isMissingCell(cell) || cell === NO_TAGS) return [];
  switch (format) {
    case 'hash-separated':
      return hashtagsIn(cell);
    case 'comma-separated':
      return cell
        .split(',')
        .map((t) => stripHash(t.trim()))
        .filter((t) => t !== '');
    case 'pipe-separated':
      return cell
        .split('|')
        .map((t) => stripHash(unquote(t.trim())))
        .filter((t) => t !== '');
    case 'json-array':
    case 'python-list': {
      const items = parseListLiteral(cell);
      return items === null
        ? hashtagsIn(cell)
        : items.map((t) => stripHash(t.trim())).filter((t) => t !== '');
    }
  }
}

/** The `#word` tokens of a text, without `#`, as Python `re.findall(r"#\w+")`. */
export function hashtagsIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(HASHTAG)) out.push(m[1]!);
  return out;
}

function stripHash(tag: string): string {
  return tag.startsWith('#') ? tag.slice(1) : tag;
}

/** `"b c"` as `b c`; a tag without quotes as it is. */
function unquote(tag: string): string {
  return tag.length >= 2 && tag.startsWith('"') && tag.endsWith('"')
    ? tag.slice(1, -1).trim()
    : tag;
}

const ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '/': '/',
  b: '\b',
  f: '\f',
  '0': '\0',
};

/**
 * The strings of a JSON array or Python list literal of strings (`['a', "it's", 'don\'t']`),
 * or null when the cell is not one. Escapes: `\\ \' \" \n \t \r \xHH \uHHHH`.
 */
export function parseListLiteral(cell: string): string[] | null {
  const s = cell.trim();
  const end = s.length - 1;
  if (s[0] !== '[' || s[end] !== ']') return null;
  const out: string[] = [];
  let i = skipSpaces(s, 1);
  if (i === end) return out;
  for (;;) {
    const quote = s[i];
    if (quote !== "'" && quote !== '"') return null;
    let value = '';
    i++;
    for (;;) {
      const close = s.indexOf(quote, i);
      if (close === -1 || close >= end) return null;
      const backslash = s.indexOf('\\', i);
      if (backslash === -1 || backslash > close) {
        value += s.slice(i, close);
        i = close;
        break;
      }
      const [text, length] = unescape(s, backslash + 1);
      value += s.slice(i, backslash) + text;
      i = backslash + 1 + length;
    }
    out.push(value);
    i = skipSpaces(s, i + 1);
    if (i === end) return out;
    if (s[i] !== ',') return null;
    i = skipSpaces(s, i + 1);
    if (i === end) return out; // a trailing comma, as Python allows
  }
}

/** The text of the escape starting at `s[i]` (just after the backslash), and how many characters it used. */
function unescape(s: string, i: number): [string, number] {
  const c = s[i] ?? '';
  const hexLength = c === 'x' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
  if (hexLength > 0) {
    const hex = s.slice(i + 1, i + 1 + hexLength);
    if (/^[0-9a-fA-F]+$/.test(hex) && hex.length === hexLength)
      return [String.fromCodePoint(parseInt(hex, 16)), 1 + hexLength];
  }
  const simple = ESCAPES[c];
  // Python keeps an unknown escape as written, backslash included.
  return simple === undefined ? [`\\${c}`, 1] : [simple, 1];
}

function skipSpaces(s: string, i: number): number {
  while (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r') i++;
  return i;
}

export interface TagFormatGuess {
  readonly format: TagFormat;
  readonly bad: number;
}

/**
 * The tag format that reads at least 98 % of `values` (non-missing samples), or null.
 * List literals and `#a #b` lists are recognised by their shape alone; `a,b` and `a|b` only when
 * `tagLikeName`, and `a|b` only when some cell holds a pipe.
 */
export function guessTagFormat(
  values: readonly string[],
  tagLikeName: boolean,
): TagFormatGuess | null {
  values = values.filter((v) => v !== NO_TAGS);
  if (values.length === 0) return null;
  const tolerated = Math.floor(values.length * 0.02);
  const count = (test: (v: string) => boolean): number => {
    let bad = 0;
    for (const v of values) if (!test(v)) bad++;
    return bad;
  };
  if (values[0]!.startsWith('[')) {
    let singleQuoted = false;
    const bad = count((v) => {
      const items = parseListLiteral(v);
      if (items !== null && /(?:^\[|,)\s*'/.test(v)) singleQuoted = true;
      return items !== null;
    });
    if (bad > tolerated) return null;
    return { format: singleQuoted ? 'python-list' : 'json-array', bad };
  }
  const hashBad = count((v) => HASH_LIST.test(v));
  if (hashBad <= tolerated) return { format: 'hash-separated', bad: hashBad };
  if (!tagLikeName) return null;
  // pipes where commas are rarer: `a|b, c` in a comma list is a stray pipe
  const withPipes = values.filter((v) => v.includes('|')).length;
  if (withPipes > 0 && withPipes >= values.filter((v) => v.includes(',')).length) {
    const pipeBad = count((v) => PIPE_LIST.test(v));
    if (pipeBad <= tolerated) return { format: 'pipe-separated', bad: pipeBad };
  }
  const commaBad = count((v) => COMMA_LIST.test(v));
  return commaBad <= tolerated ? { format: 'comma-separated', bad: commaBad } : null;
}
