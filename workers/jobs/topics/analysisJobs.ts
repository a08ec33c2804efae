/**
 * Topics jobs of the analysis worker: it owns each post's hashtags or words and answers status,
 * clouds, word posts and trends, and keeps the last analysis. A pool worker runs the k sweep
 * (computeJobs.ts, so Cancel ends only that worker); the live worker holds the topic model for the
 * hashtag box (liveJobs.ts).
 */
import * as Comlink from 'comlink';
import type { TopicsAnalysisApi } from '../../api/topics.ts';
import { fail, ok } from '../../core/errors/index.ts';
import { columnWithRole } from '../../core/schema/index.ts';
import { autosavePart } from '../shared/autosave.ts';
import { keepTopics, keptTopics } from '../shared/keptTopics.ts';
import { languageFilter, languageMask } from '../shared/languageFilter.ts';
import { languageReading } from '../shared/languageReading.ts';
import { fitsInMemory } from '../shared/memory.ts';
import { requireDataset } from '../shared/session.ts';
import { topicsPartOf } from '../shared/trainedParts.ts';
import { packDocuments } from './packedDocuments.ts';
import { trendsOf } from './trends.ts';
import { topicsResult } from './topicsResult.ts';
import { termsOf } from './topicsSession.ts';
import { DEFAULT_TOPICS_SETTINGS, checkSettings } from './topicsSettings.ts';
import { wordCloud, wordPosts } from './wordClouds.ts';
import { restoreTopics, storeTopics } from './storedTopics.ts';
import { checkEdits } from './topicEdits.ts';
import { topicBreakdown } from './topicBreakdown.ts';
import { topicLanguages } from './topicLanguages.ts';
import { topicGroups } from '../../core/cluster/topicGroups.ts';
import { categoryColumnNames } from '../../core/schema/categoryColumns.ts';

export const topicsAnalysisJobs: TopicsAnalysisApi = {
  async topicsStatus() {
    const r = await requireDataset();
    if (!r.ok) return r;
    const d = r.value;
    const tags = termsOf(d, 'hashtags');
    const hashtags = tags.ok
      ? {
          source: tags.value.source,
          postsWithTerms: tags.value.postsWithTerms,
          distinctTerms: tags.value.index.terms.length,
        }
      : { source: null, postsWithTerms: 0, distinctTerms: 0 };
    const textColumn = columnWithRole(d.schema, 'text')?.name ?? null;
    // after a reload the analysis comes back from IndexedDB
    if (!keptTopics(d)) {
      const restored = await restoreTopics(d);
      if (restored) keepTopics(d, restored);
    }
    return ok({
      rows: d.table.rowCount,
      hashtags,
      textColumn,
      timestampColumn: columnWithRole(d.schema, 'timestamp')?.name ?? null,
      categoryColumns: categoryColumnNames(d.schema),
      // from the words of the text when fewer than half the posts have a hashtag
      defaults: {
        ...DEFAULT_TOPICS_SETTINGS,
        // hashtags leave most posts out when fewer than half carry one
        terms: hashtags.postsWithTerms * 2 < d.table.rowCount && textColumn ? 'terms' : 'hashtags',
      },
      last: keptTopics(d)?.result ?? null,
    });
  },

  async topicsDocuments({ terms }) {
    const r = await requireDataset();
    if (!r.ok) return r;
    const fits = fitsInMemory(
      'topics',
      r.value.meta.fileName,
      r.value.meta.bytes,
      r.value.meta.format ?? 'csv',
    );
    if (!fits.ok) return fits;
    const t = termsOf(r.value, terms);
    if (!t.ok) return t;
    const { source, phrases } = t.value;
    // the page's language filter: posts in other languages take no part (no topic)
    const mask = languageMask(r.value);
    const lists = mask ? t.value.lists.map((l, row) => (mask[row] === 1 ? l : [])) : t.value.lists;
    const postsWithTerms = mask
      ? lists.reduce((n, l) => n + (l.length > 0 ? 1 : 0), 0)
      : t.value.postsWithTerms;
    const only = languageFilter(r.value);
    if (postsWithTerms === 0 && only) {
      return fail(
        'NO_HASHTAGS',
        `None of the posts in the chosen languages (${only.languages.join(', ')}) has ${terms === 'hashtags' ? 'a hashtag' : 'a word left after cleaning'}.`,
        'Choose more languages in the language filter under the header, or all of them.',
      );
    }
    if (postsWithTerms === 0) {
      return terms === 'hashtags'
        ? fail(
            'NO_HASHTAGS',
            `None of the ${lists.length} posts has a hashtag (${source.kind === 'hashtag-column' ? `column "${source.column}"` : `#tags in "${source.column}"`}).`,
            'Switch to text terms to find topics in the words of the posts.',
          )
        : fail(
            'NO_HASHTAGS',
            `None of the ${lists.length} posts has a word left after cleaning (column "${source.column}").`,
            'Check that the column with the post text has the role "text".',
          );
    }
    const documents = packDocuments(lists);
    return Comlink.transfer(
      ok({ source, documents, postsWithTerms, ...(phrases && { phrases }) }),
      [documents.offsets.buffer],
    );
  },

  async topicsKeep({ fit, settings, refit }) {
    const r = await requireDataset();
    if (!r.ok) return r;
    const d = r.value;
    const checked = checkSettings(settings);
    if (!checked.ok) return checked;
    const terms = termsOf(d, settings.terms);
    if (!terms.ok) return terms;
    if (fit.labels.length !== d.table.rowCount) {
      return fail(
        'INVALID_OPTIONS',
        `The analysis covers ${fit.labels.length} posts but the dataset has ${d.table.rowCount}: the dataset changed while it ran.`,
        'Run the topic analysis again.',
      );
    }
    const kept = keptTopics(d);
    const previous =
      refit && kept && JSON.stringify(kept.result.settings) === JSON.stringify(settings)
        ? kept
        : null;
    const text = columnWithRole(d.schema, 'text');
    const result = {
      ...topicsResult(d, fit, settings, terms.value, previous),
      languages: topicLanguages(
        languageFilter(d)?.languages ?? null,
        settings.terms === 'terms' && text ? languageReading(d, text.name) : null,
      ),
    };
    keepTopics(d, { result, labels: fit.labels, model: fit.model });
    await storeTopics(d, { result, labels: fit.labels, model: fit.model });
    const part = topicsPartOf(result, settings, fit.model);
    if (part) await autosavePart(d, { topics: part });
    return ok(result);
  },

  async topicsWordCloud(request) {
    const r = await requireDataset();
    return r.ok ? wordCloud(r.value, request) : r;
  },

  async topicsWordPosts(request) {
    const r = await requireDataset();
    return r.ok ? wordPosts(r.value, request) : r;
  },

  async topicsTrends(request) {
    const r = await requireDataset();
    return r.ok ? trendsOf(r.value, request) : r;
  },

  async topicsBreakdown(request) {
    const r = await requireDataset();
    return r.ok ? topicBreakdown(r.value, request) : r;
  },

  async topicsEdit({ edits }) {
    const r = await requireDataset();
    if (!r.ok) return r;
    const d = r.value;
    const kept = keptTopics(d);
    if (!kept)
      return fail(
        'INVALID_OPTIONS',
        'There is no topic analysis to edit.',
        'Run the topic analysis first.',
      );
    const checked = checkEdits(edits, kept.result.k);
    if (!checked.ok) return checked;
    const e = checked.value;
    const edited =
      Object.keys(e.names).length + Object.keys(e.mergedInto).length + e.hidden.length > 0;
    const { groups: _old, ...info } = kept.result.model;
    const groups = topicGroups(
      kept.result.clusters.map((c) => c.label),
      e,
    );
    const model = edited ? { ...info, groups } : info;
    const next = { ...kept, result: { ...kept.result, edits: e, model } };
    keepTopics(d, next);
    await storeTopics(d, next);
    // the saved model names its topics as the user does, so the live box does after a reload
    const part = topicsPartOf(next.result, next.result.settings, next.model);
    if (part) await autosavePart(d, { topics: part });
    return ok(next.result);
  },
};
