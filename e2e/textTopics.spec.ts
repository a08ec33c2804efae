import { expect, test } from './fixtures.ts';
import { csvFile } from './files.ts';
import { generateTopicCorpus } from '../scripts/bench/gen/topicCorpus.ts';
import { AIRLINE } from '../scripts/bench/gen/topicDomains.ts';

const CHANNELS = ['web', 'app', 'phone'] as const;

/** A text-only export: 2,000 generated airline complaints, few with hashtags, and the channel each came by. */
function complaintsCsv(): string {
  const posts = generateTopicCorpus({ domain: AIRLINE, seed: 3, rows: 2000 });
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return csvFile('complaints.csv', [
    'created_at,text,channel',
    ...posts.map((p, i) => `${p.createdAt},${quote(p.text)},${CHANNELS[i % 3]}`),
  ]);
}

test('a text-only export: topics from the words, readable names, a mixed topic marked, merge and rename, kept after a reload', async ({
  app,
  topics,
  page,
}) => {
  await app.open();
  await app.importFile(complaintsCsv());
  await app.expectDataset('complaints', 2000);
  await app.goTo('Topics');
  // fewer than half the posts have a hashtag: the words of the text by default
  await expect(topics.documentsTerms).toBeChecked();
  // nine reasons, but only k = 2..3 tried: the page says the best k is at the top and offers more
  await topics.setSweep(3, 1);
  await topics.runAnalysis();
  const widen = page.getByTestId('topics-widen');
  await expect(widen).toContainText('top of the range tried (2..3)');
  await widen.getByTestId('topics-widen-run').click();
  await expect(topics.progress).toBeHidden({ timeout: 90_000 });
  await expect(topics.field('k to')).toHaveValue('9');
  await expect(page.getByTestId('k-picker').locator('option')).toHaveCount(8);

  await topics.field('k from').fill('9');
  await topics.setSweep(9, 3);
  await topics.runAnalysis();

  const list = page.getByTestId('topics-list');
  const items = list.getByTestId('topic-item');
  await expect(items).toHaveCount(9);
  // named by distinctive words, not by "no" or "call"
  await expect(
    list.getByTestId('topic-name').filter({ hasText: 'bag · luggage · lost' }),
  ).toHaveCount(1);
  await expect(list.getByTestId('topic-name')).not.toContainText(['not']);
  const mixed = items.filter({ has: page.getByTestId('topic-mixed') });
  await expect(mixed).toHaveCount(1);
  await expect(mixed.getByTestId('topic-name')).toHaveText('Mixed / unclear');
  await expect(items.first().getByTestId('topic-posts').locator('li')).toHaveCount(3);

  // rename the luggage topic, merge the late-departure one into it
  const named = (name: string) =>
    items.filter({ has: page.getByTestId('topic-name').filter({ hasText: name }) });
  const bags = named('bag · luggage · lost');
  const bagsId = (await bags.getAttribute('data-topic'))!;
  await bags.getByTestId('topic-rename-input').fill('Lost bags');
  await bags.getByTestId('topic-rename').click();
  await expect(list.getByTestId('topic-name').filter({ hasText: 'Lost bags' })).toHaveCount(1);
  const late = named('delayed · crew · maintenance');
  await late.getByTestId('topic-merge').selectOption(bagsId);
  await expect(items).toHaveCount(8);
  await expect(named('Lost bags')).toContainText(' + Topic ');

  // every topic chart counts the merged topic as one and calls it by its new name
  const sizes = page.getByTestId('cluster-sizes');
  await expect(sizes.getByTestId('bar-row')).toHaveCount(8);
  await expect(sizes).toContainText('Lost bags');
  await expect(sizes).not.toContainText('delayed · crew · maintenance');
  const bySentiment = page.getByTestId('topic-sentiment');
  await expect(bySentiment.getByTestId('topic-sentiment-source')).toContainText('VADER');
  await expect(bySentiment.getByTestId('stacked-row')).toHaveCount(8);
  await expect(
    bySentiment.getByTestId('breakdown-row').filter({ hasText: 'Lost bags' }),
  ).toHaveCount(1);
  const byCategory = page.getByTestId('topic-category');
  await expect(byCategory.getByTestId('topic-category-column')).toHaveValue('channel');
  await expect(byCategory.getByTestId('stacked-row')).toHaveCount(8);
  await expect(byCategory.getByRole('list', { name: 'Legend' })).toContainText('phone');
  // the merged topic's posts per channel add up to its size
  const bagRow = byCategory.getByTestId('breakdown-row').filter({ hasText: 'Lost bags' });
  const cells = (await bagRow.locator('td').allTextContents()).map(Number);
  expect(cells).toHaveLength(3);
  const bagSize = Number(
    (await named('Lost bags').getByTestId('topic-size').textContent())!.replace(/\D/g, ''),
  );
  expect(cells.reduce((a, b) => a + b, 0)).toBe(bagSize);

  await app.reload();
  await app.goTo('Topics');
  await expect(list).toContainText('kept from your last visit');
  await expect(items).toHaveCount(8);
  await expect(named('Lost bags')).toContainText(' + Topic ');
  await expect(items.filter({ has: page.getByTestId('topic-mixed') })).toHaveCount(1);
});
