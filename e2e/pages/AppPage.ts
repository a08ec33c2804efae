import { expect, type Locator, type Page } from '@playwright/test';
import { download, type Downloaded } from './download.ts';

/** A file handed to a file input: a path on disk, or a name, a type and the bytes. */
export type FileInput = string | { name: string; mimeType: string; buffer: Buffer };

/**
 * Waits until the view at `#/<view>` is the one on show: a change of view is a React transition,
 * so the old view stays until the new one has been drawn (its tab marked current in the same
 * commit). Diagnostics has no tab.
 */
export async function expectViewShown(page: Page, view: string, timeout = 20_000): Promise<void> {
  if (view === 'diagnostics') return;
  await expect(
    page.getByRole('navigation', { name: 'Views' }).locator(`a[href="#/${view}"]`),
  ).toHaveAttribute('aria-current', 'page', { timeout });
}

/** The app shell: the first screen, navigation, importing, the active dataset, banners. */
export class AppPage {
  readonly activeDataset: Locator;
  readonly importProgress: Locator;
  readonly importError: Locator;
  readonly importCancelled: Locator;
  readonly importWarnings: Locator;
  readonly errorBanner: Locator;
  readonly welcome: Locator;
  readonly sampleButton: Locator;

  constructor(readonly page: Page) {
    this.activeDataset = page.getByTestId('active-dataset');
    this.importProgress = page.getByTestId('import-progress');
    this.importError = page.getByTestId('import-error');
    this.importCancelled = page.getByTestId('import-cancelled');
    this.importWarnings = page.getByTestId('import-warnings');
    this.errorBanner = page.getByTestId('error-banner');
    this.welcome = page.getByRole('heading', { name: /understand a social media export/i });
    this.sampleButton = page.getByTestId('load-sample');
  }

  async open(view = 'dataset'): Promise<void> {
    await this.page.goto(`/#/${view}`);
    await expect(this.page.getByRole('heading', { name: 'Murmur', exact: true })).toBeVisible();
    await expectViewShown(this.page, view);
  }

  async reload(): Promise<void> {
    await this.page.reload();
  }

  async goTo(label: string): Promise<void> {
    const tab = this.page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: label });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-current', 'page', { timeout: 20_000 });
  }

  async loadSample(): Promise<void> {
    await this.sampleButton.click();
    await expect(this.activeDataset).toContainText('murmur-sample', { timeout: 60_000 });
  }

  /** Imports a file through the top bar's picker (works whether or not a dataset is loaded). */
  async importFile(file: FileInput): Promise<void> {
    await this.page.getByTestId('topbar-import-input').setInputFiles(file);
  }

  async cancelImport(): Promise<void> {
    await this.importProgress.getByRole('button', { name: 'Cancel' }).click();
  }

  /** The file a click downloads (a chart's export, a report, a model), once it has finished. */
  async download(click: () => Promise<void>): Promise<Downloaded> {
    return download(this.page, click);
  }

  async expectDataset(nameFragment: string, rows?: number): Promise<void> {
    await expect(this.activeDataset).toContainText(nameFragment, { timeout: 90_000 });
    if (rows !== undefined)
      await expect(this.activeDataset).toContainText(`${rows.toLocaleString('en-US')} rows`);
  }
}
