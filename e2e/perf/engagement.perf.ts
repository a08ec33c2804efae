import { expect, test } from './fixtures.ts';

/**
 * Run in the page (as a string: this file is typed for Node, without the DOM): from the next click
 * to the moment the "cancelled" banner is in the document, in ms, as the promise `__cancelMs`.
 */
const WATCH_CANCEL = `globalThis.__cancelMs = new Promise((resolve) => {
  document.addEventListener('click', () => {
    const t0 = performance.now();
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[data-testid="training-cancelled"]')) return;
      observer.disconnect();
      resolve(performance.now() - t0);
    });
    observer.observe(document.body, { subtree: true, childList: true });
  }, { capture: true, once: true });
}); undefined`;

test('the sample’s grid search: Cancel within 200 ms; training and drawing the results without long main-thread tasks', async ({
  app,
  page,
  engagement: e,
  mainThread,
  figure,
  longestTask,
}) => {
  await app.open();
  await app.loadSample();
  await app.goTo('Engagement');
  await e.chooseTarget('likes', true);
  // a big grid to cancel while it runs
  await e.setGrid({ trees: '200', depth: 'none, 20', features: '1.0' }, 3);
  await e.train();
  await expect(e.fitRows.first()).toBeVisible({ timeout: 60_000 });
  await page.evaluate(WATCH_CANCEL);
  await e.cancel();
  const cancelMs = await page.evaluate<number>('globalThis.__cancelMs');
  await expect(e.cancelled).toBeVisible();
  figure({
    name: 'grid search, from Cancel to "cancelled" on the page',
    value: Math.round(cancelMs),
    unit: 'ms',
    max: 200,
  });

  await e.setGrid({ trees: '30', depth: 'none, 8', features: 'sqrt' }, 3);
  const started = await mainThread.now();
  await e.train();
  await e.expectTrained();
  const trained = await mainThread.now();
  await expect(e.scatterPoints).toHaveCount(500);
  await expect(e.residualBars.first()).toBeVisible();
  await expect(e.importanceBars).toHaveCount(15);
  await expect(e.gridHeatmap).toBeVisible();
  await expect(e.gridRows).toHaveCount(2);
  await expect(e.learningCurveSeries).toHaveCount(2);
  await expect(e.featureCorrelation).toBeVisible();
  const drawn = await mainThread.now();
  await mainThread.settle();
  const training = await mainThread.tasks(started, trained);
  const drawing = await mainThread.tasks(trained - 300, drawn);
  // The pool keeps every core busy while the page's own work per progress update is a few ms.
  // (A polling expect() would take an aria snapshot of the page per retry, 40-70 ms each: the
  // journeys wait with locator.waitFor.)
  longestTask('grid search, training', training);
  longestTask('grid search, drawing the results', drawing);
});

test('the sample’s grid search with another process keeping one core busy: no long main-thread task while training', async ({
  app,
  engagement: e,
  mainThread,
  busyCore,
  longestTask,
}) => {
  await app.open();
  await app.loadSample();
  await app.goTo('Engagement');
  await e.chooseTarget('likes', true);
  await e.setGrid({ trees: '30', depth: 'none, 8', features: 'sqrt' }, 3);
  busyCore.start();
  const started = await mainThread.now();
  await e.train();
  await e.expectTrained();
  const trained = await mainThread.now();
  await mainThread.settle();
  busyCore.stop();
  longestTask('grid search with one core busy, training', await mainThread.tasks(started, trained));
});
