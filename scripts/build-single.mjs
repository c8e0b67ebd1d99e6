// `npm run build:single [-- --out-dir DIR]`: the whole app as ONE self-contained HTML file
// (default dist-single/index.html) that works opened from disk (file://), with no server
// and no network: scripts, styles and KaTeX's fonts are all inlined.
//
// It builds with the project's own vite.config.ts, minus its content-security-policy
// plugin (whose `script-src 'self'` would block the inlined script) and its installable-app
// plugins, plus vite-plugin-singlefile. The regular `vite build` into dist/ is not touched.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, loadConfigFromFile } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

/**
 * KaTeX lists each font three times (WOFF2, WOFF, TrueType). Every browser that runs this
 * ES2022 build reads WOFF2, so the single file keeps only that and is 1.5 MB lighter.
 */
function woff2Only() {
  return {
    name: 'single-file:katex-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/katex(\.min)?\.css$/.test(id.split('?')[0] ?? '')) return null;
      return code.replace(/,\s*url\([^)]*\.(woff|ttf)\)\s*format\("(woff|truetype)"\)/g, '');
    },
  };
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The single file's Content-Security-Policy. Everything is inline, so `'self'` means
 * nothing here (a file:// page has an opaque origin). Instead of `'unsafe-inline'` the
 * policy allows exactly the inlined script and stylesheet by their SHA-256 hashes: any
 * other inline script (say, one injected into a copy of the file) is still refused, and
 * there is still no eval. Fonts are data: URLs; images data: and blob: (the PNG export);
 * nothing may be fetched.
 */
export function singleFilePolicy(html) {
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  return [
    "default-src 'none'",
    `script-src ${scripts.map(sha256).join(' ')}`,
    `style-src ${styles.map(sha256).join(' ')}`,
    'img-src data: blob:',
    'font-src data:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function parseArgs(argv) {
  const at = argv.indexOf('--out-dir');
  return { outDir: resolve(at >= 0 && argv[at + 1] ? argv[at + 1] : 'dist-single') };
}

const { outDir } = parseArgs(process.argv.slice(2));
const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, 'vite.config.ts');
if (loaded === null) throw new Error('vite.config.ts not found');
const { plugins = [], build: buildOptions = {}, ...rest } = loaded.config;
// Nor the installable app's plugins: a lone file has no service worker and no manifest.
const ownPlugins = plugins
  .flat(Infinity)
  .filter((plugin) => plugin && plugin.name !== 'content-security-policy')
  .filter((plugin) => !/^(vite-plugin-pwa|installable-app)/.test(plugin.name));

await build({
  ...rest,
  configFile: false,
  logLevel: 'warn',
  plugins: [woff2Only(), ...ownPlugins, viteSingleFile()],
  build: { ...buildOptions, outDir, emptyOutDir: true },
});

const file = join(outDir, 'index.html');
const built = readFileSync(file, 'utf8');
// Anything still loaded from a path would be missing next to a lone file: fail loudly.
const external = [...built.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="(?!data:)([^"]+)"/g)];
if (external.length > 0) {
  console.error(`build-single: not inlined: ${external.map((m) => m[1]).join(', ')}`);
  process.exit(1);
}
const meta = `<meta http-equiv="Content-Security-Policy" content="${singleFilePolicy(built)}">`;
const html = built.replace(/<head>/, `<head>\n    ${meta}`);
writeFileSync(file, html);
console.log(`single file: ${file} (${(Buffer.byteLength(html) / 1024 / 1024).toFixed(2)} MB)`);
