/**
 * The live worker's engagement model: a draft typed in the Live view → its features → the
 * forest's prediction with the trees' 10th–90th percentile and the features that pushed it up or
 * down. One post through 100–200 trees takes well under a frame.
 */
import type {
  DraftContribution,
  EngagementLiveApi,
  EngagementModelInfo,
} from '../../api/engagement.ts';
import { loadEngagementBundle, type LoadedEngagement } from '../../core/bundle/loadBundle.ts';
import { fail, ok } from '../../core/errors/index.ts';
import { treeContributions } from '../../core/features/contributions.ts';
import { draftFields, draftInput } from '../../core/features/draft.ts';
import { buildFeatures } from '../../core/features/featureBuilder.ts';
import { predictProba, predictWithSpread } from '../../core/forest/predict.ts';

/** Contributions listed per draft: the strongest pushes, either way. */
const TOP_CONTRIBUTIONS = 8;

let current: { model: LoadedEngagement; info: EngagementModelInfo } | null = null;

export const engagementLiveJobs: EngagementLiveApi = {
  async setEngagementModel({ bundle }) {
    if (bundle === null) {
      current = null;
      return ok(null);
    }
    const loaded = loadEngagementBundle(bundle);
    if (!loaded.ok) return loaded;
    const e = loaded.value.bundle.engagement;
    const info: EngagementModelInfo = {
      task: e.task,
      target: e.target,
      threshold: e.threshold,
      fields: draftFields(loaded.value.bundle.engagement.features),
      createdAt: loaded.value.bundle.createdAt,
      trees: loaded.value.forest.treeRoot.length,
    };
    current = { model: loaded.value, info };
    return ok(info);
  },

  async engagementModelInfo() {
    return ok(current?.info ?? null);
  },

  async predictDraft({ draft }) {
    if (!current)
      return fail(
        'MODEL_NOT_FOUND',
        'No engagement model yet.',
        'Train a model in the Engagement view first.',
      );
    const { bundle, forest, nodeMeans } = current.model;
    const e = bundle.engagement;
    const X = buildFeatures(e.features, draftInput(e.features, draft));
    if (!X.ok) return X;
    let learned: number;
    let value: number;
    let low: number | null = null;
    let high: number | null = null;
    if (e.task === 'regression') {
      const spread = predictWithSpread(forest, X.value, [0.1, 0.9]);
      if (!spread.ok) return spread;
      const back = (v: number) => (e.target.log1p ? Math.expm1(v) : v);
      learned = spread.value.mean[0]!;
      value = back(learned);
      low = back(spread.value.values[0]![0]!);
      high = back(spread.value.values[1]![0]!);
    } else {
      const proba = predictProba(forest, X.value);
      if (!proba.ok) return proba;
      learned = value = proba.value.proba[1]!;
    }
    const c = treeContributions(forest, nodeMeans, X.value, 0, e.task === 'classification' ? 1 : 0);
    const contributions: DraftContribution[] = Array.from(c.values, (contribution, f) => ({
      feature: e.features.names[f]!,
      value: X.value.data[f]!,
      contribution,
    }))
      .filter((x) => x.contribution !== 0)
      .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))
      .slice(0, TOP_CONTRIBUTIONS);
    return ok({ task: e.task, value, low, high, learned, bias: c.bias, contributions });
  },
};
