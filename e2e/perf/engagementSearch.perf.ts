import { test } from './fixtures.ts';

/**
 * The default (quick) search against the full 27-point grid on the sample's likes, as a user runs
 * them: the quick search's time, both searches' main-thread long tasks, and how much worse the quick
 * search's model does on the test posts (mean absolute error in likes).
 */
test('the sample’s likes: the quick search finds a model in seconds, about as good as the full grid’s, without long main-thread tasks', async ({
  app,
  engagement: e,
  mainThread,
  figure,
  longestTask,
}) => {
  test.setTimeout(15 * 60_000);
  await app.open();
  await app.loadSample();
  await app.goTo('Engagement');
  await e.chooseTarget('likes', true);

  await e.chooseSearch('halving');
  let started = await mainThread.now();
  await e.train();
  await e.expectTrained(300_000);
  let trained = await mainThread.now();
  await mainThread.settle();
  longestTask('quick search, training', await mainThread.tasks(started, trained));
  const quickSeconds = Number(await e.headline.getAttribute('data-search-seconds'));
  const quickError = await e.testError();
  figure(
    {
      name: 'quick search (27 settings, halving) on the sample',
      value: Math.round(quickSeconds * 10) / 10,
      unit: 's',
      max: 15,
    },
    `Train to results ${((trained - started) / 1000).toFixed(1)} s; test MAE ${quickError.toFixed(2)} likes`,
  );

  await e.chooseSearch('full');
  started = await mainThread.now();
  await e.train();
  // waitFor, not a polling expect (whose aria snapshots would be counted as the page's long tasks)
  await e.metrics.locator('[data-search="full"]').waitFor({ timeout: 900_000 });
  await e.expectTrained();
  trained = await mainThread.now();
  await mainThread.settle();
  longestTask('full grid, training', await mainThread.tasks(started, trained));
  const fullSeconds = Number(await e.headline.getAttribute('data-search-seconds'));
  const fullError = await e.testError();
  figure(
    {
      name: 'quick search’s test error above the full grid’s',
      value: Math.round(((quickError - fullError) / fullError) * 1000) / 10,
      unit: '%',
      max: 2,
    },
    `test MAE quick ${quickError.toFixed(2)}, full ${fullError.toFixed(2)} likes; full grid ${fullSeconds.toFixed(1)} s`,
  );
});
