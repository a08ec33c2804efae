import { expect, test } from './fixtures.ts';

// The one journey with the service worker on (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

test('after the first visit the app opens and analyses the sample with no network; the live feed says it needs one', async ({
  app,
  sentiment,
  stream,
  connection,
  page,
}) => {
  await app.open();
  await connection.expectInstallable();
  await connection.expectReady();

  await connection.goOffline();
  expect(await connection.networkReachable()).toBe(false);
  await app.reload();
  await expect(app.welcome).toBeVisible();
  await app.loadSample();
  await app.goTo('Sentiment');
  await sentiment.expectScored(5000);

  await app.goTo('Stream');
  await stream.liveFeed();
  await expect(page.getByTestId('feed-offline')).toContainText('needs an internet connection');
});
