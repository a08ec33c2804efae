import { expect, type Locator, type Page } from '@playwright/test';

/** The app shell: navigation, importing, the active dataset, banners. */
export class AppPage {
  readonly activeDataset: Locator;
  readonly importProgress: Locator;
  readonly importError: Locator;

  constructor(readonly page: Page) {
    this.activeDataset = page.getByTestId('active-dataset');
    this.importProgress = page.getByTestId('import-progress');
    this.importError = page.getByTestId('import-error');
  }

  async open(view = 'dataset'): Promise<void> {
    await this.page.goto(`/#/${view}`);
    await expect(this.page.getByRole('heading', { name: 'Murmur' })).toBeVisible();
  }

  async goTo(label: string): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: label })
      .click();
  }

  async loadSample(): Promise<void> {
    await this.page.getByTestId('load-sample').click();
    await expect(this.activeDataset).toContainText('murmur-sample', { timeout: 60_000 });
  }

  /** Imports a file through the top bar's picker (works whether or not a dataset is loaded). */
  async importFile(
    file: { name: string; mimeType: string; buffer: Buffer } | string,
  ): Promise<void> {
    await this.page.getByTestId('topbar-import-input').setInputFiles(file);
  }

  async expectDataset(nameFragment: string, rows?: number): Promise<void> {
    await expect(this.activeDataset).toContainText(nameFragment, { timeout: 90_000 });
    if (rows !== undefined)
      await expect(this.activeDataset).toContainText(`${rows.toLocaleString('en-US')} rows`);
  }
}
