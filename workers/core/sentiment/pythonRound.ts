/**
 * Python's `round(x, digits)` on floats: rounds the exact binary value of `x`, and only a true
 * tie (x exactly halfway, e.g. 0.0625 at 3 digits) goes to the even neighbour. Neither
 * `Math.round(x * 10 ** d) / 10 ** d` (inexact product, ties up) nor `toFixed` (ties up) does this.
 */

const SCALE = [1, 10, 100, 1000, 10000, 100000, 1000000];

/**
 * Round like Python 3's `round(x, digits)`, keeping the sign of zero (`round(-0.0001, 3)` is -0).
 * @param digits decimal places, 0 to 6.
 */
export function pythonRound(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  const scale = SCALE[digits]!;
  const a = Math.abs(x);
  const y = a * scale;
  // Beyond 2^52 every double is an integer: nothing to round.
  if (y >= 4503599627370496) return x;
  const n = Math.floor(y);
  const frac = y - n;
  let r: number;
  // The product is off by at most an ulp, so only a fraction very near 0.5 needs exact decimals.
  if (Math.abs(frac - 0.5) > 1e-9) r = frac < 0.5 ? n : n + 1;
  else r = exactHalfEven(a, digits);
  const out = r / scale;
  return x < 0 || Object.is(x, -0) ? -out : out;
}

/** Decide a near-tie from the exact decimal expansion of `a` (toFixed(100) is exact for these magnitudes). */
function exactHalfEven(a: number, digits: number): number {
  const s = a.toFixed(100);
  const point = s.indexOf('.');
  const kept = BigInt(s.slice(0, point) + s.slice(point + 1, point + 1 + digits));
  const rest = s.slice(point + 1 + digits);
  const first = rest.charCodeAt(0) - 48;
  const tail = rest.slice(1);
  let up: boolean;
  if (first > 5) up = true;
  else if (first < 5) up = false;
  else if (/[1-9]/.test(tail)) up = true;
  else up = kept % 2n === 1n;
  return Number(up ? kept + 1n : kept);
}
