/** Header names made usable: trimmed, never empty, never repeated. */
import type { ImportWarning } from './types.ts';

/**
 * Trimmed names; an empty name becomes `column_<position>` (1-based) and a repeated one `<name>_2`,
 * `<name>_3`…, each with a warning that names the columns concerned.
 */
export function normaliseHeader(raw: readonly string[]): {
  names: string[];
  warnings: ImportWarning[];
} {
  const warnings: ImportWarning[] = [];
  const trimmed = raw.map((r) => r.trim());
  const used = new Set(trimmed.filter((t) => t !== ''));
  const emptyAt: number[] = [];
  const renamed: string[] = [];
  const seen = new Set<string>();
  const names = trimmed.map((name, i) => {
    if (name === '') {
      emptyAt.push(i + 1);
      return claim(`column_${i + 1}`, used, seen);
    }
    if (seen.has(name)) {
      const unique = claim(name, used, seen);
      renamed.push(`"${name}" → "${unique}"`);
      return unique;
    }
    seen.add(name);
    return name;
  });
  if (emptyAt.length > 0) {
    warnings.push({
      code: 'EMPTY_HEADER',
      message: `${emptyAt.length === 1 ? 'Column' : 'Columns'} ${emptyAt.join(', ')} had no name in the header and ${emptyAt.length === 1 ? 'is' : 'are'} called ${emptyAt.map((p) => names[p - 1]).join(', ')}. Rename ${emptyAt.length === 1 ? 'it' : 'them'} in the file if the name matters.`,
      column: names[emptyAt[0]! - 1]!,
    });
  }
  if (renamed.length > 0) {
    warnings.push({
      code: 'DUPLICATE_HEADER',
      message: `The header repeats column names, so repeats were renamed: ${renamed.join(', ')}. Check which copy each analysis should use.`,
      column: renamed[0]!.split('"')[1]!,
    });
  }
  return { names, warnings };
}

/** `base`, or `base_2`, `base_3`…: the first name no other column has (`used` holds every name of the header). */
function claim(base: string, used: Set<string>, seen: Set<string>): string {
  let name = base;
  for (let k = 2; seen.has(name) || used.has(name); k++) name = `${base}_${k}`;
  seen.add(name);
  used.add(name);
  return name;
}
