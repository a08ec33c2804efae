import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { expectViewShown } from './AppPage.ts';

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
    await expectViewShown(this.page, id, 30_000);
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

  /**
   * Chart text that is too small or does not fit, one line each: text drawn under `minPx` CSS px
   * (its font size times the scale its SVG is drawn at), text that sticks out of its SVG, and
   * axis labels that overlap one another. Charts are the `svg[role=img]` in the main area.
   */
  async chartTextProblems(minPx = 11): Promise<{ texts: number; problems: string[] }> {
    return this.page.evaluate((min) => {
      const problems: string[] = [];
      let texts = 0;
      const inside = (r: DOMRect, box: DOMRect) =>
        r.left >= box.left - 1 &&
        r.right <= box.right + 1 &&
        r.top >= box.top - 1 &&
        r.bottom <= box.bottom + 1;
      for (const svg of document.querySelectorAll<SVGSVGElement>('#main svg[role="img"]')) {
        const box = svg.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        const chart = svg.getAttribute('aria-label') ?? '?';
        for (const t of svg.querySelectorAll<SVGTextElement>('text')) {
          const r = t.getBoundingClientRect();
          const text = (t.textContent ?? '').trim();
          if (r.width === 0 || !text) continue;
          texts++;
          const m = t.getScreenCTM()!;
          const px = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
          if (px < min - 0.05) problems.push(`${chart}: "${text}" drawn at ${px.toFixed(1)} px`);
          if (!inside(r, box)) problems.push(`${chart}: "${text}" sticks out of the chart`);
        }
        for (const axes of svg.querySelectorAll('[data-testid="chart-axes"]')) {
          const labels = [...axes.querySelectorAll('text')].map((t) => ({
            text: t.textContent ?? '',
            r: t.getBoundingClientRect(),
          }));
          labels.forEach((a, i) => {
            for (const b of labels.slice(i + 1)) {
              const overlap =
                Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left) > 0.5 &&
                Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top) > 0.5;
              if (overlap) problems.push(`${chart}: "${a.text}" overlaps "${b.text}"`);
            }
          });
        }
      }
      return { texts, problems };
    }, minPx);
  }
}
