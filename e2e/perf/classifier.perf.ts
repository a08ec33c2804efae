import { expect, test } from './fixtures.ts';

// The classifier panel trains the network and the word-pattern model in a pool worker; the page
// draws the curves per epoch. Issue 15 asks for no long task, idle and with a core kept busy.
for (const busy of [false, true])
  test(`training the classifier on the sample's labels${busy ? ' with another process keeping one core busy' : ''}: no main-thread task over 50 ms`, async ({
    app,
    sentiment: s,
    mainThread,
    busyCore,
    longestTask,
  }) => {
    test.setTimeout(300_000);
    await app.open();
    await app.loadSample();
    await app.goTo('Sentiment');
    await s.expectScored(5000);
    await s.setTraining({ epochs: 6 });
    await mainThread.settle();
    if (busy) busyCore.start();
    const from = await mainThread.now();
    await s.trainButton().click();
    await s.comparison.waitFor({ timeout: 240_000 });
    await expect(s.classifierKept).toBeVisible();
    await mainThread.settle();
    busyCore.stop();
    longestTask(
      `classifier training and its curves${busy ? ' with one core busy' : ''}`,
      await mainThread.tasks(from),
    );
  });
