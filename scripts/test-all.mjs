// `npm test`: every check a change must pass, in order, stopping at the first failure:
// type check, lint (ESLint + Prettier), unit tests, production build, bundle budget,
// end-to-end tests in Chromium.
import { spawnSync } from 'node:child_process';

const steps = [
  ['type check', 'npm', ['run', '-s', 'typecheck']],
  ['lint', 'npm', ['run', '-s', 'lint']],
  ['unit tests', 'npx', ['vitest', 'run']],
  ['production build', 'npx', ['vite', 'build', '--logLevel', 'warn']],
  ['bundle budget', 'node', ['scripts/check-budget.mjs']],
  ['end-to-end tests', 'node', ['scripts/run-e2e.mjs']],
];

for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
