// Checks the size of the JavaScript the page loads before it can draw (the entry chunk
// and its static imports), gzipped, against the budget. Lazily loaded chunks (KaTeX,
// scene-specific code) do not count. Deterministic: it reads the production build.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

// 205 KB: the first screen carries practice mode (offered beside every scene), the data
// playground's store slice, the seven layouts, the embedding API and both languages'
// text for them; the live class, the share dialog and its QR code load on demand, and so
// do the Data mode's own strings (src/i18n/playground/translate.ts), its CSV reader, and
// the flow animation with D3 (useStepAnimation.ts), which took the first screen from
// 216.9 to 201.9 KB. Loading only the chosen language's dictionary is the next saving.
export const BUDGET_KB = 205;
const dist = 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const scripts = [
  ...html.matchAll(/<script[^>]+src="\.?\/?([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.?\/?([^"]+\.js)"/g),
].map((m) => m[1]);
let total = 0;
for (const file of new Set(scripts)) {
  const size = gzipSync(readFileSync(join(dist, file))).length;
  total += size;
  console.log(`  ${file}: ${(size / 1024).toFixed(1)} KB gzip`);
}
console.log(`  initial JavaScript: ${(total / 1024).toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`);
if (scripts.length === 0 || total / 1024 > BUDGET_KB) {
  console.error(scripts.length === 0 ? 'no script found in dist/index.html' : 'over budget');
  process.exit(1);
}
