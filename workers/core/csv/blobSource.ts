/** A ByteSource over a browser File (or any Blob), read slice by slice so a large file is never one string. */
import type { ByteSource } from './types.ts';

/** A dropped File (or a Blob with a name). Works in workers and in Node ≥ 20, where Blob exists too. */
export function fileByteSource(file: Blob & { readonly name: string }): ByteSource {
  return {
    name: file.name,
    size: file.size,
    read: async (start, end) => new Uint8Array(await file.slice(start, end).arrayBuffer()),
  };
}
