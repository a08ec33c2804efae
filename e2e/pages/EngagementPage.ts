import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Run in the page (as a string: this file is typed for Node, without the DOM): from the next click
 * to the moment the "cancelled" banner is in the document, in ms, as the promise `__cancelMs`.
 */
const WATCH_CANCEL = `globalThis.__cancelMs = new Promise((resolve) => {
  document.addEventListener('click', () => {
    const t0 = performance.now();
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[data-testid="training-cancelled"]')) return;
      observer.disconnect();
      resolve(performance.now() - t0);
    });
    observer.observe(document.body, { subtree: true, childList: true });
  }, { capture: true, once: true });
}); undefined`;

/** The Engagement view: setup, the grid search's progress, results, the network; and the Live view's draft box. */
export class EngagementPage {
  readonly setup: Locator;
  readonly progress: Locator;
  readonly results: Locator;
  readonly metrics: Locator;
  readonly network: Locator;

  constructor(readonly page: Page) {
    this.setup = page.getByTestId('engagement-setup');
    this.progress = page.getByTestId('grid-progress');
    this.results = page.getByTestId('engagement-results');
    this.metrics = page.getByTestId('engagement-metrics');
    this.network = page.getByTestId('mlp-card');
  }

  async chooseTarget(column: string, log1p: boolean): Promise<void> {
    await this.page.getByTestId('target-column').selectOption(column);
    const box = this.page.getByTestId('log1p');
    if ((await box.isChecked()) !== log1p) await box.click();
  }

  /** Types the grid's values and the folds. */
  async setGrid(
    grid: { trees: string; depth: string; features: string },
    folds: number,
  ): Promise<void> {
    await this.page.getByTestId('grid-nEstimators').fill(grid.trees);
    await this.page.getByTestId('grid-maxDepth').fill(grid.depth);
    await this.page.getByTestId('grid-maxFeatures').fill(grid.features);
    await this.page.getByTestId('folds').fill(String(folds));
  }

  /** Ticks or unticks a numeric feature column. */
  numericFeature(column: string): Locator {
    return this.page.getByTestId('feature-numeric').getByRole('checkbox', { name: column });
  }

  async train(): Promise<void> {
    await this.page.getByTestId('train-forest').click();
  }

  /** Presses the grid search's Cancel and returns the ms, measured in the page, until the view says it is cancelled. */
  async cancel(): Promise<number> {
    await this.page.evaluate(WATCH_CANCEL);
    await this.progress.getByRole('button', { name: 'Cancel' }).click();
    return this.page.evaluate<number>('globalThis.__cancelMs');
  }

  async expectTrained(timeout = 120_000): Promise<void> {
    await expect(this.metrics).toBeVisible({ timeout });
    await expect(this.progress).toHaveCount(0);
  }
}

/** The draft box of the Live view. */
export class DraftPanelPage {
  readonly panel: Locator;
  readonly prediction: Locator;
  readonly spread: Locator;
  readonly contributions: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('live-draft');
    this.prediction = page.getByTestId('draft-prediction');
    this.spread = page.getByTestId('draft-spread');
    this.contributions = page.getByTestId('draft-contributions');
  }
}
