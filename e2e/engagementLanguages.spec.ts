import { expect, test } from './fixtures.ts';
import { csvFile } from './files.ts';
import { generateMultilingualPosts } from '../scripts/gen/multilingualPosts.ts';

/** Generated posts in six languages with followers and likes (likes follow followers). */
function postsWithLikes(): string {
  const posts = generateMultilingualPosts({ rows: 400, seed: 8 });
  return csvFile('posts-likes.csv', [
    'text,author_followers,likes',
    ...posts.map((p, i) => {
      const followers = 50 + ((i * 7919) % 5000);
      const likes = Math.round(followers / 40 + (p.label === 'positive' ? 12 : 0) + (i % 7));
      return `"${p.text.replace(/"/g, '""')}",${followers},${likes}`;
    }),
  ]);
}

test('the language filter in the Engagement view: the model learns from the chosen languages alone, kept after a reload', async ({
  app,
  sentiment: s,
  engagement: e,
  languages,
}) => {
  test.setTimeout(240_000);
  await app.open();
  await app.importFile(postsWithLikes());
  await app.goTo('Sentiment');
  await s.expectScored(400);
  await s.detectLanguages.click();
  await languages.choose('de');
  await expect(languages.state).toHaveText('only German');

  await app.goTo('Engagement');
  const note = app.page.getByTestId('engagement-languages');
  await expect(note).toHaveText(
    'Only posts in German (the language filter): the model will learn from them alone, and every chart will count them.',
  );
  await e.chooseTarget('likes', true);
  await e.setGrid({ trees: '20', depth: 'none', features: 'sqrt' }, 3);
  await e.train();
  await e.expectTrained();
  await expect(note).toHaveText(
    'Only posts in German (the language filter): the model learned from them alone, and every chart below counts them.',
  );
  // the notes say how many posts that is; the test posts are a share of them
  const notes = app.page.getByTestId('engagement-notes');
  await expect(notes).toContainText(
    /Posts in German only \(the language filter\): \d+ of 400 posts/,
  );
  const german = Number(/: (\d+) of 400 posts/.exec((await notes.innerText()) ?? '')![1]);
  expect(german).toBeGreaterThan(25);
  expect(german).toBeLessThan(90);
  const points = await e.scatterPoints.count();
  expect(points).toBeGreaterThan(0);
  expect(points).toBeLessThan(german);

  // kept with the dataset: after a reload the filter and the run trained under it come back
  await app.reload();
  await expect(languages.state).toHaveText('only German', { timeout: 60_000 });
  await app.goTo('Engagement');
  await expect(note).toHaveText(
    'Only posts in German (the language filter): the model learned from them alone, and every chart below counts them.',
  );
  expect(await e.scatterPoints.count()).toBe(points);
  // every language again: the results say what they were trained on until Train runs again
  await languages.choose('de', false);
  await expect(note).toHaveText(
    'The results below were trained on posts in German; the language filter now keeps posts in every language. Press Train to learn from those.',
  );
  await e.train();
  await e.expectTrained();
  await expect(note).toHaveCount(0);
  expect(await e.scatterPoints.count()).toBeGreaterThan(points);
});
