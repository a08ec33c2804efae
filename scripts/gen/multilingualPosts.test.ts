import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../workers/core/language/detectLanguage.ts';
import { loadEldDetector } from '../../workers/core/language/eldDetector.ts';
import { generateMultilingualPosts, multilingualPostsCsv } from './multilingualPosts.ts';

describe('generated multilingual posts', () => {
  const posts = generateMultilingualPosts({ rows: 2000, seed: 5 });
  const share = (p: (x: (typeof posts)[number]) => boolean) =>
    posts.filter(p).length / posts.length;

  it('are the same for a seed, in six languages, English the largest', () => {
    expect(multilingualPostsCsv({ rows: 40, seed: 5 })).toBe(
      multilingualPostsCsv({ rows: 40, seed: 5 }),
    );
    expect(multilingualPostsCsv({ rows: 40, seed: 6 })).not.toBe(
      multilingualPostsCsv({ rows: 40, seed: 5 }),
    );
    expect(share((p) => p.language === 'en')).toBeCloseTo(0.4, 1);
    for (const l of ['de', 'es', 'fr', 'it', 'pt'] as const)
      expect(share((p) => p.language === l)).toBeCloseTo(0.12, 1);
    expect(share((p) => p.label === 'neutral')).toBeGreaterThan(0.2);
    expect(share((p) => p.text.includes('@'))).toBeGreaterThan(0.1);
  });

  it('read as the language they were written in', async () => {
    const detector = await loadEldDetector();
    const right = share((p) => detectLanguage(p.text, detector) === p.language);
    expect(right).toBeGreaterThan(0.95);
  });
});
