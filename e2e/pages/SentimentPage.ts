import { expect, type Locator, type Page } from '@playwright/test';

type Label = 'positive' | 'neutral' | 'negative';

/** The Sentiment view: scoring progress, charts, thresholds, the posts table, label evaluation and the classifier. */
export class SentimentPage {
  readonly charts: Locator;
  readonly progress: Locator;
  readonly table: Locator;
  readonly evaluation: Locator;
  readonly mapping: Locator;
  readonly classifier: Locator;

  constructor(readonly page: Page) {
    this.charts = page.getByTestId('sentiment-charts');
    this.progress = page.getByTestId('sentiment-progress');
    this.table = page.getByTestId('sentiment-table');
    this.evaluation = page.getByTestId('evaluation');
    this.mapping = page.getByTestId('label-mapping');
    this.classifier = page.getByTestId('classifier-panel');
  }

  /** Waits until every post is scored (the charts say so). */
  async expectScored(rows: number, timeout = 60_000): Promise<void> {
    await expect(this.charts).toHaveAttribute('data-complete', 'true', { timeout });
    await expect(this.charts).toHaveAttribute('data-scored', String(rows));
  }

  count(label: Label): Locator {
    return this.page.getByTestId(`count-${label}`);
  }

  async counts(): Promise<Record<Label, number>> {
    const read = async (l: Label) => Number((await this.count(l).textContent())!.replace(/,/g, ''));
    return {
      positive: await read('positive'),
      neutral: await read('neutral'),
      negative: await read('negative'),
    };
  }

  async setThresholds(positive: string, negative: string): Promise<void> {
    await this.page.getByLabel('Positive when compound ≥').fill(positive);
    await this.page.getByLabel('Negative when compound ≤').fill(negative);
  }

  /** The class select of one label value in the mapping table. */
  classOf(value: string): Locator {
    return this.mapping.getByRole('combobox', { name: `Class of ${value}`, exact: true });
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

  /** Epochs drawn on the live training curves. */
  async epochsDrawn(): Promise<number> {
    return Number(
      (await this.classifier.getByTestId('training-curves').getAttribute('data-epochs')) ?? 0,
    );
  }
}

/** The sentiment box of the Live scoring view. */
export class LiveSentimentPanel {
  readonly root: Locator;
  readonly text: Locator;
  readonly compound: Locator;
  readonly label: Locator;
  readonly tokens: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('live-sentiment');
    this.text = this.root.getByLabel('Text to score');
    this.compound = this.root.getByTestId('live-compound');
    this.label = this.root.getByTestId('live-label');
    this.tokens = this.root.getByTestId('live-token');
  }

  token(text: string): Locator {
    return this.tokens.filter({ hasText: new RegExp(`^${text}$`) });
  }
}
