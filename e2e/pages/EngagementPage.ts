import { expect, type Locator, type Page } from '@playwright/test';

/** The Engagement view: setup, the grid search's progress, results, the network. */
export class EngagementPage {
  readonly setup: Locator;
  readonly numericFeatures: Locator;
  readonly progress: Locator;
  /** One row per fit finished, in the grid search's progress. */
  readonly fitRows: Locator;
  readonly cancelled: Locator;
  readonly error: Locator;
  readonly results: Locator;
  readonly metrics: Locator;
  readonly fittedMetrics: Locator;
  readonly rawMetrics: Locator;
  readonly bestParams: Locator;
  /** How the test posts were held out, with data-kind and data-overlap. */
  readonly split: Locator;
  readonly scatter: Locator;
  readonly scatterPoints: Locator;
  readonly residualBars: Locator;
  readonly importanceBars: Locator;
  readonly importance: Locator;
  readonly gridHeatmap: Locator;
  readonly gridRows: Locator;
  readonly learningCurveSeries: Locator;
  readonly featureCorrelation: Locator;
  readonly network: Locator;
  readonly lossChart: Locator;
  readonly modelComparison: Locator;

  constructor(readonly page: Page) {
    this.setup = page.getByTestId('engagement-setup');
    this.numericFeatures = this.setup.getByTestId('feature-numeric');
    this.progress = page.getByTestId('grid-progress');
    this.fitRows = this.progress.getByTestId('fit-row');
    this.cancelled = page.getByTestId('training-cancelled');
    this.error = page.getByTestId('training-error');
    this.results = page.getByTestId('engagement-results');
    this.metrics = page.getByTestId('engagement-metrics');
    this.fittedMetrics = this.metrics.getByTestId('metrics-fitted');
    this.rawMetrics = this.metrics.getByTestId('metrics-raw');
    this.bestParams = this.metrics.getByTestId('best-params');
    this.split = this.metrics.getByTestId('split-summary');
    this.scatter = page.getByTestId('scatter-chart');
    this.scatterPoints = this.scatter.getByTestId('scatter-points').locator('circle');
    this.residualBars = page.getByTestId('residuals-chart').getByTestId('histogram-bar');
    this.importance = page.getByTestId('importance-chart');
    this.importanceBars = this.importance.getByTestId('bar-row');
    this.gridHeatmap = page.getByTestId('grid-heatmap').getByRole('img');
    this.gridRows = page.getByTestId('grid-table').locator('tbody tr');
    this.learningCurveSeries = page.getByTestId('learning-curve').getByTestId('line-series');
    this.featureCorrelation = page
      .getByTestId('feature-correlation')
      .getByRole('img', { name: /correlation heatmap/i });
    this.network = page.getByTestId('mlp-card');
    this.lossChart = page.getByTestId('mlp-loss-chart');
    this.modelComparison = page.getByTestId('model-comparison');
  }

  /** Opens the setup's "Advanced" part (forest settings, folds, log scale), if it is closed. */
  async openAdvanced(): Promise<void> {
    const details = this.setup.getByTestId('setup-advanced');
    if ((await details.getAttribute('open')) === null)
      await details.locator('summary').first().click();
  }

  /** The quick search (successive halving, the default) or the full grid. */
  async chooseSearch(kind: 'halving' | 'full'): Promise<void> {
    await this.setup.getByTestId(`search-${kind}`).check();
  }

  /** The plain-words result: "Typical error ±16 likes; …", with data-error and data-baseline. */
  get headline(): Locator {
    return this.metrics.getByTestId('engagement-headline');
  }

  /** The model's typical test error (mean absolute error, in the target's units). */
  async testError(): Promise<number> {
    return Number(await this.headline.getAttribute('data-error'));
  }

  async chooseTarget(column: string, log1p: boolean): Promise<void> {
    await this.page.getByTestId('target-column').selectOption(column);
    await this.openAdvanced();
    const box = this.page.getByTestId('log1p');
    if ((await box.isChecked()) !== log1p) await box.click();
  }

  /** Types the grid's values and the folds. */
  async setGrid(
    grid: { trees: string; depth: string; features: string },
    folds: number,
  ): Promise<void> {
    await this.openAdvanced();
    await this.page.getByTestId('grid-nEstimators').fill(grid.trees);
    await this.page.getByTestId('grid-maxDepth').fill(grid.depth);
    await this.page.getByTestId('grid-maxFeatures').fill(grid.features);
    await this.page.getByTestId('folds').fill(String(folds));
  }

  /** Ticks or unticks a numeric feature column. */
  numericFeature(column: string): Locator {
    return this.numericFeatures.getByRole('checkbox', { name: column });
  }

  /** How the test posts are held out: copies together, the latest posts, or at random. */
  async chooseSplit(kind: 'grouped' | 'time' | 'random'): Promise<void> {
    await this.openAdvanced();
    await this.page.getByTestId('split-kind').selectOption(kind);
  }

  /** The line that sums up a trained model (focus lands on it after Train). */
  get summary(): Locator {
    return this.page.getByTestId('engagement-summary');
  }

  /** Presses "Save the model"; the page then says where the file went. */
  get saveModel(): Locator {
    return this.page.getByTestId('download-bundle');
  }

  get savedAs(): Locator {
    return this.page.getByTestId('bundle-saved');
  }

  async train(): Promise<void> {
    await this.page.getByTestId('train-forest').click();
  }

  async cancel(): Promise<void> {
    await this.progress.getByRole('button', { name: 'Cancel' }).click();
  }

  async expectTrained(timeout = 120_000): Promise<void> {
    // waitFor, not a polling expect: each retry of an expect takes an aria snapshot of the page
    // (40-70 ms on the main thread), which the perf journeys would count as the app's long tasks
    await this.metrics.waitFor({ state: 'visible', timeout });
    await expect(this.progress).toHaveCount(0);
  }

  /** The test R² of the model on the fitted scale (the first row of the fitted metrics). */
  async testR2(): Promise<number> {
    return Number(
      await this.fittedMetrics.locator('tbody tr').first().locator('td').nth(2).textContent(),
    );
  }

  /** The scatter of predicted against actual, by its accessible name. */
  scatterChart(name: RegExp): Locator {
    return this.scatter.getByRole('img', { name });
  }

  async trainNetwork(epochs: number): Promise<void> {
    await this.page.getByTestId('mlp-epochs').fill(String(epochs));
    await this.page.getByTestId('train-mlp').click();
  }

  /** Epochs drawn on the network's loss curve. */
  async networkEpochsDrawn(): Promise<number> {
    return Number(await this.lossChart.getAttribute('data-epochs'));
  }
}
