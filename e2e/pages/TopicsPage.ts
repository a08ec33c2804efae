import { expect, type Locator, type Page } from '@playwright/test';

/** The Topics view: settings, run and cancel, the result charts, word clouds, trends. */
export class TopicsPage {
  readonly run: Locator;
  readonly progress: Locator;
  readonly results: Locator;
  readonly kPicker: Locator;
  readonly silhouetteChart: Locator;
  readonly elbowChart: Locator;
  readonly clusterSizes: Locator;
  readonly clusterTerms: Locator;
  readonly map: Locator;
  readonly silhouettePlot: Locator;
  readonly cloud: Locator;
  readonly cloudScope: Locator;
  readonly wordPosts: Locator;
  readonly rising: Locator;

  constructor(readonly page: Page) {
    this.run = page.getByTestId('run-topics');
    this.progress = page.getByTestId('topics-progress');
    this.results = page.getByTestId('topics-results');
    this.kPicker = page.getByTestId('k-picker');
    this.silhouetteChart = page.getByTestId('silhouette-chart');
    this.elbowChart = page.getByTestId('elbow-chart');
    this.clusterSizes = page.getByTestId('cluster-sizes');
    this.clusterTerms = page.getByTestId('cluster-terms');
    this.map = page.getByTestId('topic-map');
    this.silhouettePlot = page.getByTestId('silhouette-plot');
    this.cloud = page.getByTestId('word-cloud');
    this.cloudScope = page.getByTestId('cloud-scope');
    this.wordPosts = page.getByTestId('word-posts');
    this.rising = page.getByTestId('rising-table');
  }

  /** A settings field by its label. */
  field(label: string): Locator {
    return this.page.getByTestId('topics-settings').getByLabel(label, { exact: true });
  }

  /** Runs the analysis and waits for its results. */
  async runAnalysis(timeout = 90_000): Promise<void> {
    await this.run.click();
    await expect(this.results).toBeVisible({ timeout });
    await expect(this.progress).toBeHidden({ timeout });
  }

  /** A word of the cloud, as a keyboard-reachable button. */
  word(text: string): Locator {
    return this.cloud.getByRole('button', {
      name: new RegExp(`^${text.replace(/[#.*+?^${}()|[\]\\]/g, '\\$&')}: `),
    });
  }
}
