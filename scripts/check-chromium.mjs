// Stops `npm test` early, with the exact fix, when no Chromium is installed.
import { findChromium, CHROMIUM_CANDIDATES } from './chromium.mjs';

if (!findChromium()) {
  console.error(
    [
      'Murmur: the end-to-end tests need Chromium, and none was found.',
      `Looked at: ${CHROMIUM_CANDIDATES.join(', ')}`,
      '',
      "Install Debian's Chromium:   sudo apt-get update && sudo apt-get install -y chromium",
      'or point to another binary:  CHROMIUM_PATH=/path/to/chrome npm test',
      '(`npx playwright install` is not used: this project drives the system Chromium.)',
    ].join('\n'),
  );
  process.exit(1);
}
