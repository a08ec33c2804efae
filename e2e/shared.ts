import { existsSync } from 'node:fs';
import path from 'node:path';

/** ../shared beside the checkout (or $MURMUR_SHARED): real data and reference outputs, never copied in. */
export const SHARED =
  process.env.MURMUR_SHARED ?? path.resolve(import.meta.dirname, '../../shared');

/** The path of a shared file, or null (with a printed notice) when it is absent. */
export function sharedFile(...parts: string[]): string | null {
  const p = path.join(SHARED, ...parts);
  if (existsSync(p)) return p;
  console.warn(`[e2e] skipped: ${p} is not available (../shared is absent)`);
  return null;
}
