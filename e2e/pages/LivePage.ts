import { expect, type Locator, type Page } from '@playwright/test';

/** A post typed into the Live view's three boxes. */
export interface LivePost {
  text: string;
  hashtags: string;
  followers: string;
}

/** What the Live view's three boxes answer for one post, as text: to compare two models' answers. */
export interface LiveAnswers {
  compound: string;
  topic: string;
  prediction: string;
}

/** The Live view: the active model and its three boxes (sentiment, hashtags' topic, a draft's engagement). */
export class LivePage {
  readonly model: Locator;
  readonly sentiment: LiveSentimentPanel;
  readonly hashtags: LiveHashtagsPanel;
  readonly draft: DraftPanel;

  constructor(readonly page: Page) {
    this.model = page.getByTestId('live-model');
    this.sentiment = new LiveSentimentPanel(page);
    this.hashtags = new LiveHashtagsPanel(page);
    this.draft = new DraftPanel(page);
  }

  /** Types one post into the three boxes and returns their answers once they have settled. */
  async answers(post: LivePost): Promise<LiveAnswers> {
    await this.sentiment.text.fill(post.text);
    await expect(this.sentiment.highlight).toBeVisible();
    await this.hashtags.input.fill(post.hashtags);
    await expect(this.hashtags.cluster).toBeVisible();
    await this.draft.text.fill(post.text);
    await this.draft.time.fill('2025-03-05T20:00');
    await this.draft.number('author_followers').fill(post.followers);
    await expect(this.draft.prediction).toBeVisible();
    // Requests coalesce (at most one in flight): the answers have settled on the last input when
    // two reads 300 ms apart agree.
    let last = '';
    let read: LiveAnswers | null = null;
    await expect
      .poll(
        async () => {
          read = await this.read();
          const now = JSON.stringify(read);
          const same = now === last;
          last = now;
          return same;
        },
        { intervals: [300], timeout: 20_000, message: 'the live answers settle' },
      )
      .toBe(true);
    return read!;
  }

  private async read(): Promise<LiveAnswers> {
    const text = async (l: Locator) => (await l.textContent()) ?? '';
    return {
      compound: await text(this.sentiment.compound),
      topic: `${await text(this.hashtags.cluster)} ${await text(this.hashtags.similarity)}`,
      prediction: `${await text(this.draft.prediction)} ${await text(this.draft.spread)}`,
    };
  }
}

/** The sentiment box of the Live view. */
export class LiveSentimentPanel {
  readonly root: Locator;
  readonly text: Locator;
  readonly compound: Locator;
  readonly label: Locator;
  readonly tokens: Locator;
  readonly highlight: Locator;
  readonly classifier: Locator;
  /** Which model of a classifier with one per language read the text ("read by the German model"). */
  readonly classifierModel: Locator;
  readonly highlightsCut: Locator;
  /** What was set aside before scoring (handles, links …), one span per item with data-kind. */
  readonly setAside: Locator;
  /** The reference switch: the raw text, as vaderSentiment 3.3.2. */
  readonly reference: Locator;
  /** The highlights' explanations, one line per word, behind a disclosure. */
  readonly wordByWord: Locator;
  /** How text in another language than English was read (its word list, or not at all). */
  readonly language: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('live-sentiment');
    this.text = this.root.getByLabel('Text to score');
    this.compound = this.root.getByTestId('live-compound');
    this.label = this.root.getByTestId('live-label');
    this.tokens = this.root.getByTestId('live-token');
    this.highlight = this.root.getByTestId('live-highlight');
    this.classifier = this.root.getByTestId('live-classifier');
    this.classifierModel = this.root.getByTestId('live-classifier-model');
    this.wordByWord = this.root.getByTestId('live-word-by-word');
    this.highlightsCut = this.root.getByText(/Highlights cover the first 600 words/);
    this.setAside = this.root.getByTestId('live-set-aside');
    this.reference = this.root.getByTestId('live-sentiment-reference');
    this.language = this.root.getByTestId('live-language');
  }

  token(text: string): Locator {
    return this.tokens.filter({ hasText: new RegExp(`^${text}$`) });
  }
}

/** The hashtags box of the Live view: the nearest topic of the active model. */
export class LiveHashtagsPanel {
  readonly root: Locator;
  readonly input: Locator;
  readonly cluster: Locator;
  readonly similarity: Locator;
  readonly result: Locator;
  readonly noModel: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('live-hashtags');
    this.input = this.root.getByLabel('Hashtags');
    this.cluster = this.root.getByTestId('live-hashtags-cluster');
    this.similarity = this.root.getByTestId('live-hashtags-similarity');
    this.result = this.root.getByTestId('live-hashtags-result');
    this.noModel = page.getByTestId('live-hashtags-no-model');
  }
}

/** The draft box of the Live view: a draft's predicted engagement. */
export class DraftPanel {
  readonly panel: Locator;
  readonly text: Locator;
  readonly time: Locator;
  readonly prediction: Locator;
  /** The prediction, its range and drivers; aria-busy while a newer draft is being predicted. */
  readonly result: Locator;
  readonly spread: Locator;
  readonly contributions: Locator;
  readonly contributionItems: Locator;
  readonly noModel: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('live-draft');
    this.text = this.panel.getByTestId('draft-text');
    this.time = this.panel.getByTestId('draft-time');
    this.prediction = page.getByTestId('draft-prediction');
    this.result = page.getByTestId('draft-result');
    this.spread = page.getByTestId('draft-spread');
    this.contributions = page.getByTestId('draft-contributions');
    this.contributionItems = this.contributions.getByRole('listitem');
    this.noModel = page.getByTestId('draft-no-model');
  }

  /** The input of a numeric feature. */
  number(column: string): Locator {
    return this.panel.getByTestId(`draft-number-${column}`);
  }

  /** The select of a categorical feature. */
  category(column: string): Locator {
    return this.panel.getByTestId(`draft-category-${column}`);
  }
}
