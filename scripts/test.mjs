#!/usr/bin/env node
// `npm test`: every test. Unit tests (vitest), the lessons check, then a static build and the
// browser tests (Playwright in Chromium) against the exported site.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { findChromium, NO_CHROMIUM_HELP } from './findChromium.mjs';

process.env.NEXT_TELEMETRY_DISABLED = '1';
const e2eOnly = process.argv.includes('--e2e-only');
const started = Date.now();

function step(title, command, args) {
  console.log(`\n▸ ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed.`);
    process.exit(result.status ?? 1);
  }
}

const chromium = await findChromium();
if (!chromium) {
  console.error(NO_CHROMIUM_HELP);
  process.exit(1);
}
process.env.CHROMIUM_PATH = chromium;

mkdirSync('reports', { recursive: true }); // not test-results/: Playwright empties that folder
const VITEST_JSON = 'reports/vitest.json';
const PLAYWRIGHT_JSON = 'reports/playwright.json';

/** Counts from the runners' JSON reports, for one closing line. */
function counts() {
  let passed = 0;
  let failed = 0;
  if (!e2eOnly && existsSync(VITEST_JSON)) {
    const report = JSON.parse(readFileSync(VITEST_JSON, 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
  }
  if (existsSync(PLAYWRIGHT_JSON)) {
    const stats = JSON.parse(readFileSync(PLAYWRIGHT_JSON, 'utf8')).stats ?? {};
    passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
    failed += stats.unexpected ?? 0;
  }
  return { passed, failed };
}

if (!e2eOnly) {
  step('Typecheck (tsc, app and the no-DOM lib/sim config)', 'npm', ['run', '-s', 'typecheck']);
  step('Lint (ESLint, with the module-boundary rules)', 'npx', ['eslint', '.']);
  step('Format (Prettier --check)', 'npx', ['prettier', '--check', '.']);
  step('Unit and conformance tests (vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_JSON}`]);
  step('Lessons check', 'npx', ['tsx', 'scripts/lessons-check.ts']);
}
step('Static build (next build, service worker, CSP hashes)', 'npm', ['run', 'build']);
process.env.PLAYWRIGHT_JSON_OUTPUT_NAME = PLAYWRIGHT_JSON;
step(`Browser tests (Playwright, ${chromium})`, 'npx', ['playwright', 'test', '--reporter=list,json']);
const { passed, failed } = counts();
console.log(`\n✔ All tests passed in ${Math.round((Date.now() - started) / 1000)} s.`);
console.log(`tests: ${passed} passed, ${failed} failed`);
