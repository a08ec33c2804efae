/** A ByteSource over bytes already in memory: tests, generated files, text pasted by a user. */
import type { ByteSource } from './types.ts';

/** `bytes` as a ByteSource called `name`; strings are encoded as UTF-8. */
export function memoryByteSource(bytes: Uint8Array | string, name = 'data.csv'): ByteSource {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return {
    name,
    size: data.length,
    read: (start, end) => Promise.resolve(data.subarray(start, Math.min(end, data.length))),
  };
}
