/**
 * The benchmark page: exposes `window.murmurBench[name](arg)` for scripts/bench to call through
 * Playwright, so browser measurements run the same engine and workers as the app.
 */
import { engagementBenches } from './engagementBench.ts';
import { importBenches } from './importBench.ts';
import { topicsBenches } from './topicsBench.ts';
import type { PageBenches } from './registry.ts';
import { sentimentBenches } from './sentimentBench.ts';
import { streamBenches } from './streamBench.ts';

declare global {
  interface Window {
    murmurBench: PageBenches;
  }
}

window.murmurBench = {
  ...importBenches,
  ...sentimentBenches,
  ...topicsBenches,
  ...engagementBenches,
  ...streamBenches,
};
document.getElementById('bench-log')!.textContent =
  `ready: ${Object.keys(window.murmurBench).join(', ')}`;
