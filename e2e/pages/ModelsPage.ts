import { expect, type Locator, type Page } from '@playwright/test';
import type { FileInput } from './AppPage.ts';
import { download, type Downloaded } from './download.ts';

/** The Models view: the saved models, import, scoring a file, the report. */
export class ModelsPage {
  readonly list: Locator;
  readonly rows: Locator;
  readonly importCard: Locator;
  readonly importOk: Locator;
  readonly importError: Locator;
  readonly scoreCard: Locator;
  readonly scoreRows: Locator;
  readonly scoreNotes: Locator;
  readonly scoreError: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByTestId('models-list');
    this.rows = this.list.getByTestId('model-row');
    this.importCard = page.getByTestId('import-model');
    this.importOk = page.getByTestId('import-model-ok');
    this.importError = page.getByTestId('import-model-error');
    this.scoreCard = page.getByTestId('score-file');
    this.scoreRows = page.getByTestId('score-rows');
    this.scoreNotes = page.getByTestId('score-notes');
    this.scoreError = page.getByTestId('score-error');
  }

  row(name: string | RegExp): Locator {
    return this.rows.filter({ has: this.page.getByTestId('model-name').filter({ hasText: name }) });
  }

  /** The parts a saved model holds (sentiment, topics, engagement), as one text. */
  parts(name: string | RegExp): Locator {
    return this.row(name).getByTestId('model-parts');
  }

  async exportModel(name: string | RegExp): Promise<Downloaded> {
    return download(this.page, () => this.row(name).getByTestId('model-export').click());
  }

  async downloadReport(): Promise<Downloaded> {
    return download(this.page, () => this.page.getByTestId('download-report').click());
  }

  async deleteModel(name: string | RegExp): Promise<void> {
    this.page.once('dialog', (d) => void d.accept());
    await this.row(name).getByTestId('model-delete').click();
    await expect(this.row(name)).toHaveCount(0);
  }

  async importModel(file: FileInput): Promise<void> {
    await this.importCard.getByTestId('import-model-drop-input').setInputFiles(file);
  }

  /** Drops a CSV on the scoring card, for a file that is refused (nothing is downloaded). */
  async dropFileToScore(file: string): Promise<void> {
    await this.scoreCard.getByTestId('score-file-drop-input').setInputFiles(file);
  }

  /** Scores a CSV or Parquet file with the active model and returns the downloaded scored file (CSV unless asked for Parquet). */
  async scoreFile(file: string, format: 'csv' | 'parquet' = 'csv'): Promise<Downloaded> {
    await this.scoreCard.getByTestId('score-format').selectOption(format);
    return download(this.page, () => this.dropFileToScore(file));
  }
}
