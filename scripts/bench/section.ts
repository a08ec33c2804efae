/** Shared by every benchmark section: where the reference data is, and how a section reports. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Budget } from './budgets.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED = process.env.MURMUR_SHARED ?? path.resolve(ROOT, '../shared');
export const BENCH_OUT = path.join(ROOT, 'bench-out');

export function sharedPath(...parts: string[]): string | null {
  const p = path.join(SHARED, ...parts);
  return existsSync(p) ? p : null;
}

export interface BenchContext {
  /** Smaller inputs, for a quick look (`npm run bench -- --quick`). */
  readonly quick: boolean;
  /** Print a progress line to stderr (the JSON report goes to stdout). */
  log(message: string): void;
  /** Checks a figure against its limit; a missed budget makes `npm run bench` exit non-zero. */
  budget(budget: Budget): void;
}

/** A section measures one capability and returns a JSON-serialisable report. */
export type BenchSection = (ctx: BenchContext) => Promise<Record<string, unknown>>;

export function peakRssMb(): number {
  return Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;
}

export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
