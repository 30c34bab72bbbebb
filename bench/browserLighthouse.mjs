// Lighthouse (mobile, its default simulated throttling) on one page, several runs, each in a fresh
// Chromium with a fresh profile. Used by bench/browser.mjs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
];

export const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number' && !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** One Lighthouse mobile run (performance and accessibility) in a fresh Chromium and profile: its report. */
export async function lighthouseReport(url, chromePath) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'lh-profile-'));
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...FLAGS, `--user-data-dir=${userDataDir}`], userDataDir: false });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
    return result.lhr;
  } finally {
    await chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

/** The accessibility audits that failed in a report. */
export function failedAccessibility(lhr) {
  return Object.values(lhr.audits)
    .filter((a) => a.score === 0 && lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id))
    .map((a) => a.id);
}

async function oneRun(url, chromePath) {
  const lhr = await lighthouseReport(url, chromePath);
  const { categories, audits, runtimeError } = lhr;
  // A run Lighthouse could not score (a runtime error such as NO_LCP or PAGE_HUNG, or a metric it
  // could not compute) has a null score: it is a failed run, not a score of 0.
  if (categories.performance.score === null || runtimeError) {
    const broken = Object.values(audits)
      .filter((a) => a.scoreDisplayMode === 'error')
      .map((a) => `${a.id}: ${a.errorMessage ?? ''}`.trim());
    return { failed: runtimeError ? `${runtimeError.code}: ${runtimeError.message}` : `no performance score (${broken.join('; ') || 'unknown'})` };
  }
  return {
    performance: Math.round((categories.performance.score ?? 0) * 100),
    accessibility: Math.round((categories.accessibility.score ?? 0) * 100),
    tbt: audits['total-blocking-time'].numericValue,
    fcp: audits['first-contentful-paint'].numericValue,
    lcp: audits['largest-contentful-paint'].numericValue,
    failedA11y: failedAccessibility(lhr),
  };
}

/**
 * Median performance, TBT, FCP, LCP; the lowest accessibility score and what failed. A run
 * Lighthouse could not score is recorded in `failures` and run again (at most `runs` extra times).
 */
export async function lighthouseRuns(url, { runs = 3, chromePath }) {
  const all = [];
  const failures = [];
  for (let attempt = 0; all.length < runs && attempt < 2 * runs; attempt++) {
    const run = await oneRun(url, chromePath);
    if (run.failed) {
      console.warn(`Lighthouse run on ${url} failed: ${run.failed}`);
      failures.push(run.failed);
    } else all.push(run);
  }
  return {
    runs: all.length,
    failures,
    performance: median(all.map((r) => r.performance)),
    performanceAll: all.map((r) => r.performance),
    accessibility: Math.min(...all.map((r) => r.accessibility)),
    tbt: median(all.map((r) => r.tbt)),
    fcp: median(all.map((r) => r.fcp)),
    lcp: median(all.map((r) => r.lcp)),
    failedA11y: [...new Set(all.flatMap((r) => r.failedA11y))],
  };
}
