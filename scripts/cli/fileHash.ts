/** SHA-256 of a file's bytes, read in 4 MiB pieces (a file of any size, little memory). */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';

/** The hex SHA-256 of the file at `path`. Throws as `openSync` does. */
export function sha256File(path: string): string {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(4 << 20);
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      hash.update(buffer.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** The hex SHA-256 of `bytes`. */
export function sha256Bytes(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
