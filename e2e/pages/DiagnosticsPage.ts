import { expect, type Locator, type Page } from '@playwright/test';

/** The engine check (#/diagnostics): a 20-second worker job to cancel, and the worker's identity. */
export class DiagnosticsPage {
  readonly instanceId: Locator;
  readonly progress: Locator;
  readonly status: Locator;
  readonly generation: Locator;
  readonly stoppedAfter: Locator;

  constructor(readonly page: Page) {
    this.instanceId = page.getByTestId('diag-instance-id');
    this.progress = page.getByTestId('diag-progress');
    this.status = page.getByTestId('diag-status');
    this.generation = page.getByTestId('diag-generation');
    this.stoppedAfter = page.getByTestId('diag-stopped-ms');
  }

  /** Asks the analysis worker for its instance id (shown in `instanceId`). */
  async askInstance(): Promise<void> {
    await this.page.getByTestId('diag-instance').click();
  }

  /** The analysis worker's instance id, once it has answered. */
  async instance(): Promise<string> {
    await this.askInstance();
    await expect(this.instanceId).not.toHaveText('—');
    return (await this.instanceId.textContent())!;
  }

  /** Starts the 20-second job, waits until its progress shows the worker busy, and cancels it. */
  async startAndCancel(): Promise<void> {
    await this.startLongJob();
    await expect(this.progress).toBeVisible();
    await expect.poll(() => this.progressValue(), { timeout: 10_000 }).toBeGreaterThan(0);
    await this.cancel();
    await expect(this.status).toHaveText('cancelled');
  }

  async startLongJob(): Promise<void> {
    await this.page.getByTestId('diag-start').click();
  }

  /** The long job's progress, as its bar says. */
  async progressValue(): Promise<number> {
    return Number(await this.progress.getByRole('progressbar').getAttribute('aria-valuenow'));
  }

  async cancel(): Promise<void> {
    await this.progress.getByRole('button', { name: 'Cancel' }).click();
  }

  /** The ms the page measured from Cancel to the job's end, as shown ("12 ms"). */
  async stoppedAfterMs(): Promise<number> {
    return Number((await this.stoppedAfter.textContent())!.replace(' ms', ''));
  }
}
