#!/usr/bin/env node
// `npm test`: every test. Unit tests (vitest), the lessons check, then a static build and the
// browser tests (Playwright in Chromium) against the exported site.
import { spawnSync } from 'node:child_process';
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

if (!e2eOnly) {
  step('Unit and conformance tests (vitest)', 'npx', ['vitest', 'run']);
  step('Lessons check', 'npx', ['tsx', 'scripts/lessons-check.ts']);
}
step('Static build (next build)', 'npx', ['next', 'build']);
step(`Browser tests (Playwright, ${chromium})`, 'npx', ['playwright', 'test']);
console.log(`\n✔ All tests passed in ${Math.round((Date.now() - started) / 1000)} s.`);
