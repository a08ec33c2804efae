import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { ChartCard } from './pages/ChartCard.ts';
import { VIEW_IDS } from './pages/AuditPage.ts';

const SIZES = [
  { width: 1400, height: 900 },
  { width: 390, height: 844 },
] as const;

test('charts are ready to publish on desktop and phone: 11 px text, nothing cut or overlapping', async ({
  app,
  audit,
  page,
  sentiment,
  topics,
  engagement: e,
  stream,
}) => {
  test.setTimeout(600_000);
  await page.setViewportSize(SIZES[0]);
  await app.open();
  await app.loadSample();
  // Results behind a button, so their views have charts to check.
  await app.goTo('Topics');
  await topics.runAnalysis(180_000);
  await app.goTo('Engagement');
  await e.chooseTarget('likes', true);
  await e.setGrid({ trees: '20', depth: '8', features: 'sqrt' }, 2);
  await e.train();
  await e.expectTrained(240_000);
  await app.goTo('Stream');
  await stream.replay('Play');
  await expect.poll(() => stream.position(), { timeout: 30_000 }).toBeGreaterThan(200);
  await stream.replay('Pause');

  for (const size of SIZES) {
    await page.setViewportSize(size);
    let checked = 0;
    for (const view of VIEW_IDS) {
      await audit.openView(view);
      if (view === 'sentiment') await sentiment.expectScored(5000);
      // Charts measure their width after they mount: let the last redraw land.
      await page.waitForTimeout(300);
      const { texts, problems } = await audit.chartTextProblems(11);
      expect(problems, `${view} at ${size.width}px`).toEqual([]);
      checked += texts;
    }
    // a check over nothing would pass: the views above draw hundreds of chart labels
    expect(checked, `chart texts checked at ${size.width}px`).toBeGreaterThan(100);
  }
});

test('an exported chart carries its title, legend and source line', async ({
  app,
  sentiment,
  page,
}) => {
  await app.open();
  await app.loadSample();
  await app.goTo('Sentiment');
  await sentiment.expectScored(5000);
  const card = new ChartCard(page.getByTestId('compound-histogram'));
  await card.openExport();
  const svg = await app.download(() => card.exportSvg.click());
  expect(svg.name).toBe('compound-score-histogram.svg');
  const text = readFileSync(svg.path, 'utf8');
  expect(text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(text).toContain('data-part="title">Compound score histogram</text>');
  for (const label of ['Positive', 'Neutral', 'Negative'])
    expect(text).toMatch(new RegExp(`data-part="legend-entry">.*?>${label}</text>`));
  // the source line may wrap: its lines joined read as one
  const source = [...text.matchAll(/data-part="source">([^<]*)</g)].map((m) => m[1]).join(' ');
  expect(source).toMatch(
    /^Source: murmur-sample · 5,000 posts · \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2} · Method: VADER compound score; positive at 0\.05 and above, negative at -0\.05 and below · Made with Murmur$/,
  );
  // the chart itself is inside, with its bars: the neutral bin at 0 in the neutral grey
  expect(text).toContain('data-part="chart"');
  expect(text).toMatch(/fill:\s*rgb\(134, 142, 150\)/);

  // the menu stays open after a download
  const png = await app.download(() => card.exportPng.click());
  expect(png.name).toBe('compound-score-histogram.png');
  const bytes = readFileSync(png.path);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  // twice the composed picture's width (it is at least 360 px with its margins)
  expect(bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(720);
});
