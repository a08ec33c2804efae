/**
 * String order by Unicode code point, as Python's `str` comparison (and so scikit-learn's sorted
 * vocabulary). JavaScript's `<` compares UTF-16 code units, which puts astral characters (emoji,
 * CJK extension B, mathematical letters) before U+E000–U+FFFF instead of after them.
 */

/** Moves surrogates above U+E000–U+FFFF so code-unit order becomes code-point order. */
function fixup(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
}

/** Negative, zero or positive as `a` sorts before, with or after `b` in code-point order. */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return fixup(x) - fixup(y);
  }
  return a.length - b.length;
}
