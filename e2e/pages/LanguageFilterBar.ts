import type { Locator, Page } from '@playwright/test';

/** The page's one language filter under the header, shown once the posts' languages are read. */
export class LanguageFilterBar {
  readonly root: Locator;
  /** "all", or "only German and Spanish". */
  readonly state: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('language-filter');
    this.state = page.getByTestId('language-filter-state');
  }

  /** Ticks (or unticks) one language, opening the list first. */
  async choose(code: string, on = true): Promise<void> {
    const box = this.page.getByTestId(`language-choice-${code}`);
    if (!(await box.isVisible())) await this.state.click();
    await box.setChecked(on);
  }
}
