/** Per-post term lists as one string and offsets: cheap to clone through the page to a pool worker. */
import type { PackedDocuments } from '../../api/topics.ts';

/** Terms are joined by a line break: no term holds one, while phrases ("customer service") hold a space. */
const SEPARATOR = '\n';

/** Packs term lists. */
export function packDocuments(lists: readonly (readonly string[])[]): PackedDocuments {
  const offsets = new Uint32Array(lists.length + 1);
  const parts: string[] = [];
  let at = 0;
  lists.forEach((list, i) => {
    const s = list.join(SEPARATOR);
    parts.push(s);
    at += s.length;
    offsets[i + 1] = at;
  });
  return { text: parts.join(''), offsets };
}

export function unpackDocuments(packed: PackedDocuments): string[][] {
  const out: string[][] = [];
  for (let i = 0; i + 1 < packed.offsets.length; i++) {
    const s = packed.text.slice(packed.offsets[i]!, packed.offsets[i + 1]!);
    out.push(s.length > 0 ? s.split(SEPARATOR) : []);
  }
  return out;
}
