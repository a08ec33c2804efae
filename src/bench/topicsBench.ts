/**
 * Topics in the page: the whole analysis through the engine (documents from the analysis worker,
 * the sweep in a pool worker, the result back), with the main thread's long tasks; the cost of
 * drawing each result chart; and word-cloud layouts, @visx/wordcloud on the main thread against
 * ours in the worker.
 */
import { createElement, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { Wordcloud } from '@visx/wordcloud';
import type { TopicsResult, TopicsSettings } from '../../workers/api.ts';
import { WordCloud } from '../components/WordCloud.tsx';
import { analysis } from '../engine/index.ts';
import { runTopics } from '../engine/topicsEngine.ts';
import {
  ClusterSizes,
  ClusterTerms,
  ClusterTimelineChart,
} from '../features/topics/ClusterCharts.tsx';
import { SilhouettePlotChart } from '../features/topics/SilhouettePlotChart.tsx';
import { ElbowChart, SilhouetteByK } from '../features/topics/SweepCharts.tsx';
import { TopicMap } from '../features/topics/TopicMap.tsx';
import { benchFile, withLongTasks, type PageBenches } from './registry.ts';

let last: TopicsResult | null = null;

/** Mounts `element` in a 1200 px wide box, waits for it to draw (ResizeObserver, effects), and reports the long tasks. */
async function timeRender(
  element: ReturnType<typeof createElement>,
  settleMs = 400,
): Promise<{ longTasks: number[] }> {
  const box = document.createElement('div');
  box.style.width = '1200px';
  document.body.append(box);
  const root = createRoot(box);
  const { longTasks } = await withLongTasks(async () => {
    root.render(element);
    await new Promise((r) => setTimeout(r, settleMs));
  });
  root.unmount();
  box.remove();
  return { longTasks };
}

const CHARTS: Record<string, ComponentType<{ result: TopicsResult }>> = {
  SilhouetteByK,
  ElbowChart,
  ClusterSizes,
  ClusterTimelineChart,
  ClusterTerms,
  TopicMap,
  SilhouettePlotChart,
};

function words(n: number): { text: string; value: number }[] {
  return Array.from({ length: n }, (_, i) => ({
    text: `#hashtag${i.toString(36)}${i % 3 ? 'vaccine' : ''}`,
    value: Math.round(1000 / (i + 1)),
  }));
}

export const topicsBenches: PageBenches = {
  /** Imports the file in #bench-file, then runs the topic analysis with the view's defaults (or `settings`). */
  async topicsAnalysis(arg) {
    const file = benchFile();
    const imported = await analysis('importFile', { file });
    if (!imported.ok) throw new Error(`${imported.error.code}: ${imported.error.message}`);
    const status = await analysis('topicsStatus', {});
    if (!status.ok) throw new Error(status.error.message);
    const settings: TopicsSettings = {
      ...status.value.defaults,
      ...((arg as { settings?: Partial<TopicsSettings> } | null)?.settings ?? {}),
    };
    const t0 = performance.now();
    let progressEvents = 0;
    const { value, longTasks } = await withLongTasks(() =>
      runTopics(settings, { onProgress: () => progressEvents++ }),
    );
    const ms = performance.now() - t0;
    if (!value.ok) throw new Error(`${value.error.code}: ${value.error.message}`);
    last = value.value;
    const r = value.value;
    return {
      rows: imported.value.meta.rows,
      documents: r.documents,
      distinctDocuments: r.distinctDocuments,
      vocabulary: `${r.pruning.termsSeen} → ${r.pruning.termsKept}`,
      recommendedK: r.recommendedK,
      silhouetteSample: r.silhouettePlot
        ? { sampled: r.silhouettePlot.sampled, scored: r.silhouettePlot.scored }
        : null,
      workerSeconds: r.seconds,
      wallMs: Math.round(ms),
      progressEvents,
      longTasks,
    };
  },

  /** Draws each result chart of the last analysis on its own, with the long tasks it causes. */
  async topicsChartRender() {
    if (!last) throw new Error('Run topicsAnalysis first');
    const result = last;
    const out: Record<string, unknown> = {};
    // the first chart also pays for recharts' first use: draw it twice
    out.warmUp = await timeRender(createElement(SilhouetteByK, { result }));
    for (const [name, chart] of Object.entries(CHARTS))
      out[name] = await timeRender(createElement(chart, { result }));
    return out;
  },

  /** @visx/wordcloud's <Wordcloud> (d3-cloud, on the main thread) with `n` words, as the page would use it. */
  async visxWordcloud(arg) {
    const n = (arg as { words?: number } | null)?.words ?? 100;
    const data = words(n);
    let placed = 0;
    const element = createElement(Wordcloud<{ text: string; value: number }>, {
      width: 640,
      height: 320,
      words: data,
      fontSize: (d) => 12 + 40 * Math.sqrt(d.value / 1000),
      font: 'system-ui, sans-serif',
      padding: 2,
      rotate: 0,
      // a seeded-looking constant, as a page wanting stable layouts would pass
      random: () => 0.5,
      children: (cloud) => {
        placed = cloud.length;
        return createElement(
          'svg',
          { width: 640, height: 320 },
          ...cloud.map((w, i) =>
            createElement(
              'text',
              { key: i, x: w.x, y: w.y, fontSize: w.size, textAnchor: 'middle' },
              w.text,
            ),
          ),
        );
      },
    });
    const r = await timeRender(element, 800);
    return { words: n, placed, ...r };
  },

  /** Our cloud: the layout in the analysis worker (needs a loaded dataset), then <WordCloud> draws it. */
  async workerWordcloud() {
    const t0 = performance.now();
    const { value: cloud, longTasks } = await withLongTasks(() =>
      analysis('topicsWordCloud', { words: 'hashtags', scope: 'all', maxWords: 100 }),
    );
    const roundTripMs = Math.round(performance.now() - t0);
    if (!cloud.ok) throw new Error(cloud.error.message);
    const c = cloud.value;
    const render = await timeRender(
      createElement(WordCloud, {
        width: c.layout.width,
        height: c.layout.height,
        words: c.layout.words,
        font: c.font,
        ariaLabel: 'bench',
        onSelect: () => {},
      }),
    );
    return {
      words: c.layout.words.length,
      dropped: c.layout.dropped.length,
      measured: c.measured,
      workerLayoutMs: c.layoutMs,
      roundTripMs,
      longTasksDuringLayout: longTasks,
      render,
    };
  },
};
