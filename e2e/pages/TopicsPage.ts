import { expect, type Locator, type Page } from '@playwright/test';
import { ChartCard } from './ChartCard.ts';

/** The Topics view: settings, run and cancel, the result charts, word clouds, trends. */
export class TopicsPage {
  readonly source: Locator;
  readonly noHashtags: Locator;
  readonly documentsTerms: Locator;
  readonly documentsHashtags: Locator;
  readonly vocabularyPreview: Locator;
  readonly run: Locator;
  readonly progress: Locator;
  readonly cancelled: Locator;
  readonly error: Locator;
  readonly useTextTerms: Locator;
  readonly results: Locator;
  /** Result cards still waiting for their turn to draw. */
  readonly busyCards: Locator;
  readonly kPicker: Locator;
  readonly kOptions: Locator;
  readonly silhouetteChart: Locator;
  readonly silhouetteCard: ChartCard;
  readonly silhouetteSeries: Locator;
  readonly silhouetteMarks: Locator;
  readonly silhouetteReadout: Locator;
  readonly elbowSeries: Locator;
  readonly clusterRows: Locator;
  readonly clusterSizes: Locator;
  readonly clusterSizeBars: Locator;
  readonly clusterTerms: Locator;
  readonly clusterTermRows: Locator;
  readonly timelineBands: Locator;
  readonly map: Locator;
  readonly mapCard: ChartCard;
  readonly mapPoints: Locator;
  readonly mapTooltip: Locator;
  readonly silhouettePlot: Locator;
  readonly silhouetteBlocks: Locator;
  readonly cloud: Locator;
  readonly cloudWords: Locator;
  readonly cloudScope: Locator;
  readonly cloudSummary: Locator;
  readonly wordPosts: Locator;
  readonly wordPostItems: Locator;
  readonly rising: Locator;
  readonly risingRows: Locator;
  readonly trendSeries: Locator;
  readonly termSentiment: Locator;

  constructor(readonly page: Page) {
    this.source = page.getByTestId('topics-source');
    this.noHashtags = page.getByTestId('no-hashtags');
    this.documentsTerms = page.getByTestId('documents-terms');
    this.documentsHashtags = page.getByTestId('documents-hashtags');
    this.vocabularyPreview = page.getByTestId('vocabulary-preview');
    this.run = page.getByTestId('run-topics');
    this.progress = page.getByTestId('topics-progress');
    this.cancelled = page.getByTestId('topics-cancelled');
    this.error = page.getByTestId('topics-error');
    this.useTextTerms = page.getByTestId('use-text-terms');
    this.results = page.getByTestId('topics-results');
    this.busyCards = this.results.locator('[aria-busy="true"]');
    this.kPicker = page.getByTestId('k-picker');
    this.kOptions = this.kPicker.locator('option');
    this.silhouetteChart = page.getByTestId('silhouette-chart');
    this.silhouetteCard = new ChartCard(this.silhouetteChart);
    this.silhouetteSeries = this.silhouetteChart.getByTestId('line-series');
    this.silhouetteMarks = this.silhouetteChart.getByTestId('line-mark');
    this.silhouetteReadout = this.silhouetteChart.getByTestId('chart-readout');
    this.elbowSeries = page.getByTestId('elbow-chart').getByTestId('line-series');
    this.clusterRows = page.getByTestId('cluster-row');
    this.clusterSizes = page.getByTestId('cluster-sizes');
    this.clusterSizeBars = this.clusterSizes.getByTestId('bar-row');
    this.clusterTerms = page.getByTestId('cluster-terms');
    this.clusterTermRows = this.clusterTerms.getByTestId('cluster-row');
    this.timelineBands = page.getByTestId('cluster-timeline').getByTestId('timeline-band');
    this.map = page.getByTestId('topic-map');
    this.mapCard = new ChartCard(this.map);
    this.mapPoints = this.map.getByTestId('map-points');
    this.mapTooltip = page.getByTestId('map-tooltip');
    this.silhouettePlot = page.getByTestId('silhouette-plot');
    this.silhouetteBlocks = this.silhouettePlot.getByTestId('silhouette-block');
    this.cloud = page.getByTestId('word-cloud');
    this.cloudWords = this.cloud.getByRole('button');
    this.cloudScope = page.getByTestId('cloud-scope');
    this.cloudSummary = page.getByTestId('cloud-summary');
    this.wordPosts = page.getByTestId('word-posts');
    this.wordPostItems = this.wordPosts.getByTestId('word-post');
    this.rising = page.getByTestId('rising-table');
    this.risingRows = this.rising.getByTestId('rising-row');
    this.trendSeries = page.getByTestId('trend-lines').getByTestId('line-series');
    this.termSentiment = page.getByTestId('term-sentiment');
  }

  /** A settings field by its label. */
  field(label: string): Locator {
    return this.page.getByTestId('topics-settings').getByLabel(label, { exact: true });
  }

  /** Sets the sweep's largest k and its restarts. */
  async setSweep(kTo: number, restarts: number): Promise<void> {
    await this.field('k to').fill(String(kTo));
    await this.field('Restarts').fill(String(restarts));
  }

  /** A figure at the top of the results, by its key (recommended, vocabulary, silhouette-sample …). */
  kpi(key: string): Locator {
    return this.page.getByTestId(`kpi-${key}`);
  }

  /** The recommended k, as the figure shows it ("k = 4"). */
  async recommendedK(): Promise<number> {
    return Number(
      (await this.kpi('recommended').locator('.kpi__value').textContent())!.replace('k = ', ''),
    );
  }

  /** Runs the analysis and waits for its results. */
  async runAnalysis(timeout = 90_000): Promise<void> {
    await this.run.click();
    await expect(this.results).toBeVisible({ timeout });
    await expect(this.progress).toBeHidden({ timeout });
  }

  async cancel(): Promise<void> {
    await this.progress.getByRole('button', { name: 'Cancel' }).click();
  }

  /** The sweep chart as a keyboard user reaches it. */
  async focusSilhouetteChart(): Promise<void> {
    await this.silhouetteChart.getByRole('img').focus();
  }

  /** Moves the mouse over the first cluster's first point of the map (its path is in viewBox units). */
  async hoverFirstMapPoint(): Promise<void> {
    const d = (await this.mapPoints.first().getAttribute('d'))!;
    const [, x, y] = /^M([\d.]+) ([\d.]+)/.exec(d)!.map(Number);
    await this.map.scrollIntoViewIfNeeded();
    const svg = this.map.getByRole('img', { name: /principal components/ });
    const box = (await svg.boundingBox())!;
    const scale = box.width / Number((await svg.getAttribute('viewBox'))!.split(' ')[2]);
    await this.page.mouse.move(box.x + (x! + 3.5) * scale, box.y + y! * scale);
  }

  /** A word of the cloud, as a keyboard-reachable button. */
  word(text: string): Locator {
    return this.cloud.getByRole('button', {
      name: new RegExp(`^${text.replace(/[#.*+?^${}()|[\]\\]/g, '\\$&')}: `),
    });
  }

  /** The word the first button of the cloud stands for. */
  async firstWord(): Promise<string> {
    return (await this.cloudWords.first().getAttribute('data-word'))!;
  }

  /** The count shown in a row of the rising hashtags. */
  risingCount(row: Locator): Locator {
    return row.locator('td').nth(1);
  }

  /** The sentiment label shown on a post of the word's list. */
  postLabel(post: Locator): Locator {
    return post.locator('.pill');
  }
}
