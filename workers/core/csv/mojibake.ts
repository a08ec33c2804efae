/**
 * Text decoded in the wrong encoding ("mojibake"): UTF-8 bytes read as Windows-1252, as Excel does
 * when it opens a UTF-8 CSV without a byte-order mark, then saved again. `😂` becomes `ðŸ˜‚`,
 * `été` becomes `Ã©tÃ©`, `’` becomes `â€™`: emoji and accented words are lost to sentiment, topics and
 * word clouds. A file read as Windows-1252 because one byte was not UTF-8 shows the same in its
 * UTF-8 text. A cell is repaired only when writing it back as Windows-1252 bytes gives valid UTF-8,
 * which text that was decoded right almost never does (`café…` or `NÃO` stay as they are).
 */
import type { ImportWarning } from './types.ts';

/** Windows-1252's characters for the bytes 0x80–0x9F; its five undefined bytes as the C1 controls Windows decodes them to. */
const CP1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Each character Windows-1252 (or Latin-1) decodes a byte to, and that byte. */
const BYTE_OF: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (let b = 0; b < 256; b++) map.set(String.fromCharCode(b), b);
  for (let b = 0x80; b < 0xa0; b++) map.set(CP1252_80_9F[b - 0x80]!, b);
  return map;
})();

/**
 * A UTF-8 lead byte (0xC2–0xF4, read as `Â`…`ô`) followed by a continuation byte (0x80–0xBF, read
 * as `€`…`¿`): the trace every mojibake character leaves.
 */
export const MOJIBAKE_SIGNATURE = new RegExp(`[\\u00c2-\\u00f4][\\u0080-\\u00bf${CP1252_80_9F}]`);

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The cell as it was before the wrong decoding, or null when it does not read as mojibake. */
export function repairMojibake(cell: string): string | null {
  let text = cell;
  // text saved wrongly twice is repaired twice; a third time is never seen in practice
  for (let pass = 0; pass < 2 && MOJIBAKE_SIGNATURE.test(text); pass++) {
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) {
      const b = BYTE_OF.get(text[i]!);
      if (b === undefined) return pass === 0 ? null : text;
      bytes[i] = b;
    }
    try {
      text = utf8.decode(bytes);
    } catch {
      return pass === 0 ? null : text;
    }
  }
  return text === cell ? null : text;
}

/**
 * Repairs, in place, every header name and cell of `columns` that reads as mojibake, and says so
 * in one warning naming the columns, how many cells and an example; no warning when none was.
 * A name repaired matters twice: `PublicaciÃ³n` is no column name Murmur knows, `Publicación` is.
 */
export function repairMojibakeColumns(
  header: string[],
  columns: readonly string[][],
): ImportWarning | null {
  let names = 0;
  header.forEach((name, c) => {
    const fixed = repairMojibake(name);
    // a repaired name that another column already has would make two of the same
    if (fixed === null || header.includes(fixed)) return;
    header[c] = fixed;
    names++;
  });
  let count = 0;
  let example: { before: string; after: string } | null = null;
  const named: string[] = [];
  columns.forEach((cells, c) => {
    let inColumn = 0;
    for (let r = 0; r < cells.length; r++) {
      const fixed = repairMojibake(cells[r]!);
      if (fixed === null) continue;
      example ??= { before: cells[r]!, after: fixed };
      cells[r] = fixed;
      inColumn++;
    }
    if (inColumn > 0) named.push(header[c]!);
    count += inColumn;
  });
  if (example === null && names === 0) return null;
  if (example === null) {
    return {
      code: 'MOJIBAKE_REPAIRED',
      column: header[0]!,
      message: `${names === 1 ? 'A column name was' : `${names} column names were`} decoded in the wrong encoding, as when Excel opens a UTF-8 file and saves it again, and ${names === 1 ? 'was' : 'were'} repaired. Check the column names.`,
    };
  }
  const { before, after } = damagedWord(example);
  const columnsNamed = named.map((n) => `"${n}"`).join(', ');
  return {
    code: 'MOJIBAKE_REPAIRED',
    column: named[0]!,
    rows: count,
    message:
      `${count.toLocaleString('en-US')} ${count === 1 ? 'cell' : 'cells'} of ${columnsNamed} held text decoded in the wrong encoding ("${before}" for "${after}"), ` +
      `as when Excel opens a UTF-8 file and saves it again; ${count === 1 ? 'it was' : 'they were'} repaired${names > 0 ? `, and so ${names === 1 ? 'was a column name' : `were ${names} column names`}` : ''}, so emoji and accented words count again. Check a few posts.`,
  };
}

/** The first word of the repaired example that was damaged, as the file had it and as repaired. */
function damagedWord({ before, after }: { before: string; after: string }): {
  before: string;
  after: string;
} {
  const word = after.split(/\s+/).find((w) => /[^ -~]/.test(w) && w.length <= 30);
  if (word === undefined) return { before: before.slice(0, 40), after: after.slice(0, 40) };
  return { before: asMojibake(word), after: word };
}

/** `text` as a Windows-1252 reader shows its UTF-8 bytes. */
function asMojibake(text: string): string {
  let out = '';
  for (const b of new TextEncoder().encode(text))
    out += b >= 0x80 && b < 0xa0 ? CP1252_80_9F[b - 0x80]! : String.fromCharCode(b);
  return out;
}
