import { expect, type Locator, type Page } from '@playwright/test';

/** The Dataset view: mapping, preview, summaries, stored datasets. */
export class DatasetPage {
  readonly mapping: Locator;
  readonly preview: Locator;

  constructor(readonly page: Page) {
    this.mapping = page.getByTestId('mapping');
    this.preview = page.getByTestId('preview-table');
  }

  /** The role select of a column. */
  role(column: string): Locator {
    return this.page.getByRole('combobox', { name: `Role of ${column}` });
  }

  async expectRole(column: string, role: string): Promise<void> {
    await expect(this.role(column)).toHaveValue(role);
  }

  columnType(column: string): Locator {
    return this.page.getByTestId(`column-${column}`).getByTestId('column-type');
  }
}
