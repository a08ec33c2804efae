import { expect, type Locator, type Page } from '@playwright/test';

type Label = 'positive' | 'neutral' | 'negative';

/** The Sentiment view: scoring progress, charts, thresholds, the posts table, label evaluation and the classifier. */
export class SentimentPage {
  readonly charts: Locator;
  /** The reference switch: VADER on the raw text. */
  readonly reference: Locator;
  readonly progress: Locator;
  readonly cancelled: Locator;
  readonly noTextColumn: Locator;
  /** One bar per label in the label distribution. */
  readonly labelBars: Locator;
  readonly histogramBars: Locator;
  readonly overTime: Locator;
  readonly overTimeSeries: Locator;
  readonly categoryColumn: Locator;
  readonly byCategory: Locator;
  readonly mostPositive: Locator;
  readonly mostNegative: Locator;
  readonly table: PostsTable;
  readonly evaluation: Locator;
  readonly vaderConfusion: Locator;
  readonly vaderConfusionMatrix: Locator;
  readonly vaderMetrics: Locator;
  readonly mapping: Locator;
  readonly mappingRows: Locator;
  readonly classifier: Locator;
  readonly training: Locator;
  readonly trainingCancelled: Locator;
  readonly comparison: Locator;
  readonly comparisonMetrics: Locator;
  /** The sentence naming the kept model (word patterns or the network) with both held-out figures. */
  readonly classifierKept: Locator;
  readonly comparisonHeaders: Locator;
  readonly classifierConfusion: Locator;
  readonly vaderHeldoutConfusion: Locator;
  /** The "a model per language" option of the classifier panel, and what it found per language. */
  readonly perLanguage: Locator;
  readonly languageModelsKept: Locator;
  readonly languageFigures: Locator;
  readonly chartsSource: Locator;
  readonly labelling: Locator;
  readonly labellingCount: Locator;
  readonly labellingPost: Locator;
  readonly labellingAccuracy: Locator;
  readonly vaderWarning: Locator;
  readonly recommended: Locator;
  readonly sharesMethod: Locator;
  /** The Languages card: a button to detect, then posts and labels per language. */
  readonly languages: Locator;
  readonly detectLanguages: Locator;
  readonly languagesUnscored: Locator;

  constructor(readonly page: Page) {
    this.reference = page.getByTestId('sentiment-reference');
    this.charts = page.getByTestId('sentiment-charts');
    this.progress = page.getByTestId('sentiment-progress');
    this.cancelled = page.getByTestId('sentiment-cancelled');
    this.noTextColumn = page.getByTestId('no-text-column');
    this.labelBars = page.getByTestId('label-distribution').getByTestId('bar-row');
    this.histogramBars = page.getByTestId('compound-histogram').getByTestId('histogram-bar');
    this.overTime = page.getByTestId('sentiment-over-time');
    this.overTimeSeries = this.overTime.getByTestId('line-series');
    this.categoryColumn = page.getByTestId('category-column');
    this.byCategory = page
      .getByTestId('sentiment-by-category')
      .getByRole('img', { name: 'Share of each label per platform' });
    this.mostPositive = page.getByTestId('most-positive').getByRole('listitem');
    this.mostNegative = page.getByTestId('most-negative').getByRole('listitem');
    this.table = new PostsTable(page.getByTestId('sentiment-table'));
    this.evaluation = page.getByTestId('evaluation');
    this.vaderConfusion = this.evaluation.getByTestId('vader-confusion').getByRole('img');
    this.vaderConfusionMatrix = this.evaluation
      .getByTestId('vader-confusion')
      .getByRole('img', { name: /confusion matrix/ });
    this.vaderMetrics = this.evaluation.getByTestId('vader-metrics');
    this.mapping = page.getByTestId('label-mapping');
    this.mappingRows = this.mapping.getByTestId('mapping-row');
    this.classifier = page.getByTestId('classifier-panel');
    this.training = this.classifier.getByTestId('training-progress');
    this.trainingCancelled = this.classifier.getByTestId('training-cancelled');
    this.comparison = this.classifier.getByTestId('classifier-comparison');
    this.comparisonMetrics = this.comparison.getByTestId('comparison-metrics');
    this.classifierKept = this.comparison.getByTestId('classifier-kept');
    this.comparisonHeaders = this.comparisonMetrics.getByRole('columnheader');
    this.classifierConfusion = this.comparison.getByTestId('classifier-confusion').getByRole('img');
    this.vaderHeldoutConfusion = this.comparison
      .getByTestId('vader-heldout-confusion')
      .getByRole('img');
    this.perLanguage = this.classifier.getByRole('checkbox', { name: 'a model per language' });
    this.languageModelsKept = this.comparison.getByTestId('language-models-kept');
    this.languageFigures = this.comparison.getByTestId('language-figures');
    this.chartsSource = page.getByTestId('charts-source');
    this.labelling = page.getByTestId('labelling');
    this.labellingCount = this.labelling.getByTestId('labelling-count');
    this.labellingPost = this.labelling.getByTestId('labelling-post');
    this.labellingAccuracy = this.labelling.getByTestId('labelling-accuracy');
    this.vaderWarning = this.labelling.getByTestId('vader-warning');
    this.recommended = this.labelling.getByTestId('classifier-recommended');
    this.sharesMethod = this.labelling.getByTestId('shares-method');
    this.languages = page.getByTestId('languages');
    this.detectLanguages = this.languages.getByRole('button', {
      name: 'Read each post in its own language',
    });
    this.languagesUnscored = this.languages.getByTestId('languages-unscored');
  }

  /** Opens the labelling card (its first batch). */
  async startLabelling(): Promise<void> {
    await this.labelling.getByRole('button', { name: 'Start labelling' }).click();
  }

  /** One language's cells in the classifier's figures by language (language, posts, own model, kept, per language, one model, word list). */
  languageFigureRow(code: string): Locator {
    return this.languageFigures.locator(`tr[data-language="${code}"]`).locator('th, td');
  }

  /** The charts' source radio button ("VADER" or "Trained classifier"). */
  sourceOption(name: string): Locator {
    return this.labelling.getByTestId('sentiment-source').getByRole('radio', { name });
  }

  /** The 95% interval shown beside a label's estimated share. */
  shareInterval(label: string): Locator {
    return this.labelling.getByTestId(`share-${label}-ci`);
  }

  /** The cells of one language's row (name, posts, positive, neutral, negative, can't read). */
  languageRow(code: string): Locator {
    return this.languages.getByTestId(`language-${code}`).locator('th, td');
  }

  /** Waits until every post is scored (the charts say so). */
  async expectScored(rows: number, timeout = 60_000): Promise<void> {
    await expect(this.charts).toHaveAttribute('data-complete', 'true', { timeout });
    await expect(this.charts).toHaveAttribute('data-scored', String(rows));
  }

  /** The count of one label in the distribution; 'unscored': posts we can't read, once languages are read. */
  count(label: Label | 'unscored'): Locator {
    return this.page.getByTestId(`count-${label}`);
  }

  /** Posts we cannot read (shown once posts are read in their own language), else 0. */
  async unscored(): Promise<number> {
    const c = this.count('unscored');
    return (await c.count()) === 0 ? 0 : Number((await c.textContent())!.replace(/,/g, ''));
  }

  async counts(): Promise<Record<Label, number>> {
    const read = async (l: Label) => Number((await this.count(l).textContent())!.replace(/,/g, ''));
    return {
      positive: await read('positive'),
      neutral: await read('neutral'),
      negative: await read('negative'),
    };
  }

  /** The bars of one category in the share-per-category chart. */
  categoryRow(category: string): Locator {
    return this.byCategory.getByTestId('stacked-row').filter({ hasText: category });
  }

  async setThresholds(positive: string, negative: string): Promise<void> {
    await this.page.getByLabel('Positive when compound ≥').fill(positive);
    await this.page.getByLabel('Negative when compound ≤').fill(negative);
  }

  async resetThresholds(): Promise<void> {
    await this.page.getByRole('button', { name: 'Reset to ±0.05' }).click();
  }

  /** How far scoring has got, as the progress bar says (0 before it starts). */
  async scoringProgress(): Promise<number> {
    return Number(await this.progress.getByRole('progressbar').getAttribute('aria-valuenow'));
  }

  async cancelScoring(): Promise<void> {
    await this.progress.getByRole('button', { name: 'Cancel' }).click();
  }

  async scoreTheRest(): Promise<void> {
    await this.cancelled.getByRole('button', { name: 'Score the rest' }).click();
  }

  /** The class select of one label value in the mapping table. */
  classOf(value: string): Locator {
    return this.mapping.getByRole('combobox', { name: `Class of ${value}`, exact: true });
  }

  async findLabelValue(text: string): Promise<void> {
    await this.mapping.getByLabel('Find a value').fill(text);
  }

  metric(testId: 'eval-accuracy' | 'eval-macro-f1' | 'eval-n'): Locator {
    return this.evaluation.getByTestId(testId);
  }

  async setTraining(options: { epochs?: number }): Promise<void> {
    if (options.epochs !== undefined)
      await this.classifier.getByLabel('Max epochs').fill(String(options.epochs));
  }

  trainButton(): Locator {
    return this.classifier.getByTestId('train-classifier');
  }

  async cancelTraining(): Promise<void> {
    await this.training.getByRole('button', { name: 'Cancel' }).click();
  }

  /** Epochs drawn on the live training curves. */
  async epochsDrawn(): Promise<number> {
    return Number(
      (await this.classifier.getByTestId('training-curves').getAttribute('data-epochs')) ?? 0,
    );
  }

  /** The held-out accuracy of the classifier and of VADER, as shown. */
  comparisonAccuracy(): Locator {
    return this.comparisonMetrics.locator('td[data-metric="Accuracy"]');
  }
}

/** The table of scored posts: filter by label, pages of 50. */
export class PostsTable {
  readonly count: Locator;
  readonly labelFilter: Locator;
  readonly rows: Locator;
  /** The label column of the rows shown. */
  readonly labels: Locator;
  /** The language column (shown once posts are read in their own language). */
  readonly languages: Locator;
  readonly pageRange: Locator;

  constructor(readonly root: Locator) {
    this.count = root.getByTestId('table-count');
    this.labelFilter = root.getByTestId('label-filter');
    this.rows = root.getByRole('table', { name: 'Scored posts' }).getByRole('row');
    this.labels = this.rows.locator('td:nth-child(2)');
    this.languages = this.rows.locator('td:nth-child(7)');
    this.pageRange = root.getByTestId('table-page');
  }

  async nextPage(): Promise<void> {
    await this.root.getByRole('button', { name: 'Next' }).click();
  }
}
