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
  /** The hashtags marked in the latest posts. */
  readonly latestTags: Locator;
  readonly replayPosition: Locator;
  readonly speed: Locator;
  readonly seek: Locator;
  readonly privacy: Locator;
  readonly resume: Locator;
  readonly skipReasons: Locator;
  readonly windowRows: Locator;
  readonly windowUnit: Locator;
  readonly cloudWords: Locator;
  readonly model: Locator;
  readonly topHashtags: Locator;
  readonly replayPanel: Locator;
  readonly playAgain: Locator;
  /** Which source labels the posts' sentiment (VADER or the trained classifier). */
  readonly sentimentSource: Locator;

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
    this.latestTags = this.latest.locator('mark');
    this.replayPosition = page.getByTestId('replay-position');
    this.speed = page.getByTestId('replay-speed');
    this.seek = page.getByTestId('replay-seek');
    this.privacy = page.getByTestId('feed-privacy');
    this.resume = page.getByTestId('feed-resume');
    this.skipReasons = page.getByTestId('skip-reasons');
    this.windowRows = page.getByTestId('window-row');
    this.windowUnit = page.getByTestId('window-unit');
    this.cloudWords = page.getByTestId('stream-cloud').locator('text');
    this.model = page.getByTestId('stream-model');
    this.topHashtags = page.getByTestId('stream-top-hashtags');
    this.replayPanel = page.getByTestId('replay-panel');
    this.sentimentSource = page.getByTestId('stream-sentiment-source');
    this.playAgain = page.getByRole('button', { name: 'Play again' });
  }

  async liveFeed(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Live feed' }).click();
  }

  /** Chooses another feed than Jetstream and says where its fields are (JSON paths). */
  async genericFeed(
    url: string,
    paths: { text: string; hashtags: string; time: string; language: string; id: string },
  ): Promise<void> {
    await this.page.getByRole('radio', { name: 'Other JSON feed' }).check();
    await this.page.getByLabel('WebSocket address').fill(url);
    await this.page.getByLabel('Text path').fill(paths.text);
    await this.page.getByLabel('Hashtags path').fill(paths.hashtags);
    await this.page.getByLabel('Time path').fill(paths.time);
    await this.page.getByLabel('Language path').fill(paths.language);
    await this.page.getByLabel('Id path').fill(paths.id);
  }

  /** Presses a replay control: Play, Pause, Resume. */
  async replay(action: 'Play' | 'Pause' | 'Resume'): Promise<void> {
    await this.page.getByRole('button', { name: action }).click();
  }

  /** The dashboard's update counter (it grows with every snapshot drawn). */
  async updates(): Promise<number> {
    return Number(await this.dashboard.getAttribute('data-seq'));
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
