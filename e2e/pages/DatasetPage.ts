import { expect, type Locator, type Page } from '@playwright/test';

/** The Dataset view: mapping, preview, summaries, preprocessing, stored datasets. */
export class DatasetPage {
  readonly mapping: Locator;
  readonly preview: Locator;
  /** The preview's rows, the header first. */
  readonly previewRows: Locator;
  readonly rowCount: Locator;
  /** 'Parquet' for a Parquet file (a CSV shows its separator and encoding instead). */
  readonly format: Locator;
  readonly columnSummary: Locator;
  /** Notes on number and date values that did not read, or were read from a short form (2.1K). */
  readonly valueNotes: Locator;
  readonly missingChart: Locator;
  readonly correlationHeatmap: Locator;
  readonly storedDatasets: Locator;
  readonly preprocessing: Locator;
  readonly preprocessingRows: Locator;
  readonly duplicates: Locator;
  readonly duplicatesSummary: Locator;
  readonly duplicateExamples: Locator;

  constructor(readonly page: Page) {
    this.mapping = page.getByTestId('mapping');
    this.preview = page.getByTestId('preview-table');
    this.previewRows = this.preview.getByRole('row');
    this.rowCount = page.getByTestId('dataset-rows');
    this.format = page.getByTestId('dataset-format');
    this.columnSummary = page.getByTestId('column-summary');
    this.valueNotes = page.getByRole('list', { name: 'Values that were not read as written' });
    this.missingChart = page.getByTestId('missing-chart');
    this.correlationHeatmap = page
      .getByTestId('correlation-heatmap')
      .getByRole('img', { name: /correlation heatmap/i });
    this.storedDatasets = page.getByTestId('stored-datasets');
    this.preprocessing = page.getByTestId('preprocessing');
    this.preprocessingRows = page.getByTestId('preprocessing-rows');
    this.duplicates = page.getByTestId('duplicates-card');
    this.duplicatesSummary = this.duplicates.getByTestId('duplicates-summary');
    this.duplicateExamples = this.duplicates.getByTestId('duplicate-examples').locator('tbody tr');
  }

  /** Drops exact copies, or every row whose text repeats an earlier one (a new dataset). */
  async dropDuplicates(which: 'exact' | 'repeated'): Promise<void> {
    await this.duplicates.getByTestId(`drop-${which}`).click();
  }

  /** The role select of a column. */
  role(column: string): Locator {
    return this.page.getByRole('combobox', { name: `Role of ${column}` });
  }

  async expectRole(column: string, role: string): Promise<void> {
    await expect(this.role(column)).toHaveValue(role);
  }

  /** Gives a column a role and applies the mapping. */
  async setRole(column: string, role: string): Promise<void> {
    await this.role(column).selectOption(role);
    await this.page.getByTestId('apply-mapping').click();
  }

  columnType(column: string): Locator {
    return this.page.getByTestId(`column-${column}`).getByTestId('column-type');
  }

  /** A cell of the preview: row 1 is the first data row (row 0 is the header). */
  previewCell(row: number, column: number): Locator {
    return this.previewRows.nth(row).getByRole('cell').nth(column);
  }

  /** What the preprocessing card says it does with a column. */
  preprocessingOf(column: string): Locator {
    return this.preprocessing.getByTestId(`pp-${column}`);
  }

  missingValuesOf(column: string): Locator {
    return this.preprocessing.getByRole('combobox', { name: `Missing values in ${column}` });
  }

  scalingOf(column: string): Locator {
    return this.preprocessing.getByRole('combobox', { name: `Scaling of ${column}` });
  }

  async applyPreprocessing(): Promise<void> {
    await this.preprocessing.getByTestId('apply-preprocessing').click();
  }
}
