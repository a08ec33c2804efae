import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/** A temporary folder for the test file that calls it, removed after its last test. */
export function tempDir(prefix: string): {
  readonly dir: string;
  file(name: string, content: string | Uint8Array): string;
} {
  const dir = mkdtempSync(path.join(tmpdir(), `murmur-${prefix}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    /** Writes `content` to `name` in the folder and returns its path. */
    file(name, content) {
      const p = path.join(dir, name);
      writeFileSync(p, content);
      return p;
    },
  };
}
