// Budgets of the browser bench (issue 12 part 3), their verdicts, and docs/benchmarks-browser.md.

/** `floor`: a score that must reach the budget (fails when the shortfall is more than twice the allowed one). */
export const BUDGETS = {
  'Lighthouse performance (median)': { budget: 95, floor: true, unit: '' },
  'Lighthouse accessibility (lowest)': { budget: 100, floor: true, unit: '' },
  'total blocking time (median)': { budget: 200, unit: ' ms' },
  'cold load to first verdict (median)': { budget: 1000, unit: ' ms' },
  'keystroke to verdict p95, capstone': { budget: 50, unit: ' ms' },
  'longest main-thread task while typing, 2,000 pods': { budget: 50, unit: ' ms' },
  'views updated after the last key, 2,000 pods': { budget: 1000, unit: ' ms' },
  'keys landed in order, 2,000 pods': { budget: 1, floor: true, unit: '' },
};

const round = (n) => (Number.isFinite(n) ? Math.round(n) : NaN);

/** Every measured figure of a result, by budget name (one row per page where it applies). */
export function figures(r) {
  const rows = [];
  for (const [page, lh] of Object.entries(r.lighthouse ?? {})) {
    rows.push(['Lighthouse performance (median)', page, lh.performance, `${lh.performance} (${lh.performanceAll.join(', ')})`]);
    rows.push([
      'Lighthouse accessibility (lowest)',
      page,
      lh.accessibility,
      `${lh.accessibility}${lh.failedA11y.length ? ` (${lh.failedA11y.join(', ')})` : ''}`,
    ]);
    rows.push(['total blocking time (median)', page, round(lh.tbt), `${round(lh.tbt)} ms`]);
  }
  for (const [page, v] of Object.entries(r.firstVerdict ?? {}))
    rows.push(['cold load to first verdict (median)', page, round(v.median), `${round(v.median)} ms (${v.all.join(', ')})`]);
  if (r.keystroke)
    rows.push([
      'keystroke to verdict p95, capstone',
      'capstone',
      round(r.keystroke.p95),
      `${round(r.keystroke.p95)} ms (p50 ${round(r.keystroke.p50)} ms, ${r.keystroke.samples} keys)`,
    ]);
  if (r.typing) {
    rows.push([
      'longest main-thread task while typing, 2,000 pods',
      'playground',
      round(r.typing.longestTask),
      `${round(r.typing.longestTask)} ms (${r.typing.tasksOver50} tasks over 50 ms)`,
    ]);
    rows.push(['views updated after the last key, 2,000 pods', 'playground', round(r.typing.updatedAfterLastKey), `${round(r.typing.updatedAfterLastKey)} ms`]);
    const landed = r.typing.inOrder === null ? 'not readable' : r.typing.inOrder ? `yes (${r.typing.keys} keys)` : 'NO';
    rows.push(['keys landed in order, 2,000 pods', 'playground', r.typing.inOrder === null ? NaN : r.typing.inOrder ? 1 : 0, landed]);
  }
  return rows;
}

/** ok: within budget; miss: over it but within twice it; fail: worse than twice it (or not measured). */
export function verdicts(r) {
  return figures(r).map(([name, page, value, shown]) => {
    const { budget, floor } = BUDGETS[name];
    const miss = floor ? value < budget : value >= budget;
    const fail = !Number.isFinite(value) || (floor ? (budget === 1 || budget === 100 ? value < budget : 100 - value > 2 * (100 - budget)) : value > 2 * budget);
    return { name: `${name}, ${page}`, budget: `${floor ? '≥' : '<'} ${budget}${BUDGETS[name].unit}`, shown, status: fail ? 'fail' : miss ? 'miss' : 'ok' };
  });
}

export function report({ before, after, pages }) {
  const old = new Map((before ? figures(before) : []).map(([name, page, , shown]) => [`${name}|${page}`, shown]));
  const rows = verdicts(after).map((v, i) => {
    const [name, page] = figures(after)[i];
    return `| ${name} | ${page} | ${v.budget} | ${old.get(`${name}|${page}`) ?? '—'} | ${v.shown} | ${v.status === 'ok' ? 'ok' : v.status === 'miss' ? 'missed' : '**over 2×**'} |`;
  });
  const weights = Object.entries(after.initialJs).map(([page, kb]) => `| ${page} (\`${pages[page]}\`) | ${before?.initialJs?.[page] ?? '—'} kB | ${kb} kB |`);
  return `# Browser measurements

Recorded by \`npm run bench:browser\` on ${after.date} (${after.machine}, headless Chromium), against the
static export served by \`scripts/serve.mjs\` (gzip, the lab's headers) on localhost, load average ${after.load ? after.load.map((l) => l.toFixed(1)).join(' at the start, ') + ' at the end' : 'not recorded'} (1 min, 2 cores: figures are only comparable at a like load). Before: ${before ? `main at 40b51a0 (${before.date})` : 'not measured here (issue 12 reports, for main: Lighthouse mobile 73 on the lesson page, total blocking time 1.9 s; the course map 99)'}; after: this branch.

Lighthouse 13, mobile (its default: simulated slow 4G and a 4× slower CPU), performance and
accessibility only, each run in a fresh Chromium with a fresh profile (\`--headless=new --no-sandbox
--disable-gpu --disable-dev-shm-usage\`), ${after.lighthouse.lesson?.runs ?? 3} runs per page.
First verdict: navigation start to the first exercise's first answered check (\`data-check-sequence\`),
fresh browser context each run. Keystroke to verdict: one key every 120 ms in the capstone's first
editor, keydown to the exercise's next verdict. Typing: the playground with \`largeWorld(40, 10)\`
(2,000 pods, 600 kB), 72 keys at 10-20 ms each; longest \`longtask\` between the first and the last
key; views updated: last keydown until the summary and the traffic view are both about the final text.
The bench fails (exit 1) when a figure is worse than twice its budget.

| figure | page | budget | before | after | verdict |
| --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

## JavaScript the HTML loads (gzip)

| page | before | after |
| --- | --- | --- |
${weights.join('\n')}
`;
}
