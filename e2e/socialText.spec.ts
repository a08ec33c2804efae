import { airlineTweetsCsv } from '../scripts/gen/airlineTweets.ts';
import { expect, test } from './fixtures.ts';
import { tmpFile } from './files.ts';

test('live scoring sets aside handles and links and says so; the reference switch reads the raw text', async ({
  app,
  live: { sentiment: s },
}) => {
  await app.open('live');
  await s.text.fill('@united flight 1234 to Denver is boarding now https://t.co/x1');
  await expect(s.label).toHaveText(/neutral/);
  await expect(s.setAside.locator('[data-kind="handle"]')).toContainText('@united');
  await expect(s.setAside.locator('[data-kind="url"]')).toContainText('https://t.co/x1');
  await s.reference.check();
  // raw VADER reads "@united" as the lexicon word "united"
  await expect(s.label).toHaveText(/positive/);
  await expect(s.compound).toHaveText('+0.4215');
  await expect(s.setAside).toHaveCount(0);
  await s.reference.uncheck();
  await expect(s.label).toHaveText(/neutral/);
});

test('airline tweets: the social reading by default, the reference switch scores the raw text', async ({
  app,
  sentiment: v,
}) => {
  await app.open();
  await app.importFile(tmpFile('airline.csv', airlineTweetsCsv({ rows: 600, seed: 3 })));
  await app.expectDataset('airline', 600);
  await app.goTo('Sentiment');
  await v.expectScored(600);
  // the overview reads the posts' languages on import, and the counts follow once it has: read
  // them when two reads half a second apart agree
  let last = '';
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await v.counts());
        const settled = now === last;
        last = now;
        return settled;
      },
      { intervals: [500] },
    )
    .toBe(true);
  const social = JSON.parse(last) as Awaited<ReturnType<typeof v.counts>>;
  await v.reference.check();
  await v.expectScored(600);
  // "@united", "@VirginAmerica" …: raw VADER finds more positive posts in complaints
  await expect.poll(async () => (await v.counts()).positive).toBeGreaterThan(social.positive);
  await v.reference.uncheck();
  await expect.poll(async () => (await v.counts()).positive).toBe(social.positive);
});
