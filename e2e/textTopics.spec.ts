import { expect, test } from './fixtures.ts';
import { csvFile } from './files.ts';
import { generateTopicCorpus } from '../scripts/bench/gen/topicCorpus.ts';
import { AIRLINE } from '../scripts/bench/gen/topicDomains.ts';

/** A text-only export: 2,000 generated airline complaints, few with hashtags. */
function complaintsCsv(): string {
  const posts = generateTopicCorpus({ domain: AIRLINE, seed: 3, rows: 2000 });
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return csvFile('complaints.csv', [
    'created_at,text',
    ...posts.map((p) => `${p.createdAt},${quote(p.text)}`),
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
  await topics.field('k from').fill('9');
  await topics.setSweep(9, 3);
  await topics.runAnalysis();

  const list = page.getByTestId('topics-list');
  const items = list.getByTestId('topic-item');
  await expect(items).toHaveCount(9);
  // named by distinctive words, not by "no" or "call"
  await expect(
    list.getByTestId('topic-name').filter({ hasText: 'bag · baggage · lost' }),
  ).toHaveCount(1);
  await expect(list.getByTestId('topic-name')).not.toContainText(['not']);
  const mixed = items.filter({ has: page.getByTestId('topic-mixed') });
  await expect(mixed).toHaveCount(1);
  await expect(mixed.getByTestId('topic-name')).toHaveText('Mixed / unclear');
  await expect(items.first().getByTestId('topic-posts').locator('li')).toHaveCount(3);

  // rename the luggage topic, merge the late-departure one into it
  const named = (name: string) =>
    items.filter({ has: page.getByTestId('topic-name').filter({ hasText: name }) });
  const bags = named('bag · baggage · lost');
  const bagsId = (await bags.getAttribute('data-topic'))!;
  await bags.getByTestId('topic-rename-input').fill('Lost bags');
  await bags.getByTestId('topic-rename').click();
  await expect(list.getByTestId('topic-name').filter({ hasText: 'Lost bags' })).toHaveCount(1);
  const late = named('late · departure · hours');
  await late.getByTestId('topic-merge').selectOption(bagsId);
  await expect(items).toHaveCount(8);
  await expect(named('Lost bags')).toContainText(' + Topic ');

  await app.reload();
  await app.goTo('Topics');
  await expect(list).toContainText('kept from your last visit');
  await expect(items).toHaveCount(8);
  await expect(named('Lost bags')).toContainText(' + Topic ');
  await expect(items.filter({ has: page.getByTestId('topic-mixed') })).toHaveCount(1);
});
