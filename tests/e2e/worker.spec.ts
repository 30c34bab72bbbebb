import { test, expect, type Page } from '@playwright/test';
import { largeWorld, worldById } from '../../components/playground/worlds';
import { openPlayground, replaceText as paste } from './support/playground';

// The page worker: the simulator runs off the main thread; a question that runs past its budget
// stops the worker, the page says which input did it, the text stays, the newest edit is checked.

/** The editor's whole text, read from its model (Monaco renders only the visible lines). */
async function editorText(page: Page): Promise<string> {
  return page.locator('[data-testid="editor"] .monaco-container').evaluate((el) => (el as unknown as { editorValue: string }).editorValue);
}

/** The longest gap of a 25 ms heartbeat on the main thread since `startHeartbeat`. */
async function startHeartbeat(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __gap: number; __last: number };
    w.__gap = 0;
    w.__last = performance.now();
    setInterval(() => {
      const t = performance.now();
      w.__gap = Math.max(w.__gap, t - w.__last);
      w.__last = t;
    }, 25);
  });
}
const longestGap = (page: Page) => page.evaluate(() => (window as unknown as { __gap: number }).__gap);
/**
 * The expensive inputs below keep the simulator busy for tens of seconds of CPU; on the main thread
 * that would be the heartbeat's gap (and the watchdog, a main-thread timer, could not fire). 10 s
 * leaves room for a 2-core machine running several browsers and builds at once (gaps of 4-5 s
 * measured there while the page itself ran no task longer than 0.3 s).
 */
const FROZEN_MS = 10_000;

// A world whose admission is genuinely expensive, within the limits a real API server accepts: 60
// ValidatingAdmissionPolicies bound to every Pod CREATE, each with 20 validations of 300 x 300
// comprehension steps over literal lists (about 4.5e5 cost units each: under the per-call limit,
// and each binding gets its own runtime budget, so a real API server evaluates them all too).
// "Each evaluation of the policy is given an independent CEL cost budget": ValidatingAdmissionPolicyBinding
// in staging/src/k8s.io/api/admissionregistration/v1/types.go; resource use of CEL:
// https://kubernetes.io/docs/reference/access-authn-authz/validating-admission-policy/
// CEL cost limits: staging/src/k8s.io/apiserver/pkg/apis/cel/config.go (PerCallLimit, RuntimeCELCostBudget).
// About 1e8 comprehension steps (9e6 cost units per binding, under its 1e7 budget): with 40 x 10 a
// quiet machine answered within the budget, so the watchdog was not exercised.
function costlyAdmission(size: number, policies = 60, validations = 20): string {
  const list = `[${Array.from({ length: size }, (_, i) => i).join(', ')}]`;
  const docs: string[] = [];
  for (let p = 0; p < policies; p++) {
    const checks = [`    - expression: &e "${list}.all(x, ${list}.all(y, x + y >= 0))"`, ...Array<string>(validations - 1).fill('    - expression: *e')];
    docs.push(
      `apiVersion: admissionregistration.k8s.io/v1\nkind: ValidatingAdmissionPolicy\nmetadata: { name: costly-${p} }\nspec:\n  failurePolicy: Fail\n  matchConstraints:\n    resourceRules: [{ apiGroups: [""], apiVersions: [v1], operations: [CREATE], resources: [pods] }]\n  validations:\n${checks.join('\n')}\n`,
    );
    docs.push(
      `apiVersion: admissionregistration.k8s.io/v1\nkind: ValidatingAdmissionPolicyBinding\nmetadata: { name: costly-${p} }\nspec:\n  policyName: costly-${p}\n  validationActions: [Deny]\n`,
    );
  }
  docs.push('apiVersion: v1\nkind: Pod\nmetadata: { name: web, namespace: default }\nspec:\n  containers: [{ name: web, image: nginx }]\n');
  return docs.join('---\n');
}
const COSTLY = costlyAdmission(300);
/** The same world with two-element lists: cheap, answered at once. */
const CHEAP = costlyAdmission(2);

// A CEL regex with catastrophic backtracking in a backtracking engine (2^40 steps); RE2, which
// Kubernetes CEL uses, matches it in linear time. Either way the page must not freeze.
const SLOW_REGEX = `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata: { name: slow }
spec:
  failurePolicy: Fail
  matchConstraints:
    resourceRules: [{ apiGroups: [""], apiVersions: [v1], operations: [CREATE], resources: [pods] }]
  validations:
    - expression: "!'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!'.matches('^(a+)+$')"
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata: { name: slow }
spec:
  policyName: slow
  validationActions: [Deny]
---
apiVersion: v1
kind: Pod
metadata: { name: web, namespace: default }
spec:
  containers: [{ name: web, image: nginx }]
`;

const ALIAS_BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghijk'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghijk'[i]}`).join(',')}]`),
].join('\n');

const PATHOLOGICAL = [0, 1, 2]
  .map(
    (n) =>
      `apiVersion: apps/v1\nkind: StatefulSet\nmetadata: { name: s${n}, namespace: default }\nspec:\n  replicas: 1000\n  selector: { matchLabels: { app: s${n} } }\n  template:\n    metadata: { labels: { app: s${n} } }\n    spec: { containers: [{ name: c, image: nginx }] }\n`,
  )
  .join('---\n');

test('an expensive admission world stops the admission view, says so (en and es), keeps the text, and the next edit is answered', async ({ page }) => {
  test.setTimeout(120_000);
  for (const lang of ['en', 'es']) {
    await openPlayground(page, lang);
    await startHeartbeat(page);
    await paste(page, COSTLY);
    await page.getByTestId('tab-admission').click();
    const stopped = page.getByTestId('view-stopped');
    await expect(stopped).toBeVisible({ timeout: 20_000 });
    await expect(stopped).toContainText(
      lang === 'es' ? /vista de admisión sobre playground\.yaml.*se reinició/ : /admission view on playground\.yaml.*restarted/,
    );
    expect(await longestGap(page)).toBeLessThan(FROZEN_MS);
    expect(await editorText(page)).toBe(COSTLY);
    await paste(page, CHEAP);
    await expect(page.getByTestId('admission-verdict')).toBeVisible({ timeout: 20_000 });
    await expect(stopped).toHaveCount(0);
    expect(await editorText(page)).toBe(CHEAP);
    // The playground keeps its draft and tab: the next language starts from a fresh one.
    await page.evaluate(() => localStorage.clear());
  }
});

test('a catastrophic-backtracking CEL regex never freezes the admission view: answered or stopped, the text stays', async ({ page }) => {
  await openPlayground(page);
  await startHeartbeat(page);
  await paste(page, SLOW_REGEX);
  await page.getByTestId('tab-admission').click();
  await expect(page.getByTestId('admission-verdict').or(page.getByTestId('view-stopped'))).toBeVisible({ timeout: 20_000 });
  expect(await longestGap(page)).toBeLessThan(FROZEN_MS);
  expect(await editorText(page)).toBe(SLOW_REGEX);
});

test('a slow check in an exercise is stopped and names the file; the edit typed meanwhile is checked when the worker is back', async ({ page }) => {
  await page.goto('/en/learn/hardening/admission-controllers/');
  const exercise = page.locator('[data-exercise-id]').first();
  const editor = exercise.getByTestId('editor');
  await editor.scrollIntoViewIfNeeded();
  await expect(editor).toHaveAttribute('data-editor-ready', 'monaco', { timeout: 20_000 });
  const status = exercise.getByTestId('lab-status');
  await expect(status).toContainText('/', { timeout: 15_000 });
  await startHeartbeat(page);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await editor.locator('.monaco-editor').click();
  await page.keyboard.press('Control+A');
  await page.evaluate((value) => navigator.clipboard.writeText(value), COSTLY);
  await page.keyboard.press('Control+V');
  // Type on while the check hangs: this newest edit must be checked once the worker is back.
  await page.keyboard.type('\n# typed while it hung\n', { delay: 30 });
  await expect(status).toContainText(/Stopped: the simulator worked on [\w./-]+\.yaml \(\d+(\.\d)? kB\).*restarted/, { timeout: 20_000 });
  expect(await longestGap(page)).toBeLessThan(FROZEN_MS);
  await page.keyboard.press('Control+A');
  await page.evaluate((value) => navigator.clipboard.writeText(value), 'apiVersion: v1\nkind: Namespace\nmetadata: { name: fine }\n');
  await page.keyboard.press('Control+V');
  // The re-check of the hung text (in the fresh worker) is stopped in its turn, then this one is answered.
  await expect(status).toContainText(/\d+ \/ \d+/, { timeout: 40_000 });
});

for (const [name, text] of [
  ['an alias bomb', ALIAS_BOMB],
  ['a pathological world (3 StatefulSets x 1000 replicas)', PATHOLOGICAL],
] as const) {
  test(`${name} never freezes the playground; the text stays`, async ({ page }) => {
    await openPlayground(page);
    await startHeartbeat(page);
    await paste(page, text);
    // Either the worker answers (the status counts objects or shows diagnostics) or it is stopped and says so.
    await expect(page.getByTestId('playground-status')).toContainText(/objects?|objetos?|Stopped/, { timeout: 15_000 });
    await expect(page.getByTestId('playground'))
      .toHaveAttribute('data-model-text-length', String(text.length), { timeout: 15_000 })
      .catch(async () => {
        await expect(page.getByTestId('playground-stopped')).toBeVisible();
      });
    expect(await longestGap(page)).toBeLessThan(FROZEN_MS);
    expect(await editorText(page)).toBe(text);
  });
}

test('a 5 MB paste is refused without reading it; the page stays responsive', async ({ page }) => {
  await openPlayground(page);
  const big = `# ${'x'.repeat(120)}\n`.repeat(Math.ceil((5 * 1024 * 1024) / 123));
  await paste(page, big);
  await expect(page.getByTestId('playground-status')).toContainText(/too large|Stopped/, { timeout: 20_000 });
  await startHeartbeat(page);
  await page.getByTestId('tab-permissions').click();
  await expect(page.getByTestId('permission-view')).toBeVisible();
  expect(await longestGap(page)).toBeLessThan(FROZEN_MS);
  expect((await editorText(page)).length).toBe(big.length);
});

test('typing at 10-20 ms per key into a 2,000-pod playground lands every key, in order', async ({ page }) => {
  test.setTimeout(180_000);
  await openPlayground(page);
  const world = largeWorld(40, 10);
  await paste(page, world);
  await expect(page.getByTestId('playground')).toHaveAttribute('data-model-text-length', String(world.length), { timeout: 60_000 });
  expect(await page.getByTestId('playground').getAttribute('data-objects')).not.toBe('0');
  await page.keyboard.press('Control+End');
  const typed = '\n# metadata-label-xyz: 12345\n# and more: keys typed fast land in order 67890';
  for (const [i, ch] of [...typed].entries()) {
    await page.keyboard.type(ch);
    await page.waitForTimeout(10 + (i % 11));
  }
  // Every key reached the editor, in order, and the worker answered about the final text.
  await expect.poll(async () => (await editorText(page)).length, { timeout: 10_000 }).toBe(world.length + typed.length);
  const text = await editorText(page);
  expect(text.slice(world.length)).toBe(typed);
  expect(text).toBe(world + typed);
  await expect(page.getByTestId('playground')).toHaveAttribute('data-model-text-length', String(world.length + typed.length), { timeout: 60_000 });
});

// Strings that only lib/sim contains (parse, cluster checks, CEL, NetworkPolicy, RBAC, kubectl); a
// minifier keeps string literals, so any chunk with simulator code carries some of them.
const SIM_MARKERS = [
  'parse-internal-error',
  'simulator-internal-error',
  '__re2__',
  'service-as-source',
  'unknown-port-name',
  'without consulting RBAC',
  'ignore-not-found',
];

test('a lesson page runs no simulator code on the main thread: it is only in the worker', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const responses: string[] = [];
  page.on('response', (response) => {
    if (/\.js(\?|$)/.test(response.url())) responses.push(response.url());
  });
  await page.goto('/en/learn/networking/network-policies/');
  const exercise = page.locator('[data-exercise-id]').first();
  await exercise.scrollIntoViewIfNeeded();
  await expect(exercise.getByTestId('editor')).toHaveAttribute('data-editor-ready', 'monaco', { timeout: 20_000 });
  await expect(exercise.getByTestId('lab-status')).toContainText('/', { timeout: 20_000 });
  await exercise.getByTestId('toggle-terminal').click();
  await expect(exercise.getByTestId('terminal')).toBeVisible();
  // Lesson views render when they near the screen (components/views/LazyLessonViewBlock.tsx).
  for (const view of await page.locator('.lab-block[data-view]').all()) await view.scrollIntoViewIfNeeded();
  for (const view of await page.locator('.lab-block[data-view]').all()) await expect(view.locator('[data-lesson-view]')).toBeAttached({ timeout: 20_000 });
  await page.waitForTimeout(1500);

  // The page's workers (ours and Monaco's) and every script they load run off the main thread.
  const simWorker = workers.find((url) => url.includes('/_next/'));
  expect(simWorker, 'the page started its simulator worker').toBeTruthy();
  const offMain = new Set(workers);
  for (const worker of page.workers()) {
    for (const url of await worker.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))) offMain.add(url);
  }
  const bodies = new Map<string, string>();
  const body = async (url: string) => bodies.get(url) ?? bodies.set(url, await (await page.request.get(url)).text()).get(url)!;
  const markersIn = async (urls: Iterable<string>) => {
    const found: string[] = [];
    for (const url of urls) found.push(...SIM_MARKERS.filter((m) => (bodies.has(url) ? bodies.get(url)!.includes(m) : false)));
    return found;
  };
  for (const url of offMain) if (/\.js(\?|$)/.test(url)) await body(url);
  // The test can fail: the simulator's markers are found in the worker's scripts.
  expect(new Set(await markersIn(offMain)).size, 'simulator markers in the worker').toBeGreaterThanOrEqual(4);

  const htmlScripts = await page.evaluate(() => [...document.querySelectorAll('script[src]')].map((s) => (s as HTMLScriptElement).src));
  const pageScripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => /\.js(\?|$)/.test(e.name))
      .map((e) => e.name),
  );
  const mainThread = [...new Set([...htmlScripts, ...pageScripts, ...responses])].filter((url) => !offMain.has(url));
  expect(mainThread.length).toBeGreaterThan(3);
  for (const url of mainThread) await body(url);
  for (const url of mainThread) expect(await markersIn([url]), url).toEqual([]);
});

test('the playground terminal runs kubectl in the worker on the manifests', async ({ page }) => {
  await openPlayground(page);
  await page.getByTestId('tab-terminal').click();
  const input = page.locator('input[name="cmd"]');
  await input.fill('kubectl get pods -n shop');
  await input.press('Enter');
  await page.getByRole('button', { name: /transcript|transcripción/i }).click();
  await expect(page.getByTestId('transcript')).toContainText('frontend', { timeout: 15_000 });
  expect(worldById('shop')!.text()).toContain('frontend');
});
