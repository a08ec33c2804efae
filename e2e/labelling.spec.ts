import { expect, test } from './fixtures.ts';
import { partlyLabelledTweets } from './files.ts';
import { JetstreamFixture } from '../scripts/bench/streamServer.ts';

const KEY = { positive: '1', neutral: '2', negative: '3' } as const;

test('labelling with the keyboard: the VADER warning, 40 labels, the classifier in the charts, corrected shares, labels kept after a reload', async ({
  app,
  sentiment: s,
  stream,
  page,
}) => {
  test.setTimeout(180_000);
  // one post in five carries a label, as a file a team labelled in part
  const { file, truth } = partlyLabelledTweets(600, 5, 5);
  await app.open();
  await app.importFile(file);
  await app.goTo('Sentiment');
  await s.expectScored(600);
  await expect(s.chartsSource).toHaveAttribute('data-source', 'vader');

  await s.startLabelling();
  // 120 labels came with the file: VADER is already judged against them
  await expect(s.labellingCount).toContainText('120 labels (120 from the file)');
  await expect(s.vaderWarning).toBeVisible();
  await expect(s.vaderWarning).toContainText('worse than always answering “negative”');

  for (let k = 0; k < 40; k++) {
    await expect(s.labellingPost).toBeVisible({ timeout: 60_000 });
    const text = (await s.labellingPost.textContent()) ?? '';
    const row = (await s.labellingPost.getAttribute('data-row')) ?? '';
    const label = truth.get(text);
    expect(label, `the post "${text}" comes from the file`).toBeDefined();
    await page.keyboard.press(KEY[label!]);
    // the next post (a copy may carry the same text: its row differs)
    if (k % 20 !== 19) await expect(s.labellingPost).not.toHaveAttribute('data-row', row);
  }
  await expect(s.labellingCount).toContainText('160 labels', { timeout: 60_000 });
  await expect(s.labellingAccuracy).toBeVisible();
  await expect(s.recommended).toBeVisible();

  await s.sourceOption('Trained classifier').check();
  await expect(s.chartsSource).toHaveAttribute('data-source', 'classifier');
  await expect(page.getByTestId('label-distribution')).toContainText('trained classifier');
  for (const c of ['negative', 'neutral', 'positive'])
    await expect(s.shareInterval(c)).toHaveText(/\(\d+\.\d% – \d+\.\d%\)/);
  await expect(s.sharesMethod).toContainText('prediction-powered');
  // the same estimate per airline, each with its interval
  const byAirline = page.getByTestId('corrected-shares-by-category');
  await expect(byAirline.getByTestId('group-shares-row')).toHaveCount(6);
  await expect(byAirline.getByRole('rowheader', { name: 'United' })).toBeVisible();
  await expect(
    page.getByTestId('corrected-shares-over-time').getByTestId('group-shares-row').first(),
  ).toBeVisible();

  // the replayed stream labels the posts with the same classifier
  await app.goTo('Stream');
  await stream.replay('Play');
  await expect(stream.sentimentSource).toContainText('classifier trained on your labels', {
    timeout: 30_000,
  });
  await expect(page.getByRole('heading', { name: 'Sentiment (trained classifier)' })).toBeVisible();
  await expect(stream.latest.first()).toBeVisible({ timeout: 30_000 });
  await stream.replay('Pause');
  // and a live feed's posts, once connected (a feed on this machine: nothing leaves it)
  const feed = await JetstreamFixture.start({ seed: 5 });
  try {
    await stream.liveFeed();
    await stream.connectTo(feed.url);
    await feed.startProducing(200, 40);
    await expect(stream.sentimentSource).toContainText('classifier trained on your labels');
    await expect(
      page.getByRole('heading', { name: 'Sentiment (trained classifier)' }),
    ).toBeVisible();
    await stream.expectCount('scored', 40);
    await stream.disconnect.click();
  } finally {
    await feed.close();
  }

  await app.reload();
  await app.goTo('Sentiment');
  await s.expectScored(600);
  // the charts read the classifier again before labelling is opened: it was kept, not retrained
  await expect(s.chartsSource).toHaveAttribute('data-source', 'classifier');
  await s.startLabelling();
  await expect(s.labellingCount).toContainText('160 labels');
  await expect(s.chartsSource).toHaveAttribute('data-source', 'classifier');
});
