import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { tmpFile } from './files.ts';
import { multilingualPostsCsv } from '../scripts/gen/multilingualPosts.ts';

const LANGUAGES = ['en', 'de', 'es', 'fr', 'it', 'pt'];
const GERMAN = ['de', 'German'] as const;

test('a model per language: trained beside one model, compared language by language, read by language in the live box, the bundle and labelling', async ({
  app,
  sentiment: s,
  live,
  models,
  page,
}) => {
  test.setTimeout(300_000);
  // generated: posts about cafés and shops in six languages, each with a label a person gave
  const file = tmpFile('multilingual-labelled.csv', multilingualPostsCsv({ rows: 900, seed: 4 }));
  await app.open();
  await app.importFile(file);
  await app.goTo('Sentiment');
  await s.expectScored(900);

  await s.setTraining({ epochs: 4 });
  await s.perLanguage.check();
  await s.trainButton().click();
  await expect(s.comparison).toBeVisible({ timeout: 240_000 });

  // every language had enough labels for a model of its own; each row gives both ways and the word list
  for (const code of LANGUAGES) {
    const cells = s.languageFigureRow(code);
    await expect(cells.nth(2)).toContainText('yes');
    for (const k of [3, 4, 5, 6]) await expect(cells.nth(k)).toHaveText(/^\d+%/);
  }
  await expect(s.languageFigureRow('de').first()).toHaveText(GERMAN[1]);
  // the advice names the way kept, the one right on more held-out posts, with both figures
  const kept = await s.languageModelsKept.getAttribute('data-kept');
  const sentence = await s.languageModelsKept.innerText();
  const perFirst =
    /^Kept a model per language .*: right on (\d+)% of held-out posts, against (\d+)% for one model/.exec(
      sentence,
    );
  const oneFirst =
    /^Kept one model for all languages: right on (\d+)% of held-out posts, against (\d+)% with a model per language/.exec(
      sentence,
    );
  if (kept === 'per-language') {
    expect(perFirst, sentence).not.toBeNull();
    expect(Number(perFirst![1])).toBeGreaterThanOrEqual(Number(perFirst![2]));
  } else {
    expect(kept).toBe('one-model');
    if (!sentence.includes('did no better')) {
      expect(oneFirst, sentence).not.toBeNull();
      expect(Number(oneFirst![1])).toBeGreaterThanOrEqual(Number(oneFirst![2]));
    }
  }
  // on this file (seed 4) models per language are kept, 84% against 83%, and word patterns beat the
  // network: the live box and the bundle read by language (the other outcomes are checked too)
  const byLanguage =
    kept === 'per-language' && (await s.classifierKept.getAttribute('data-kept')) === 'linear';

  // the live box reads a German post with the German model (when models per language were kept)
  await app.goTo('Live scoring');
  await live.sentiment.text.fill('Der Kuchen war köstlich und das Personal sehr freundlich');
  await expect(live.sentiment.classifier).toContainText('trained classifier: positive');
  if (byLanguage)
    await expect(live.sentiment.classifierModel).toHaveText('read by the German model');
  else await expect(live.sentiment.classifierModel).toHaveCount(0);

  // the model bundle keeps the classifier as trained: a model per language and the fallback
  await app.goTo('Models');
  const exported = await models.exportModel(/multilingual-labelled/);
  const bundle = JSON.parse(readFileSync(exported.path, 'utf8')) as {
    sentiment: {
      classifier: { kind: string; languages?: Record<string, unknown>; fallback?: unknown };
    };
  };
  const classifier = bundle.sentiment.classifier;
  if (byLanguage) {
    expect(classifier.kind).toBe('murmur.sentiment-by-language');
    expect(Object.keys(classifier.languages!).sort()).toEqual([...LANGUAGES].sort());
    expect(classifier.fallback).toBeDefined();
  } else expect(classifier.kind).not.toBe('murmur.sentiment-by-language');

  // labelling: the file's labels seed it; a model per language reads each language's posts
  await app.goTo('Sentiment');
  await s.expectScored(900);
  await s.startLabelling();
  await expect(s.labellingCount).toContainText('900 labels (900 from the file)');
  await s.labelling.getByRole('checkbox', { name: 'A model per language' }).check();
  const own = s.labelling.getByTestId('labelling-own-models');
  await expect(own).toContainText('German', { timeout: 120_000 });
  const table = s.labelling.getByTestId('labelling-language-figures');
  for (const code of LANGUAGES)
    await expect(table.locator(`tr[data-language="${code}"]`).locator('td').nth(1)).toHaveText(
      'yes',
    );
  await s.sourceOption('Trained classifier').check();
  await expect(s.chartsSource).toHaveAttribute('data-source', 'classifier');
  // after a reload the option is still on
  await page.reload();
  await app.goTo('Sentiment');
  await s.expectScored(900);
  await s.startLabelling();
  await expect(s.labelling.getByRole('checkbox', { name: 'A model per language' })).toBeChecked({
    timeout: 120_000,
  });
  await expect(s.chartsSource).toHaveAttribute('data-source', 'classifier');
});
