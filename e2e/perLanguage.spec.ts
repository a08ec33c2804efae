import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { tmpFile } from './files.ts';
import { multilingualPostsCsv } from '../scripts/gen/multilingualPosts.ts';

const LANGUAGES = ['en', 'de', 'es', 'fr', 'it', 'pt'];

test('a model per language: trained beside one model, compared language by language, read by language in the live box, the bundle and labelling', async ({
  app,
  sentiment: s,
  live,
  models,
  page,
}) => {
  test.setTimeout(300_000);
  // generated: posts about cafés and shops in six languages, each with a label a person gave; half
  // the opinions are a hand sign, and 👌 is praise in English but an insult in Brazil
  const file = tmpFile(
    'multilingual-labelled.csv',
    multilingualPostsCsv({
      rows: 900,
      seed: 4,
      reactions: 0.5,
      languages: [
        ['en', 0.3],
        ['pt', 0.3],
        ['de', 0.1],
        ['es', 0.1],
        ['fr', 0.1],
        ['it', 0.1],
      ],
    }),
  );
  await app.open();
  await app.importFile(file);
  await app.goTo('Sentiment');
  await s.expectScored(900);

  await s.setTraining({ epochs: 4 });
  await s.perLanguage.check();
  await s.trainButton().click();
  await expect(s.comparison).toBeVisible({ timeout: 240_000 });

  // every language had enough labels; Portuguese reads better with a model of its own (👌), the
  // others no better than with one model for all languages
  for (const code of LANGUAGES) {
    const cells = s.languageFigureRow(code);
    await expect(cells.nth(2)).toHaveText(
      code === 'pt' ? /^yes \(\d+ to learn from\)$/ : 'no: did no better',
    );
    for (const k of [3, 4, 5, 6]) await expect(cells.nth(k)).toHaveText(/^\d+%/);
  }
  await expect(s.languageFigureRow('pt').first()).toHaveText('Portuguese');
  // the advice names the way kept, the one right more often in cross-validation, with both figures
  await expect(s.languageModelsKept).toHaveAttribute('data-kept', 'per-language');
  const sentence = await s.languageModelsKept.innerText();
  const figures =
    /^Kept a model per language \(Portuguese; one model for the rest\): right on (\d+)% of posts in cross-validation, against (\d+)% for one model for all languages\./.exec(
      sentence,
    );
  expect(figures, sentence).not.toBeNull();
  expect(Number(figures![1])).toBeGreaterThan(Number(figures![2]));
  expect(sentence).toContain('had enough labels too, but a model of their own read them no better');
  const byLanguage = (await s.classifierKept.getAttribute('data-kept')) === 'linear';

  // the live box reads the same sign in each post's language (when word patterns beat the network)
  await app.goTo('Live scoring');
  await live.sentiment.text.fill('Ontem fomos ao café com a minha irmã 👌');
  if (byLanguage) {
    await expect(live.sentiment.classifierModel).toHaveText('read by the Portuguese model');
    await expect(live.sentiment.classifier).toContainText('trained classifier: negative');
  } else await expect(live.sentiment.classifierModel).toHaveCount(0);
  await live.sentiment.text.fill('We stopped at the bakery on the way home 👌');
  if (byLanguage) {
    await expect(live.sentiment.classifierModel).toHaveText('read by the model for all languages');
    await expect(live.sentiment.classifier).toContainText('trained classifier: positive');
  }

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
    expect(Object.keys(classifier.languages!)).toEqual(['pt']);
    expect(classifier.fallback).toBeDefined();
  } else expect(classifier.kind).not.toBe('murmur.sentiment-by-language');

  // labelling: the file's labels seed it; a model per language reads each language's posts
  await app.goTo('Sentiment');
  await s.expectScored(900);
  await s.startLabelling();
  await expect(s.labellingCount).toContainText('900 labels (900 from the file)');
  await s.labelling.getByRole('checkbox', { name: 'A model per language' }).check();
  const own = s.labelling.getByTestId('labelling-own-models');
  await expect(own).toContainText('Own models: Portuguese', { timeout: 120_000 });
  const table = s.labelling.getByTestId('labelling-language-figures');
  for (const code of LANGUAGES)
    await expect(table.locator(`tr[data-language="${code}"]`).locator('td').nth(1)).toHaveText(
      code === 'pt' ? 'yes' : /^no/,
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
