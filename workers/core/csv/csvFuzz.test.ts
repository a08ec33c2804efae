/**
 * The importer under seeded property-based tests (fast-check): generated exports with hostile
 * cells (quotes, separators, line breaks inside quotes, emoji, accents), mixed line endings and
 * three encodings, read in chunks of every size; then the same files damaged (truncated, bytes
 * flipped or dropped, NUL bytes, lone CRs). The invariant: the rows come back exactly, or the file
 * is refused with a coded message; never an exception, never a lost or phantom row.
 * `npm run bench -- --only fuzz` runs many more of the same cases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvExports, csvVerdict, damages } from './csvFuzz.testutil.ts';

describe('the CSV importer (fast-check, seeded)', () => {
  it('gives back every generated row exactly, whatever the cells, line endings, encoding and chunk size: 250 files', async () => {
    await fc.assert(
      fc.asyncProperty(csvExports, async (g) => {
        expect(await csvVerdict(g, null)).toBe('identical');
      }),
      { seed: 111, numRuns: 250, endOnFailure: true },
    );
  });

  it('damaged, refuses with a coded message or reads a consistent table, never throwing; cut at a record end, keeps exactly the rows before: 250 files', async () => {
    const counts: Record<string, number> = {};
    await fc.assert(
      fc.asyncProperty(csvExports, damages, async (g, d) => {
        const verdict = await csvVerdict(g, d);
        counts[verdict] = (counts[verdict] ?? 0) + 1;
        expect(['identical', 'refused', 'read'], `${d.kind}: ${verdict}`).toContain(verdict);
      }),
      { seed: 112, numRuns: 250, endOnFailure: true },
    );
    // the suite sees all three answers, so it cannot pass by refusing everything
    expect(counts.refused).toBeGreaterThan(10);
    expect(counts.identical).toBeGreaterThan(10);
    expect(counts.read).toBeGreaterThan(10);
  });
});
