import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Every view, by its address (#/<id>); diagnostics is reached from the footer. */
export const VIEW_IDS = [
  'dataset',
  'sentiment',
  'topics',
  'engagement',
  'live',
  'models',
  'stream',
  'diagnostics',
] as const;
export type ViewId = (typeof VIEW_IDS)[number];

/** WCAG 2.5.5's target size, in CSS pixels. */
export const TOUCH_TARGET = 44;

/** Checks that cut across views: axe-core, the page's width, the size of what can be tapped. */
export class AuditPage {
  constructor(readonly page: Page) {}

  /** Opens a view by its address and waits until it has drawn and no job is running. */
  async openView(id: ViewId): Promise<void> {
    await this.page.goto(`/#/${id}`);
    await expect(this.page.locator('#main h2').first()).toBeVisible({ timeout: 30_000 });
    await expect(this.page.locator('.progress')).toHaveCount(0, { timeout: 60_000 });
    await expect(this.page.getByText('Loading view…')).toHaveCount(0);
  }

  /** axe-core's serious and critical violations on the page, one line each with where they are. */
  async seriousViolations(): Promise<string[]> {
    const { violations } = await new AxeBuilder({ page: this.page }).analyze();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} at ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
      );
  }

  /** The page's width against the window's, and the outermost elements that stick out. */
  async horizontalOverflow(): Promise<{ scrollWidth: number; width: number; outside: string[] }> {
    return this.page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const sticksOut = (e: Element | null) => !!e && e.getBoundingClientRect().right > width + 1;
      const outside = [...document.querySelectorAll('body *')]
        .filter((e) => sticksOut(e) && !sticksOut(e.parentElement))
        .slice(0, 5)
        .map((e) => `${e.tagName.toLowerCase()}.${e.className} [${e.getAttribute('data-testid')}]`);
      return { scrollWidth: document.documentElement.scrollWidth, width, outside };
    });
  }

  /**
   * Buttons, selects, text fields and tabs shorter than a fingertip (a checkbox or radio counts by
   * its label). Links inside sentences are exempt, as WCAG 2.5.5 allows.
   */
  async smallTargets(): Promise<string[]> {
    return this.page.evaluate((min) => {
      const controls = document.querySelectorAll<HTMLElement>(
        'button, select, input, textarea, .tab, a.button',
      );
      const small: string[] = [];
      for (const el of controls) {
        if (el instanceof HTMLInputElement && ['hidden', 'file', 'range'].includes(el.type))
          continue;
        const box =
          el instanceof HTMLInputElement && ['checkbox', 'radio'].includes(el.type)
            ? (el.closest('label') ?? el)
            : el;
        const r = box.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        if (r.height < min - 0.5 || r.width < min - 0.5)
          small.push(
            `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
          );
      }
      return small;
    }, TOUCH_TARGET);
  }
}
