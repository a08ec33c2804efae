import { expect, test } from './fixtures.ts';
import { VIEW_IDS } from './pages/AuditPage.ts';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

test('on a 390×844 phone every view fits the width, the nav is compact and every control is tappable', async ({
  app,
  audit,
  page,
  sentiment,
}) => {
  test.setTimeout(360_000);
  await app.open();
  expect(await audit.horizontalOverflow()).toMatchObject({ scrollWidth: 390 });
  await app.loadSample();
  const nav = page.getByRole('navigation', { name: 'Views' });
  for (const view of VIEW_IDS) {
    await audit.openView(view);
    if (view === 'sentiment') await sentiment.expectScored(5000);
    const overflow = await audit.horizontalOverflow();
    expect(overflow.scrollWidth, `${view}: ${overflow.outside.join(', ')}`).toBeLessThanOrEqual(
      overflow.width,
    );
    expect(await audit.smallTargets(), view).toEqual([]);
    // One line of tabs (they scroll sideways), not a quarter of the screen.
    expect((await nav.boundingBox())!.height, view).toBeLessThanOrEqual(60);
    expect(await audit.seriousViolations(), view).toEqual([]);
  }
});
