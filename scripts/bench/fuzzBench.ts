/**
 * Fuzz benchmark: the unit tests' seeded property-based cases, many more of them. Bundle files
 * mutated (truncation, bit flips, key deletion, type changes, reordering, extreme numbers, prototype
 * keys, deep nesting), as they are and signed again after the change; CSV exports generated intact
 * and damaged. Counts each verdict; budgets: 0 crashes, 0 Infinity/NaN, 0 mutated bundles accepted
 * with different output, 0 lost or phantom rows. `--quick` runs a tenth.
 */
import fc from 'fast-check';
import {
  bundleMutations,
  bundleOutcome,
  classify,
  resigned,
  type Mutation,
} from '../../workers/core/bundle/bundleMutations.testutil.ts';
import { fullBundle } from '../../workers/core/bundle/bundles.testutil.ts';
import { bundleFileText } from '../../workers/core/bundle/integrity.ts';
import { csvExports, csvVerdict, damages } from '../../workers/core/csv/csvFuzz.testutil.ts';
import { generatePosts } from '../../workers/core/features/posts.testutil.ts';
import type { BenchSection } from './section.ts';

/** Runs `runs` seeded cases of `arbitrary` through `verdict` and counts the verdicts. */
async function count<T>(
  arbitrary: fc.Arbitrary<T>,
  runs: number,
  seed: number,
  verdict: (value: T) => Promise<string>,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await fc.assert(
    fc.asyncProperty(arbitrary, async (value) => {
      const v = await verdict(value);
      counts[v] = (counts[v] ?? 0) + 1;
    }),
    { seed, numRuns: runs },
  );
  return counts;
}

export const bench: BenchSection = async ({ quick, log, budget }) => {
  const scale = quick ? 0.1 : 1;
  const { bundle } = fullBundle(200);
  const text = await bundleFileText(bundle);
  const input = { ...generatePosts(30, 2), posts: [{ text: 'Loving this!! #coffee' }] };
  const intact = await bundleOutcome(text, input);
  if (intact.kind !== 'scored') throw new Error('the intact bundle was not scored');
  const intactOutput = intact.output;
  const bundleCase = (prepare: (m: Mutation) => Promise<Mutation>) => async (m: Mutation) =>
    classify(await bundleOutcome((await prepare(m)).text, input), intactOutput);

  log(`bundles: ${10_000 * scale} mutations …`);
  const bundles = await count(
    bundleMutations(text),
    10_000 * scale,
    1011,
    bundleCase(async (m) => m),
  );
  log(`bundles signed again: ${3_000 * scale} mutations …`);
  const signed = await count(bundleMutations(text), 3_000 * scale, 1012, bundleCase(resigned));
  log(`CSV: ${5_000 * scale} generated exports and ${5_000 * scale} damaged ones …`);
  const csvIntact = await count(csvExports, 5_000 * scale, 1013, (g) => csvVerdict(g, null));
  const csvDamaged = await count(fc.tuple(csvExports, damages), 5_000 * scale, 1014, ([g, d]) =>
    csvVerdict(g, d),
  );

  const n = (c: Record<string, number>, ...keys: string[]) =>
    keys.reduce((sum, k) => sum + (c[k] ?? 0), 0);
  budget({
    name: 'fuzz: crashes (bundles and CSV)',
    value:
      n(bundles, 'crash') + n(signed, 'crash') + n(csvIntact, 'crash') + n(csvDamaged, 'crash'),
    unit: 'cases',
    max: 0,
  });
  budget({
    name: 'fuzz: Infinity or NaN predicted',
    value: n(bundles, 'nonfinite') + n(signed, 'nonfinite'),
    unit: 'cases',
    max: 0,
  });
  budget({
    name: 'fuzz: mutated bundles accepted with different output',
    value: n(bundles, 'different', 'unclear'),
    unit: 'cases',
    max: 0,
  });
  budget({
    name: 'fuzz: CSV rows lost or invented, or unclear refusals',
    value:
      n(csvIntact, 'lost', 'unclear', 'inconsistent', 'silent', 'refused') +
      n(csvDamaged, 'lost', 'unclear', 'inconsistent', 'silent'),
    unit: 'cases',
    max: 0,
  });
  return { bundles, bundlesSignedAgain: signed, csvIntact, csvDamaged };
};
