import { expect, test } from './fixtures.ts';
import { VIEW_IDS } from './pages/AuditPage.ts';

test('axe-core finds no serious or critical violation on the first screen or any view with the sample', async ({
  app,
  audit,
  sentiment,
}) => {
  test.setTimeout(360_000);
  await app.open();
  expect(await audit.seriousViolations(), 'first screen').toEqual([]);
  await app.loadSample();
  for (const view of VIEW_IDS) {
    await audit.openView(view);
    if (view === 'sentiment') await sentiment.expectScored(5000);
    expect(await audit.seriousViolations(), view).toEqual([]);
  }
});

test('keyboard: a skip link, focus on the result after the sample loads, tips named after their subject, opened by focus or tap, closed by Escape', async ({
  app,
  page,
}) => {
  await app.open();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();

  await app.sampleButton.focus();
  await page.keyboard.press('Enter');
  await app.expectDataset('murmur-sample');
  await expect(page.locator('#dataset-title')).toBeFocused();

  await app.open('models');
  const tips = page.getByRole('button', { name: /^More information/ });
  await expect(tips.first()).toBeVisible();
  const names = await tips.evaluateAll((els) => els.map((e) => e.textContent?.slice(1)));
  expect(names.length).toBeGreaterThan(2);
  for (const name of names) expect(name).toMatch(/^More information about \S/);
  await expect(page.getByRole('button', { name: 'More information about Models' })).toHaveCount(1);

  const tip = tips.first();
  const text = page.locator(`#${await tip.getAttribute('aria-describedby')}`);
  await tip.focus();
  await expect(text).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(text).toBeHidden();
  // A tap (no hover, no keyboard) opens it and keeps it open; a tap elsewhere closes it.
  await tip.dispatchEvent('click');
  await expect(text).toBeVisible();
  await page.getByRole('heading', { name: 'Murmur', exact: true }).click();
  await expect(text).toBeHidden();
});

test('the active tab stays legible under the pointer', async ({ app, page }) => {
  await app.open('models');
  const active = page.getByRole('navigation', { name: 'Views' }).locator('[aria-current="page"]');
  await active.hover();
  const contrast = await active.evaluate((el) => {
    const rgb = (c: string) => (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
    const lum = (c: string) => {
      const [r, g, b] = rgb(c).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const style = getComputedStyle(el);
    const [a, b] = [lum(style.color), lum(style.backgroundColor)].sort((x, y) => y - x);
    return (a + 0.05) / (b + 0.05);
  });
  expect(contrast).toBeGreaterThanOrEqual(4.5);
});

test('keyboard: after Train focus lands on the result; Save the model says where the file went', async ({
  app,
  engagement: e,
  page,
}) => {
  await app.open();
  await app.loadSample();
  await app.goTo('Engagement');
  await e.chooseTarget('likes', true);
  await e.setGrid({ trees: '20', depth: '8', features: 'sqrt' }, 2);
  await page.getByTestId('train-forest').focus();
  await page.keyboard.press('Enter');
  await e.expectTrained();
  await expect(e.summary).toBeFocused();

  const file = await app.download(() => e.saveModel.click());
  expect(file.name).toMatch(/^murmur-engagement-.*\.json$/);
  await expect(e.savedAs).toContainText(`Saved as ${file.name} in your browser’s downloads folder`);
  await expect(e.savedAs.getByRole('link', { name: 'Models' })).toHaveAttribute('href', '#/models');
});

test("live scoring: each word's explanation opens from the keyboard, not only on hover", async ({
  app,
  live,
  page,
}) => {
  await app.open('live');
  await live.sentiment.text.fill('The launch was not good!!');
  await expect(live.sentiment.token('good')).toBeVisible();
  const words = live.sentiment.wordByWord;
  await expect(words.getByText(/^good: /)).toBeHidden();
  await words.getByText(/Why this score, word by word/).focus();
  await page.keyboard.press('Enter');
  await expect(words.getByText(/^good: -1\.406 · lexicon word.*negated by "not"/s)).toBeVisible();
  await expect(words.getByText(/^not: .*negation/)).toBeVisible();
});
