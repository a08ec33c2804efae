import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
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
  await expect(s.table.languages).toHaveText(['ru', 'ja']);

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
  // the detected language is a column of the preview
  await expect(dataset.previewCell(1, 4)).toHaveText('de');
  await expect(dataset.previewRows).toHaveCount(4);

  // The filter is kept with the dataset: after a reload in the Sentiment view the languages are
  // read again by themselves and the counts are German and Spanish only, as they were left.
  await app.goTo('Sentiment');
  await app.reload();
  await expect(languages.state).toHaveText('only German and Spanish');
  await expect(s.page.getByTestId('charts-language-filter')).toContainText(
    'Only posts in German and Spanish are counted (3 of 8',
  );
  await expect(s.count('negative')).toHaveText('2');
  await expect(s.count('positive')).toHaveText('1');
  await expect(s.count('unscored')).toHaveText('0');
  await expect(s.languagesUnscored).toContainText('2 of 8 posts');
  await app.goTo('Dataset');
  await expect(dataset.page.getByTestId('preview-count')).toContainText(
    '3 of 8 rows (only posts in German and Spanish)',
  );
  // The Engagement view says its model will learn from those posts alone.
  await app.goTo('Engagement');
  await expect(app.page.getByTestId('engagement-languages')).toContainText(
    'Only posts in German and Spanish (the language filter): the model will learn from them alone',
  );
});

test('typed text is read in its language: German by its word list, Japanese not scored', async ({
  app,
  live,
}) => {
  await app.open();
  await app.loadSample();
  await app.goTo('Live scoring');
  await live.sentiment.text.fill('Das Essen war wunderbar und der Service einfach großartig');
  await expect(live.sentiment.language).toContainText('Read as German');
  await expect(live.sentiment.language).toHaveAttribute('data-route', 'lexicon');
  await expect(live.sentiment.label).toHaveText('positive');
  await live.sentiment.text.fill('今日のフライトはまた遅れて、本当にがっかりしました');
  await expect(live.sentiment.language).toHaveAttribute('data-route', 'unscored');
  await expect(live.sentiment.label).toHaveText('unscored');
  await expect(live.sentiment.compound).toHaveText('—');
  // English: VADER with its word-by-word highlights, no language note
  await live.sentiment.text.fill('The crew were lovely and the flight was on time');
  await expect(live.sentiment.label).toHaveText('positive');
  await expect(live.sentiment.language).toHaveCount(0);
  await expect(live.sentiment.token('lovely')).toBeVisible();
});

// Written for this journey: English posts about coffee and rain (12), German posts about late
// trains and football (8), full of each language's common words.
const TOPIC_POSTS: [text: string, times: number][] = [
  ['The coffee and the croissant at this little cafe were lovely this morning', 6],
  ['It is raining again and my umbrella is broken, what a grey and wet day', 6],
  ['Der Zug und die Bahn sind wieder zu spät, das ist nicht mehr lustig', 4],
  ['Das Spiel war super und die Mannschaft hat mit dem Trainer den Pokal gewonnen', 4],
];

test('topics and word clouds in each language: no mixed clouds unless asked, common words left out per language', async ({
  app,
  sentiment: s,
  topics,
  languages,
}) => {
  const lines = ['text'];
  for (const [text, times] of TOPIC_POSTS)
    for (let i = 0; i < times; i++) lines.push(`"${text}, post ${i + 1}"`);
  await app.open();
  await app.importFile(csvFile('coffee-und-bahn.csv', lines));
  await app.goTo('Sentiment');
  await s.expectScored(20);
  await s.detectLanguages.click();
  await expect(languages.state).toHaveText('all');

  // The word cloud shows one language at a time, the most common first …
  await app.goTo('Topics');
  const language = topics.page.getByTestId('cloud-language');
  await expect(language).toHaveValue('en');
  await expect(topics.page.getByTestId('cloud-language-note')).toContainText(
    'Only words of posts in English, the most common language',
  );
  await expect(language.locator('option')).toHaveText([
    'English (60% of posts, the most)',
    'German (40% of posts)',
    'All languages, mixed',
  ]);
  await expect(topics.cloudWords.filter({ hasText: 'coffee' })).toHaveCount(1);
  await expect(topics.cloudWords.filter({ hasText: 'zug' })).toHaveCount(0);
  // … another on request, or all of them mixed when asked
  await language.selectOption('de');
  await expect(topics.cloudWords.filter({ hasText: 'zug' })).toHaveCount(1);
  await expect(topics.cloudWords.filter({ hasText: 'coffee' })).toHaveCount(0);
  await language.selectOption('mixed');
  await expect(topics.cloudWords.filter({ hasText: 'coffee' })).toHaveCount(1);
  await expect(topics.cloudWords.filter({ hasText: 'zug' })).toHaveCount(1);
  // German common words are left out of German posts, as English ones are of English posts
  for (const word of ['der', 'die', 'und', 'das'])
    await expect(topics.cloudWords.getByText(word, { exact: true })).toHaveCount(0);

  // Topics read each post without its own language's common words
  await topics.setSweep(4, 2);
  await topics.runAnalysis();
  await expect(topics.page.getByTestId('topics-languages')).toContainText(
    "left out in each post's own language (English and German)",
  );
  await expect(topics.clusterTerms).not.toContainText(/\b(der|die|und|das)\b/);

  // The language filter under the header: the cloud shows German only, without a second choice,
  // and the topics say they were found in every language until they run again
  await languages.choose('de');
  await expect(languages.state).toHaveText('only German');
  await expect(language).toHaveCount(0);
  await expect(topics.cloudWords.filter({ hasText: 'zug' })).toHaveCount(1);
  await expect(topics.cloudWords.filter({ hasText: 'coffee' })).toHaveCount(0);
  const changed = topics.page.getByTestId('topics-languages-changed');
  await expect(changed).toContainText('The language filter is now only German');
  await changed.getByRole('button', { name: 'Run again' }).click();
  await expect(topics.page.getByTestId('topics-languages')).toContainText(
    'Topics found in the posts in German only',
  );
  await expect(changed).toHaveCount(0);
  await expect(topics.kpi('documents')).toContainText('documents of 20 posts');
  await expect(topics.kpi('documents').locator('.kpi__value')).toHaveText('8');
});

test('the stream shows the mix of languages and scores only the ticked ones', async ({
  app,
  stream,
}) => {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((r) => server.once('listening', r));
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/feed`;
  let sent = 0;
  const send = (lang: string | null, text: string) =>
    JSON.stringify({ id: `p${sent++}`, body: text, ...(lang ? { lang } : {}), ts: Date.now() });
  const sockets: WebSocket[] = [];
  server.on('connection', (ws) => {
    sockets.push(ws);
    for (let i = 0; i < 6; i++) ws.send(send('en', `Lovely morning number ${i}`));
    for (let i = 0; i < 3; i++) ws.send(send('de-DE', `Ein schöner Morgen Nummer ${i}`));
    for (let i = 0; i < 2; i++) ws.send(send('ja', `素晴らしい朝 ${i}`));
    ws.send(send(null, 'no language given'));
  });
  try {
    await app.open('stream');
    await stream.liveFeed();
    await stream.genericFeed(url, {
      text: 'body',
      hashtags: 'tags[*]',
      time: 'ts',
      language: 'lang',
      id: 'id',
    });
    await stream.connect.click();
    await stream.expectState('open');
    await stream.expectCount('scored', 12);
    // every post in the mix, by the language the feed declares (a region dropped)
    await expect(stream.languagePosts('en')).toHaveText('6 (50%)');
    await expect(stream.languagePosts('de')).toHaveText('3 (25%)');
    await expect(stream.languagePosts('ja')).toHaveText('2 (17%)');
    await expect(stream.languagePosts('unknown')).toHaveText('1 (8%)');
    // Japanese has no word list of ours: its posts are unscored, apart from the labels, never neutral
    await expect(stream.latest.filter({ hasText: '素晴らしい朝' }).first()).toContainText(
      'unscored',
    );
    await expect(stream.windowRows.first()).toContainText('(+2 unscored)');
    await expect(stream.page.getByTestId('stream-sentiment')).toContainText('unscored (no word');

    // German only: English posts that arrive now are counted in the mix, not scored
    await stream.languageChoice('de').check();
    await expect(stream.languageChoice('de')).toBeChecked();
    for (const ws of sockets) {
      ws.send(send('en', 'Another lovely morning'));
      ws.send(send('en', 'And one more lovely morning'));
      ws.send(send('de', 'Noch ein schöner Morgen'));
    }
    await stream.expectCount('posts', 15);
    await stream.expectCount('filtered', 2);
    await stream.expectCount('scored', 13);
    await expect(stream.languagePosts('en')).toHaveText('8 (53%)');
    await expect(stream.languagePosts('de')).toHaveText('4 (27%)');
  } finally {
    for (const c of server.clients) c.terminate();
    await new Promise<void>((r) => server.close(() => r()));
  }
});
