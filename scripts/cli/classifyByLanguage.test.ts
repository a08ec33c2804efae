import { describe, expect, it } from 'vitest';
import { generateMultilingualPosts } from '../gen/multilingualPosts.ts';
import { toCsv } from '../sample/csvWriter.ts';
import { captureConsole } from './captureConsole.testutil.ts';
import { command } from './classify.ts';
import { tempDir } from './tempDir.testutil.ts';

const temp = tempDir('classify-languages');
const { out } = captureConsole();

interface Figures {
  accuracy: number;
  macroF1: number;
}
interface LanguageJson extends Figures {
  n: number;
  ownModel: boolean;
  oneModel: Figures;
  lexicon: Figures & { unscored: number };
  vader: Figures;
}
interface ClassifyJson {
  cv?: Figures & { folds: number };
  test?: Figures & { n: number };
  labelling?: { labels: number };
  oneModel: Figures;
  models: string[];
  languages: Record<string, LanguageJson>;
  vader: Figures & { n: number };
}

const json = () => JSON.parse(out.join('\n')) as ClassifyJson;

describe('murmur classify --per-language', () => {
  const posts = generateMultilingualPosts({ rows: 600, seed: 3 });
  const file = temp.file(
    'multilingual.csv',
    toCsv(
      ['text', 'sentiment', 'split', 'lang'],
      posts.map((p, i) => [p.text, p.label, i % 4 === 0 ? 'test' : 'train', p.language]),
    ),
  );

  it('cross-validates a model per language beside one model, with figures per language', async () => {
    expect(
      await command([file, '--label', 'sentiment', '--folds', '3', '--per-language', '--json']),
    ).toBe(0);
    const r = json();
    expect(r.cv!.folds).toBe(3);
    for (const code of r.models) expect(['de', 'en', 'es', 'fr', 'it', 'pt']).toContain(code);
    expect(r.oneModel.accuracy).toBeGreaterThan(0.7);
    expect(r.cv!.accuracy).toBeGreaterThan(0.7);
    // every evaluated post in one language's figures, each language read by its word list too
    const languages = Object.entries(r.languages);
    expect(languages.reduce((n, [, l]) => n + l.n, 0)).toBe(600);
    const [first, en] = languages[0]!;
    expect(first).toBe('en');
    expect(en.ownModel).toBe(r.models.includes('en'));
    expect(en.lexicon.unscored).toBe(0);
    expect(en.lexicon.accuracy).toBe(en.vader.accuracy);
    // German has a word list of its own: it reads German better than English VADER does
    expect(r.languages.de!.lexicon.accuracy).toBeGreaterThan(r.languages.de!.vader.accuracy);
  });

  it('evaluates the rows marked test, with the declared languages as a hint', async () => {
    expect(
      await command([
        file,
        '--label',
        'sentiment',
        '--split-column',
        'split',
        '--per-language',
        '--lang',
        'lang',
        '--json',
      ]),
    ).toBe(0);
    const r = json();
    expect(r.test!.n).toBe(150);
    expect(Object.values(r.languages).reduce((n, l) => n + l.n, 0)).toBe(150);
    // a model of its own only for the languages it reads better: the others say so
    for (const [code, l] of Object.entries(r.languages))
      expect(l.ownModel).toBe(r.models.includes(code));
    expect(Math.abs(r.test!.accuracy - r.oneModel.accuracy)).toBeLessThan(0.15);
  });

  it('refuses --lang without --per-language', async () => {
    expect(await command([file, '--label', 'sentiment', '--lang', 'lang', '--json'])).toBe(2);
  });
});
