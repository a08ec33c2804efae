import { expect, test } from './fixtures.ts';

test('the engine check: Cancel stops a worker job within 200 ms and a fresh worker answers within 2 s', async ({
  app,
  diagnostics: diag,
  figure,
}) => {
  await app.open('diagnostics');
  const before = await diag.instance();
  await diag.startAndCancel();
  figure({
    name: 'worker job, from Cancel to stopped (measured by the page)',
    value: await diag.stoppedAfterMs(),
    unit: 'ms',
    max: 200,
  });

  // the busy worker was terminated: a new one answers at once (the old one would be busy for 20 s)
  const t0 = Date.now();
  await diag.askInstance();
  await expect(diag.instanceId).not.toHaveText(before);
  figure({
    name: 'a fresh worker answers after a Cancel',
    value: Date.now() - t0,
    unit: 'ms',
    max: 2000,
  });
});
