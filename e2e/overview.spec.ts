import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

test('the sample opens on an overview in sentences that link to their views; the HTML report holds it, with inline charts and nothing to load', async ({
  app,
  overview,
  page,
}) => {
  test.setTimeout(240_000);
  await app.open();
  await app.loadSample();
  await expect(overview.card).toBeVisible();

  // posts, dates and languages in one sentence, linking to the Dataset view
  const dataset = overview.sentence('dataset');
  await expect(dataset).toHaveText(
    /^5,000 posts from \d{1,2} [A-Z][a-z]{2}( \d{4})? to \d{1,2} [A-Z][a-z]{2} \d{4}, mostly English \(\d+%\)\.$/,
  );
  await expect(dataset).toHaveAttribute('href', '#/dataset');
  await expect(overview.sentence('duplicates')).toHaveAttribute('href', '#/dataset');

  // sentiment is read without a click on a dataset this size: shares with their 95% ranges
  const sentiment = overview.sentence('sentiment');
  await expect(sentiment).toHaveText(
    /^About \d+% of the posts are (negative|neutral|positive) \(\d+–\d+%\), \d+% \w+ \(\d+–\d+%\) and \d+% \w+ \(\d+–\d+%\), as VADER's word list reads them\.$/,
    { timeout: 90_000 },
  );
  await expect(overview.line('sentiment')).toContainText('label a few posts');
  const sentimentText = await sentiment.textContent();

  // missing parts say what to do
  await expect(overview.sentence('engagement')).toHaveText(/^No engagement model yet/);
  await expect(
    overview.line('engagement').getByRole('link', { name: 'Train a model' }),
  ).toHaveAttribute('href', '#/engagement');
  await expect(overview.sentence('topics')).toHaveText('Topics have not been looked for yet.');
  await overview.findTopics();
  await expect(overview.sentence('topics')).toHaveText(
    /^The largest of \d+ topics found in the (hashtags|words of the posts) are “Topic \d+ · [^”]+” \(\d+%\), “[^”]+” \(\d+%\) and “[^”]+” \(\d+%\)\.( \d+% of the posts fit no clear topic\.)?$/,
  );
  await expect(overview.sentence('topics')).toHaveAttribute('href', '#/topics');

  // a sentence takes you to its view
  await sentiment.click();
  await expect(page).toHaveURL(/#\/sentiment$/);
  await expect(page.getByRole('heading', { name: 'Sentiment', level: 2 })).toBeVisible();
  await app.goTo('Dataset');
  await expect(overview.sentence('sentiment')).toHaveText(sentimentText!);

  // the readable report: the same sentences, inline SVG charts, nothing that loads
  const file = await overview.downloadHtml();
  expect(file.name).toMatch(/^murmur-report-murmur-sample-\d{4}-\d{2}-\d{2}\.html$/);
  const html = readFileSync(file.path, 'utf8');
  expect(html).toContain('<section id="summary"');
  expect(html).toContain(`<a href="#sentiment">${sentimentText!.replace(/'/g, '&#39;')}</a>`);
  expect(html).toContain('<h1>murmur-sample</h1>');
  expect(html.match(/<svg /g)?.length ?? 0).toBeGreaterThanOrEqual(3);
  expect(html).toContain('The sentiment charts show VADER');
  expect(html).not.toMatch(/<script|<link|<img|<iframe|url\(/i);
  expect(html).not.toMatch(/\s(src|srcset)\s*=/i);
  for (const m of html.matchAll(/href="([^"]*)"/g)) expect(m[1]).toMatch(/^#[a-z]+$/);

  // opened as a page, it draws its charts and asks for nothing (the fixture fails on any request)
  const report = await page.context().newPage();
  await report.setContent(html);
  await expect(report.getByRole('heading', { name: 'murmur-sample', level: 1 })).toBeVisible();
  await expect(report.getByRole('img', { name: /Share of posts by sentiment/ })).toBeVisible();
  await report.close();
});

test('the Models view offers the readable report beside the JSON one', async ({ app, page }) => {
  await app.open();
  await app.loadSample();
  await app.goTo('Models');
  const html = page.getByTestId('download-report-html');
  await expect(html).toHaveText('Download report (HTML)');
  await expect(page.getByTestId('download-report')).toContainText('(JSON)');
  const file = await app.download(() => html.click());
  const text = readFileSync(file.path, 'utf8');
  expect(text).toContain('<h1>murmur-sample</h1>');
  expect(text).toMatch(/<li data-part="dataset"><a href="#dataset">5,000 posts/);
});
