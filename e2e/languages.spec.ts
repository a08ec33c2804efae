import { expect, test } from './fixtures.ts';
import { csvFile } from './files.ts';

// Written for this journey: English, German, Spanish, French, Russian and Japanese posts over two
// days on two platforms. Russian and Japanese have no word list of ours: they must never be neutral.
const POSTS: [text: string, day: string, platform: string][] = [
  ['I love this new phone, the camera is amazing', '01', 'X'],
  ['The train was late again, this is terrible service', '01', 'Bluesky'],
  ['Das Konzert gestern war wunderbar, ich bin so glücklich', '01', 'X'],
  ['Der Zug hatte wieder Verspätung, das ist wirklich schrecklich', '02', 'Bluesky'],
  ['El servicio fue horrible, nunca más vuelvo a esta tienda', '02', 'X'],
  ['Je suis tellement heureux, quelle magnifique journée', '02', 'Bluesky'],
  ['Отличный день, наконец-то солнце и тепло!', '02', 'Bluesky'],
  ['今日は最高の一日でした！ありがとう', '02', 'X'],
];

function multilingualCsv(): string {
  return csvFile('multilingual-posts.csv', [
    'text,created_at,platform',
    ...POSTS.map(([text, day, platform]) => `"${text}",2025-03-${day}T10:00:00Z,${platform}`),
  ]);
}

test('a multilingual file: posts we cannot read counted apart in every chart, one language filter for every view', async ({
  app,
  sentiment: s,
  dataset,
  languages,
}) => {
  await app.open();
  await app.importFile(multilingualCsv());
  await app.goTo('Sentiment');
  await s.expectScored(8);
  // English VADER alone: no post is "can't read", and the language filter is not offered yet.
  await expect(s.count('unscored')).toHaveCount(0);
  await expect(languages.root).toHaveCount(0);

  await s.detectLanguages.click();
  await expect(s.languagesUnscored).toContainText('2 of 8 posts');
  // Every chart now reads each post in its language and counts the two it cannot read apart.
  await expect(s.chartsSource).toHaveAttribute('data-by-language', 'true');
  await expect(s.count('unscored')).toHaveText('2');
  await expect(s.count('neutral')).toHaveText('0');
  await expect(s.count('positive')).toHaveText('3');
  await expect(s.count('negative')).toHaveText('3');
  await expect(s.overTimeSeries).toHaveCount(4);
  await expect(s.page.getByTestId('histogram-unscored')).toContainText("2 posts we can't read");
  await s.table.labelFilter.selectOption('unscored');
  await expect(s.table.count).toHaveText('2 posts');
  await expect(s.table.labels).toHaveText(["can't read", "can't read"]);

  // One filter under the header: German and Spanish only, in the Sentiment view …
  await expect(languages.state).toHaveText('all');
  await languages.choose('de');
  await languages.choose('es');
  await expect(languages.state).toHaveText('only German and Spanish');
  await expect(s.page.getByTestId('charts-language-filter')).toContainText(
    'Only posts in German and Spanish are counted (3 of 8',
  );
  await expect(s.count('negative')).toHaveText('2');
  await expect(s.count('positive')).toHaveText('1');
  await expect(s.count('unscored')).toHaveText('0');
  // … and in the Dataset view's rows.
  await app.goTo('Dataset');
  await expect(dataset.page.getByTestId('preview-count')).toContainText(
    '3 of 8 rows (only posts in German and Spanish)',
  );
  await expect(dataset.previewCell(1, 1)).toContainText('Konzert');
  await expect(dataset.previewRows).toHaveCount(4);
});
