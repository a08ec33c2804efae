/**
 * The few Python `str` operations VADER relies on, with Python 3.11's exact semantics.
 * JavaScript's `\s`, `.trim()` and `.length` differ from Python's `str.split()`, `str.strip()`
 * and `len()` (Unicode whitespace set, UTF-16 units vs code points), and a mismatch moves scores.
 */

/**
 * Python's `str.isspace()` for one UTF-16 unit (every Python whitespace character is in the BMP):
 * bidi classes WS/B/S plus category Zs. Unlike JS `\s`, includes U+001C–U+001F and U+0085 and
 * excludes U+FEFF.
 */
export function isPythonSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
  if (c < 0x85) return false;
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Python's `string.punctuation` (ASCII only): ``!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~``. */
export function isPythonPunctuation(c: number): boolean {
  return (
    (c >= 0x21 && c <= 0x2f) ||
    (c >= 0x3a && c <= 0x40) ||
    (c >= 0x5b && c <= 0x60) ||
    (c >= 0x7b && c <= 0x7e)
  );
}

/** Python's `len()` of `s[start:end]`: code points, a surrogate pair counting once. */
export function codePointLength(s: string, start = 0, end = s.length): number {
  let n = end - start;
  for (let i = start; i < end - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

const LOWER_OR_TITLE = /[\p{Lowercase}\p{Lt}]/u;
const UPPER = /\p{Uppercase}/u;

/**
 * Python's `str.isupper()`: at least one cased character and none lowercase or titlecase
 * (properties `Lowercase`, `Uppercase`, category `Lt`, as CPython's unicode database).
 */
export function pythonIsUpper(s: string): boolean {
  let cased = false;
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c >= 0x41 && c <= 0x5a) cased = true;
    else if (c >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return cased;
  // Rare path: the same two conditions over the whole string, by Unicode property escapes.
  return !LOWER_OR_TITLE.test(s) && UPPER.test(s);
}
