import { expect, test } from './fixtures.ts';

test('the app opens on the first screen with the sample one click away', async ({ app }) => {
  await app.open();
  await expect(app.welcome).toBeVisible();
  await expect(app.sampleButton).toBeEnabled();
  await expect(app.activeDataset).toContainText('No dataset');
});

// How fast Cancel stops the job and a fresh worker answers: e2e/perf/engine.perf.ts (`npm run bench`).
test('Cancel stops a long worker job and a fresh worker serves the next call', async ({
  app,
  diagnostics: diag,
}) => {
  await app.open('diagnostics');
  const before = await diag.instance();
  // progress arrives while the worker is busy; Cancel ends the job
  await diag.startAndCancel();
  // the job ended as aborted by the Cancel (the page measured when)
  await expect(diag.stoppedAfter).toHaveText(/^\d+ ms$/);

  // The busy worker was terminated: another instance answers (the old one would be busy for 20 s).
  await diag.askInstance();
  await expect(diag.instanceId).not.toHaveText(before);
  await expect(diag.generation).toHaveText('2');
});
