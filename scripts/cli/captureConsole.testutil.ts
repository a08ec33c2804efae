import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Captures console.log (stdout) and console.error (stderr) lines for each test of the file that
 * calls it; the arrays are emptied before every test.
 */
export function captureConsole(): { readonly out: string[]; readonly err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  beforeEach(() => {
    out.length = 0;
    err.length = 0;
    vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  });
  afterEach(() => vi.restoreAllMocks());
  return { out, err };
}
