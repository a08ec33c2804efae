import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The Models view: the saved models, import, scoring a file, the report; and what the Live view shows from the active model. */
export class ModelsPage {
  readonly list: Locator;
  readonly rows: Locator;
  readonly importCard: Locator;
  readonly importOk: Locator;
  readonly importError: Locator;
  readonly scoreCard: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByTestId('models-list');
    this.rows = this.list.getByTestId('model-row');
    this.importCard = page.getByTestId('import-model');
    this.importOk = page.getByTestId('import-model-ok');
    this.importError = page.getByTestId('import-model-error');
    this.scoreCard = page.getByTestId('score-file');
  }

  row(name: string | RegExp): Locator {
    return this.rows.filter({ has: this.page.getByTestId('model-name').filter({ hasText: name }) });
  }

  /** The downloaded file's path once the click's download finished. */
  async download(click: () => Promise<void>): Promise<{ path: string; name: string }> {
    const waiting = this.page.waitForEvent('download');
    await click();
    const d: Download = await waiting;
    const path = await d.path();
    if (!path)
      throw new Error(`the download ${d.suggestedFilename()} failed: ${await d.failure()}`);
    return { path, name: d.suggestedFilename() };
  }

  async exportModel(name: string | RegExp): Promise<{ path: string; name: string }> {
    return this.download(() => this.row(name).getByTestId('model-export').click());
  }

  async deleteModel(name: string | RegExp): Promise<void> {
    this.page.once('dialog', (d) => void d.accept());
    await this.row(name).getByTestId('model-delete').click();
    await expect(this.row(name)).toHaveCount(0);
  }

  async importModel(
    file: string | { name: string; mimeType: string; buffer: Buffer },
  ): Promise<void> {
    await this.importCard.getByTestId('import-model-drop-input').setInputFiles(file);
  }

  /** Scores a CSV with the active model and returns the downloaded scored file. */
  async scoreFile(file: string): Promise<{ path: string; name: string }> {
    return this.download(() =>
      this.scoreCard.getByTestId('score-file-drop-input').setInputFiles(file),
    );
  }
}

/** What the Live view's three boxes answer for one post, as text: to compare two models' answers. */
export async function liveAnswers(
  page: Page,
  post: { text: string; hashtags: string; followers: string },
): Promise<{ compound: string; topic: string; prediction: string }> {
  const sentiment = page.getByTestId('live-sentiment');
  await sentiment.getByLabel('Text to score').fill(post.text);
  await expect(sentiment.getByTestId('live-highlight')).toBeVisible();
  const hashtags = page.getByTestId('live-hashtags');
  await hashtags.getByLabel('Hashtags').fill(post.hashtags);
  await expect(hashtags.getByTestId('live-hashtags-cluster')).toBeVisible();
  const draft = page.getByTestId('live-draft');
  await draft.getByTestId('draft-text').fill(post.text);
  await draft.getByTestId('draft-time').fill('2025-03-05T20:00');
  await draft.getByTestId('draft-number-author_followers').fill(post.followers);
  await expect(draft.getByTestId('draft-prediction')).toBeVisible();
  // let the coalesced requests settle on the last input
  await page.waitForTimeout(300);
  return {
    compound: (await sentiment.getByTestId('live-compound').textContent()) ?? '',
    topic: `${await hashtags.getByTestId('live-hashtags-cluster').textContent()} ${await hashtags.getByTestId('live-hashtags-similarity').textContent()}`,
    prediction: `${await draft.getByTestId('draft-prediction').textContent()} ${await draft.getByTestId('draft-spread').textContent()}`,
  };
}
