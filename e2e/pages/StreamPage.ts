import { expect, type Locator, type Page } from '@playwright/test';

export type StreamCount = 'frames' | 'posts' | 'scored' | 'dropped' | 'duplicates' | 'skipped';

/** The Stream view: the source (replay or live feed), its controls, the counters and the dashboard. */
export class StreamPage {
  readonly host: Locator;
  readonly url: Locator;
  readonly connect: Locator;
  readonly disconnect: Locator;
  readonly status: Locator;
  readonly feedError: Locator;
  readonly timeout: Locator;
  readonly budget: Locator;
  readonly dashboard: Locator;
  readonly latest: Locator;
  readonly replayPosition: Locator;
  readonly speed: Locator;
  readonly seek: Locator;

  constructor(readonly page: Page) {
    this.host = page.getByLabel('Jetstream host');
    this.url = page.getByTestId('feed-url');
    this.connect = page.getByRole('button', { name: 'Connect' });
    this.disconnect = page.getByRole('button', { name: 'Disconnect' });
    this.status = page.getByTestId('feed-status');
    this.feedError = page.getByTestId('feed-error');
    this.timeout = page.getByTestId('feed-timeout');
    this.budget = page.getByTestId('scoring-budget');
    this.dashboard = page.getByTestId('stream-dashboard');
    this.latest = page.getByTestId('latest-post');
    this.replayPosition = page.getByTestId('replay-position');
    this.speed = page.getByTestId('replay-speed');
    this.seek = page.getByTestId('replay-seek');
  }

  async liveFeed(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Live feed' }).click();
  }

  /** Types a host, checks the address shown is where it will connect, and connects. */
  async connectTo(host: string): Promise<void> {
    await this.host.fill(host);
    await expect(this.url).toContainText(host);
    await this.connect.click();
    await this.expectState('open');
  }

  async expectState(
    state: 'connecting' | 'open' | 'waiting' | 'closed',
    timeout = 20_000,
  ): Promise<void> {
    await expect(this.status).toHaveAttribute('data-state', state, { timeout });
  }

  /** A counter's value as shown ("1,234" → 1234). */
  async count(name: StreamCount): Promise<number> {
    const text = await this.page.getByTestId(`count-${name}`).locator('.kpi__value').textContent();
    return Number((text ?? '').replace(/,/g, ''));
  }

  /** Waits until a counter shows `value`. */
  async expectCount(name: StreamCount, value: number, timeout = 30_000): Promise<void> {
    await expect.poll(() => this.count(name), { timeout, message: `count of ${name}` }).toBe(value);
  }

  /** The replay's position ("post 1,234 of 5,000"). */
  async position(): Promise<number> {
    const m = /post ([\d,]+) of/.exec((await this.replayPosition.textContent()) ?? '');
    return m ? Number(m[1]!.replace(/,/g, '')) : NaN;
  }
}
