// Runs the Playwright end-to-end tests in Chromium. Finds the browser first, so that a
// machine without one gets a one-line answer instead of a hang or a download attempt.
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

let browser;
try {
  browser = findChromium();
} catch (error) {
  console.error(`e2e: ${error.message}`);
  process.exit(1);
}
if (browser === undefined) {
  console.error(
    'e2e: no Chromium found. Install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
  process.exit(1);
}
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: browser },
});
process.exit(result.status ?? 1);
