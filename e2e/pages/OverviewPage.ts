import { expect, type Locator, type Page } from '@playwright/test';
import { download, type Downloaded } from './download.ts';

/** The Overview card at the top of the Dataset view: the dataset in sentences, and the HTML report. */
export class OverviewPage {
  readonly card: Locator;

  constructor(readonly page: Page) {
    this.card = page.getByTestId('overview');
  }

  /** One sentence's line, by part: dataset, duplicates, sentiment, topics, engagement. */
  line(part: 'dataset' | 'duplicates' | 'sentiment' | 'topics' | 'engagement'): Locator {
    return this.card.getByTestId(`overview-${part}`);
  }

  /** The sentence itself, a link to the view that shows it. */
  sentence(part: Parameters<OverviewPage['line']>[0]): Locator {
    return this.line(part).getByRole('link').first();
  }

  async findTopics(): Promise<void> {
    await this.card.getByTestId('overview-find-topics').click();
    await expect(this.sentence('topics')).toContainText('The largest of', { timeout: 120_000 });
  }

  async downloadHtml(): Promise<Downloaded> {
    return download(this.page, () => this.card.getByTestId('overview-download-html').click());
  }
}
