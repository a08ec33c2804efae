import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  engagementBundle,
  oneSplitBundle,
  tinyTopics,
} from '../../core/bundle/bundles.testutil.ts';
import { bundleFileText } from '../../core/bundle/integrity.ts';
import { ok, type Result } from '../../core/errors/index.ts';
import { deleteDbForTests } from '../../storage/db.ts';
import {
  getActiveModelId,
  listModels,
  markDefaultOffered,
  workingModelId,
} from '../../storage/models.ts';
import { autosavePart, lastAutosave } from '../shared/autosave.ts';
import { activeDataset } from '../shared/session.testutil.ts';
import { modelsAnalysisJobs as analysis } from './analysisJobs.ts';
import { modelsComputeJobs as compute } from './computeJobs.ts';
import { modelsLiveJobs } from './liveJobs.ts';
import type { LiveBoxes } from './liveModel.ts';

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

const trained = engagementBundle(200, 10);

/** Live boxes that take every part: here only the models jobs are under test (liveApi.test.ts wires the real ones). */
const acceptAll: LiveBoxes = {
  setSentimentClassifier: async () => ok({ active: false }),
  setTopicModel: async () => ok({ active: false }),
  setEngagementModel: async () => ok(null),
};
const live = modelsLiveJobs(acceptAll);

const dataset = () => activeDataset(trained.posts.table, trained.posts.schema);

const fileOf = (text: string, name: string) => new File([text], name, { type: 'application/json' });

beforeEach(async () => {
  await deleteDbForTests();
  await markDefaultOffered();
});

describe('models jobs', () => {
  it('autosaves each training into the dataset’s working model and makes it active', async () => {
    const d = dataset();
    value(await autosavePart(d, { topics: tinyTopics() }));
    const saved = value(await autosavePart(d, { engagement: trained.bundle.engagement }));
    expect(saved.summary.parts).toEqual(['topics', 'engagement']);
    expect(saved).toMatchObject({
      id: workingModelId(d.meta.id),
      name: 'posts.csv',
      origin: 'trained',
    });
    expect(lastAutosave()).toMatchObject({ part: 'engagement', modelId: saved.id, error: null });
    const list = value(await analysis.modelsList({}));
    expect(list.activeId).toBe(saved.id);
    expect(list.models).toHaveLength(1);
    expect(list.models[0]!.summary.dataset).toBe('posts.csv');
  });

  it('exports, deletes and imports a model that scores the same, bit for bit', async () => {
    const d = dataset();
    value(await autosavePart(d, { topics: tinyTopics() }));
    const id = value(await autosavePart(d, { engagement: trained.bundle.engagement })).id;
    const posts = [
      {
        text: 'new video today #dog',
        timestamp: '2024-03-05T20:00',
        fields: { author_followers: 5000, platform: 'TikTok' },
      },
      { text: 'awful coffee' },
    ];
    const before = value(await live.scorePostsLive({ posts }));
    const exported = value(await analysis.modelsExport({ id }));
    expect(exported.fileName).toMatch(/^murmur-posts-\d{4}-\d{2}-\d{2}\.json$/);
    value(await analysis.modelsDelete({ id }));
    expect(value(await live.liveBundle({ reload: true }))).toBeNull();
    const imported = value(
      await analysis.modelsImport({ file: fileOf(await exported.blob.text(), exported.fileName) }),
    );
    expect(imported.record.origin).toBe('imported');
    expect(await getActiveModelId()).toBe(imported.record.id);
    value(await live.liveBundle({ reload: true }));
    expect(JSON.stringify(value(await live.scorePostsLive({ posts })))).toBe(
      JSON.stringify(before),
    );
  });

  it('refuses bad files with a message, stores nothing and keeps the active model', async () => {
    const kept = value(
      await analysis.modelsImport({
        file: fileOf(await bundleFileText(oneSplitBundle()), 'followers.json'),
      }),
    ).record;
    const text = await bundleFileText(trained.bundle);
    const huge = {
      name: 'huge.json',
      size: 1024 ** 3,
      text: () => Promise.reject(new Error('read a 1 GB file')),
    } as unknown as File;
    const bad: [File, string, string][] = [
      [fileOf(text.slice(0, 1000), 'cut.json'), 'BUNDLE_INVALID', 'ends too early'],
      [
        fileOf('{"compilerOptions":{"strict":true}}', 'tsconfig.json'),
        'BUNDLE_INVALID',
        'another app',
      ],
      [
        // signed after the edit: the parts themselves must refuse it
        fileOf(
          await bundleFileText({
            ...trained.bundle,
            engagement: {
              ...trained.bundle.engagement,
              features: { ...trained.bundle.engagement.features, names: ['x'] },
            },
          }),
          'mismatch.json',
        ),
        'BUNDLE_MISMATCH',
        'the feature builder makes 1',
      ],
      [
        fileOf(text.replace('"threshold":null', '"threshold":0'), 'edited.json'),
        'BUNDLE_CHANGED',
        'changed or damaged after it was exported',
      ],
      [
        fileOf(JSON.stringify(trained.bundle), 'unsigned.json'),
        'BUNDLE_CHANGED',
        'has no checksum',
      ],
      [
        fileOf(text.replace('"engagement":{', '"engagement":{"__proto__":{"x":1},'), 'proto.json'),
        'BUNDLE_INVALID',
        'engagement.__proto__',
      ],
      [huge, 'BUNDLE_TOO_LARGE', '1,024 MB'],
    ];
    for (const [file, code, words] of bad) {
      const r = await analysis.modelsImport({ file });
      expect(r.ok ? 'accepted' : `${r.error.code} ${r.error.message}`).toMatch(code);
      expect(!r.ok && r.error.message).toContain(words);
    }
    expect((await listModels()).map((m) => m.id)).toEqual([kept.id]);
    expect(await getActiveModelId()).toBe(kept.id);
  });

  it("scores a whole file with the active model into a CSV download, with each post's language", async () => {
    value(
      await analysis.modelsImport({
        file: fileOf(await bundleFileText(oneSplitBundle()), 'followers.json'),
      }),
    );
    const csv = new File(['text,author_followers\nlovely,150\n"=2+3",1\n'], 'new posts.csv', {
      type: 'text/csv',
    });
    const progress: string[] = [];
    const scored = value(
      await compute.modelsScoreFile({ file: csv }, (p) => progress.push(p.phase)),
    );
    expect(scored.fileName).toBe('new posts-scored.csv');
    const lines = (await scored.blob.text()).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      'text,author_followers,sentiment_neg,sentiment_neu,sentiment_pos,sentiment_compound,sentiment_label,language,predicted_engagement,predicted_p10,predicted_p90',
    );
    // one word is too short to tell its language
    expect(lines[1]!.split(',')[7]).toBe('unknown');
    expect(lines[2]!.startsWith("'=2+3,1,")).toBe(true);
    expect(Number(lines[1]!.split(',').at(-3))).toBeCloseTo(9, 9);
    expect(scored.summary.rows).toBe(2);
    expect(progress).toContain('Scoring posts');
  });
});
