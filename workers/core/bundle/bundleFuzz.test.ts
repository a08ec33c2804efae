import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePosts } from '../features/posts.testutil.ts';
import { fullBundle } from './bundles.testutil.ts';
import {
  bundleMutations,
  bundleOutcome,
  classify,
  resigned,
  type Mutation,
  type ScoringInput,
  type Verdict,
} from './bundleMutations.testutil.ts';
import { bundleFileText } from './integrity.ts';

const { bundle } = fullBundle(200);
const text = await bundleFileText(bundle);
const posts = generatePosts(30, 2);
const input: ScoringInput = {
  ...posts,
  posts: [
    {
      text: 'Loving this!! #coffee',
      timestamp: '2024-03-02T19:00:00Z',
      fields: { author_followers: 900, platform: 'TikTok', country: 'FR' },
    },
    { text: 'awful match today', hashtags: ['match'], fields: {} },
    { text: '' },
  ],
};
const intact = await bundleOutcome(text, input);
if (intact.kind !== 'scored')
  throw new Error(`the intact bundle was not scored: ${JSON.stringify(intact)}`);
const intactOutput = intact.output;

/** Runs `runs` seeded mutations through `check`, returning the verdict counts. */
async function fuzz(
  runs: number,
  seed: number,
  prepare: (m: Mutation) => Promise<Mutation>,
  allowed: readonly Verdict[],
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await fc.assert(
    fc.asyncProperty(bundleMutations(text), async (m) => {
      const verdict = classify(await bundleOutcome((await prepare(m)).text, input), intactOutput);
      counts[verdict] = (counts[verdict] ?? 0) + 1;
      if (!allowed.includes(verdict)) throw new Error(`${m.kind} (${m.what}): ${verdict}`);
    }),
    { seed, numRuns: runs, endOnFailure: true },
  );
  return counts;
}

describe('mutated bundle files (fast-check, seeded)', () => {
  it('are refused with a coded message or score exactly as the intact file: 700 mutations', async () => {
    const counts = await fuzz(700, 11, async (m) => m, ['refused', 'identical']);
    expect((counts.refused ?? 0) + (counts.identical ?? 0)).toBe(700);
    // most mutations change the content, and the checksum catches them
    expect(counts.refused).toBeGreaterThan(500);
  });

  it('signed again after the change, never crash, never predict Infinity or NaN, and say why when refused: 300 mutations', async () => {
    const counts = await fuzz(300, 12, resigned, ['refused', 'identical', 'different']);
    expect(counts.crash ?? 0).toBe(0);
    expect(counts.refused).toBeGreaterThan(100);
  });

  it('with a byte-order mark or new indentation score exactly as the intact file', async () => {
    for (const t of [`\uFEFF${text}`, JSON.stringify(JSON.parse(text), null, 2)]) {
      const outcome = await bundleOutcome(t, input);
      expect(classify(outcome, intact.output)).toBe('identical');
    }
  });
});
