import { expect, test } from './fixtures.ts';

test('the app opens on the first screen with the sample one click away', async ({ app, page }) => {
  await app.open();
  await expect(
    page.getByRole('heading', { name: /understand a social media export/i }),
  ).toBeVisible();
  await expect(page.getByTestId('load-sample')).toBeEnabled();
  await expect(app.activeDataset).toContainText('No dataset');
});

test('Cancel stops a long worker job within 200 ms and a fresh worker serves the next call', async ({
  app,
  page,
}) => {
  await app.open('diagnostics');
  await page.getByTestId('diag-instance').click();
  const first = page.getByTestId('diag-instance-id');
  await expect(first).not.toHaveText('—');
  const before = await first.textContent();

  await page.getByTestId('diag-start').click();
  const progress = page.getByTestId('diag-progress');
  await expect(progress).toBeVisible();
  // Progress arrives while the worker is busy.
  await expect
    .poll(
      async () => Number(await progress.getByRole('progressbar').getAttribute('aria-valuenow')),
      { timeout: 10_000 },
    )
    .toBeGreaterThan(0);

  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('diag-status')).toHaveText('cancelled');
  const stoppedMs = Number(
    (await page.getByTestId('diag-stopped-ms').textContent())!.replace(' ms', ''),
  );
  expect(stoppedMs).toBeLessThan(200);

  // The busy worker was terminated: a new one answers at once (the old one would be busy for 20 s).
  const t0 = Date.now();
  await page.getByTestId('diag-instance').click();
  await expect(first).not.toHaveText(before!);
  expect(Date.now() - t0).toBeLessThan(2000);
  await expect(page.getByTestId('diag-generation')).toHaveText('2');
});
