/**
 * Settings a view kept with its dataset (IndexedDB, through the analysis worker's `viewSettings`),
 * read back over the view's defaults: what this version cannot read falls back to the default.
 */

type Obj = { readonly [k: string]: unknown };
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The settings kept for the view, laid over `defaults`: only the fields the defaults have, each of
 * the same kind (a string, a list, a grid …), so a setting this version no longer has is ignored and
 * a new one starts at its default.
 */
export function keptSettings<S extends object>(defaults: S, stored: unknown): S {
  if (!isObj(stored)) return defaults;
  const out: Record<string, unknown> = Object.fromEntries(Object.entries(defaults));
  for (const [k, d] of Object.entries(defaults)) {
    const v = stored[k];
    if (v === undefined) continue;
    // a column choice is a name or null
    const same =
      v === null
        ? d === null || typeof d === 'string'
        : d === null
          ? typeof v === 'string'
          : Array.isArray(d)
            ? Array.isArray(v) && v.every((x) => typeof x === 'string')
            : isObj(d)
              ? isObj(v) && Object.keys(d).every((key) => typeof v[key] === typeof d[key])
              : typeof v === typeof d;
    if (same) out[k] = v;
  }
  return out as S;
}
