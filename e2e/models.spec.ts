import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { bundleFileText } from '../workers/core/bundle/integrity.ts';
import { expect, test } from './fixtures.ts';
import { sparseFile, tmpFile } from './files.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const DEFAULT_BUNDLE = readFileSync(path.join(ROOT, 'public/models/default-bundle.json'), 'utf8');
const POST = {
  text: 'Loving this sunny day at the beach!! Best trip ever',
  hashtags: '#beach #travel',
  followers: '2500',
};

/** New posts to score: a formula in the text, an @mention, a missing follower count. */
const NEW_POSTS = tmpFile(
  'new-posts.csv',
  [
    'post_id,created_at,platform,author_followers,text,hashtags,language,country',
    '1,2025-03-01T09:00:00Z,X,120,Great coffee this morning #coffee,#coffee,en,France',
    '2,2025-03-01T21:30:00Z,TikTok,56000,"=HYPERLINK(""http://example.test"",""win"")",#giveaway,en,India',
    '3,2025-03-02T12:00:00Z,Instagram,,@friend the beach was awful today,#beach #travel,en,United States',
    '4,2025-03-02T18:45:00Z,Facebook,800,New recipe video is up!,,en,Germany',
  ].join('\n') + '\n',
);

const lines = (file: string) => readFileSync(file, 'utf8').trimEnd().split('\n');

test('the default model makes the Live tab work on a fresh profile, without a dataset', async ({
  app,
  live,
  models,
}) => {
  await app.open('live');
  await expect(live.model).toContainText('Default: sample posts');
  const answers = await live.answers(POST);
  expect(Number(answers.compound)).toBeGreaterThan(0.5);
  expect(answers.topic).toMatch(/^Topic \d+ \d\.\d{3}$/);
  expect(answers.prediction).toMatch(/^\d[\d,.]* \d[\d,.]* – \d[\d,.]*$/);
  await app.goTo('Models');
  await expect(models.row('Default: sample posts')).toHaveAttribute('data-active', 'true');
  await expect(models.parts('Default: sample posts')).toHaveText('sentimenttopicsengagement');
});

test('train on the sample, reload: the model is listed and scores live; charts, report, batch scoring = CLI; export, delete, import: the same scores', async ({
  app,
  topics,
  engagement: e,
  models,
  live,
}) => {
  test.setTimeout(240_000);
  await app.open();
  await app.loadSample();
  await app.goTo('Topics');
  await topics.runAnalysis();

  // every SVG chart card exports PNG and SVG, made in the page
  const card = topics.silhouetteCard;
  await card.openExport();
  const png = await app.download(() => card.exportPng.click());
  expect(png.name).toMatch(/\.png$/);
  expect(readFileSync(png.path).subarray(1, 4).toString()).toBe('PNG');
  const svg = await app.download(() => card.exportSvg.click());
  expect(readFileSync(svg.path, 'utf8')).toMatch(
    /^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/,
  );

  await app.goTo('Engagement');
  await e.chooseTarget('likes', true);
  await e.setGrid({ trees: '20', depth: '8', features: 'sqrt' }, 3);
  await e.train();
  await e.expectTrained();

  await app.reload();
  await app.goTo('Models');
  const row = models.row('murmur-sample');
  await expect(row).toHaveAttribute('data-active', 'true');
  await expect(models.parts('murmur-sample')).toHaveText('topicsengagement');
  await expect(row).toContainText('log1p(likes): test R²');

  const report = await models.downloadReport();
  const r = JSON.parse(readFileSync(report.path, 'utf8')) as {
    dataset: { meta: { name: string } };
    topics: { k: number };
    engagement: { target: { label: string } };
    activeModel: { name: string };
  };
  expect(r.dataset.meta.name).toBe('murmur-sample');
  expect(r.topics.k).toBeGreaterThanOrEqual(2);
  expect(r.engagement.target.label).toBe('log1p(likes)');
  expect(r.activeModel.name).toBe('murmur-sample');

  await app.goTo('Live');
  await expect(live.model).toContainText('“murmur-sample”');
  const before = await live.answers(POST);

  await app.goTo('Models');
  const scored = await models.scoreFile(NEW_POSTS);
  expect(scored.name).toBe('new-posts-scored.csv');
  await expect(models.scoreRows).toHaveText('4');
  const out = lines(scored.path);
  expect(out).toHaveLength(5);
  // the sample has a language column of its own: the detected one is named apart
  expect(out[0]).toContain(
    'sentiment_compound,sentiment_label,language_2,cluster,cluster_similarity,cluster_terms,predicted_engagement,predicted_p10,predicted_p90',
  );
  expect(out[2]).toContain(`"'=HYPERLINK(""http://example.test"",""win"")"`);
  expect(out[3]).toContain("'@friend the beach was awful today");

  // the command line scores the same file with the exported bundle into the same bytes
  const exported = await models.exportModel('murmur-sample');
  expect(exported.name).toMatch(/^murmur-murmur-sample-\d{4}-\d{2}-\d{2}\.json$/);
  const bundleFile = path.join(path.dirname(NEW_POSTS), exported.name);
  copyFileSync(exported.path, bundleFile);
  const cliOut = path.join(path.dirname(NEW_POSTS), 'cli-scored.csv');
  execFileSync(
    'npx',
    ['tsx', 'scripts/cli.ts', 'score', bundleFile, NEW_POSTS, '--language', '--out', cliOut],
    { cwd: ROOT, stdio: 'pipe' },
  );
  expect(readFileSync(cliOut, 'utf8')).toBe(readFileSync(scored.path, 'utf8'));

  await models.deleteModel('murmur-sample');
  await models.importModel(bundleFile);
  await expect(models.importOk).toContainText('Imported “murmur-sample');
  await expect(models.row(/^murmur-sample/)).toHaveAttribute('data-active', 'true');
  const again = await models.scoreFile(NEW_POSTS);
  expect(readFileSync(again.path, 'utf8')).toBe(readFileSync(scored.path, 'utf8'));
  await app.goTo('Live');
  expect(await live.answers(POST)).toEqual(before);
});

test('tampered, damaged, foreign, oversized and mismatched bundles are refused with their reason; nothing is stored, the active model unchanged', async ({
  app,
  page,
  models,
}) => {
  await app.open('models');
  await expect(models.row('Default: sample posts')).toHaveAttribute('data-active', 'true');
  const bundle = JSON.parse(DEFAULT_BUNDLE) as {
    engagement: { forest: { split: { count: number } }; features: { names: string[] } };
  };
  const cut = bundle.engagement.forest.split.count;
  const json = (name: string, text: string) => ({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  // one character of the leaf values changed: still valid JSON and base64, still a plausible model
  const at = DEFAULT_BUNDLE.indexOf('"table":"', DEFAULT_BUNDLE.indexOf('"leafValue"')) + 20;
  const tampered = `${DEFAULT_BUNDLE.slice(0, at)}${DEFAULT_BUNDLE[at] === 'A' ? 'B' : 'A'}${DEFAULT_BUNDLE.slice(at + 1)}`;
  const cases: [ReturnType<typeof json> | string, string, string][] = [
    [
      json('tampered.json', tampered),
      'BUNDLE_CHANGED',
      'This bundle was changed or damaged after it was exported',
    ],
    [json('cut.json', DEFAULT_BUNDLE.slice(0, 20_000)), 'BUNDLE_INVALID', 'ends too early'],
    [
      json('package.json', JSON.stringify({ name: 'other-app', version: '1.0.0' })),
      'BUNDLE_INVALID',
      'is missing, not "murmur-bundle"',
    ],
    [
      json(
        'short.json',
        await bundleFileText({
          ...bundle,
          engagement: {
            ...bundle.engagement,
            forest: {
              ...bundle.engagement.forest,
              split: { ...bundle.engagement.forest.split, count: cut - 1 },
            },
          },
        }),
      ),
      'BUNDLE_INVALID',
      `engagement.forest.split: expected ${(cut - 1).toLocaleString('en-US')} entries, found ${cut.toLocaleString('en-US')}`,
    ],
    [
      json(
        'mismatch.json',
        await bundleFileText({
          ...bundle,
          engagement: {
            ...bundle.engagement,
            features: {
              ...bundle.engagement.features,
              names: bundle.engagement.features.names.slice(1),
            },
          },
        }),
      ),
      'BUNDLE_MISMATCH',
      'the forest reads',
    ],
    [
      json(
        'proto.json',
        DEFAULT_BUNDLE.replace('"topics":{', '"topics":{"__proto__":{"polluted":true},'),
      ),
      'BUNDLE_INVALID',
      'topics.__proto__: the key "__proto__" is not allowed',
    ],
  ];
  // 1.2 GB on paper, no disk used: refused before a byte is read
  const huge = sparseFile('huge.json', Math.round(1.2 * 1024 ** 3));
  cases.push([huge, 'BUNDLE_TOO_LARGE', 'a Murmur bundle is at most 200 MB']);
  for (const [file, code, reason] of cases) {
    await models.importModel(file);
    await expect(models.importError).toHaveAttribute('data-code', code);
    await expect(models.importError).toContainText(reason);
    await expect(models.rows).toHaveCount(1);
  }
  await expect(models.row('Default: sample posts')).toHaveAttribute('data-active', 'true');
  expect(await page.evaluate(() => (({}) as Record<string, unknown>)['polluted'])).toBeUndefined();

  // a file without the columns the model reads: scored in part, the rest named; none at all: refused
  const partial = await models.scoreFile(
    tmpFile('texts.csv', 'text\nwhat a lovely day\nterrible service\n'),
  );
  expect(lines(partial.path)).toHaveLength(3);
  await expect(models.scoreNotes).toContainText('No engagement scores: the file has no column');
  await models.dropFileToScore(tmpFile('ids.csv', 'id,amount\n1,2\n'));
  await expect(models.scoreError).toHaveAttribute('data-code', 'BUNDLE_MISMATCH');
  await expect(models.scoreError).toContainText('none of the columns the model needs');
});
