import type { Locator } from '@playwright/test';

/** A chart card's export menu: PNG and SVG made in the page. */
export class ChartCard {
  readonly exportPng: Locator;
  readonly exportSvg: Locator;

  constructor(readonly root: Locator) {
    this.exportPng = root.getByTestId('chart-export-png');
    this.exportSvg = root.getByTestId('chart-export-svg');
  }

  async openExport(): Promise<void> {
    await this.root.getByTestId('chart-export').locator('summary').click();
  }
}
