import { test, expect, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { largeWorld, worldById } from '../../components/playground/worlds';

// The page worker: the simulator runs off the main thread; a question that runs past its budget
// stops the worker, the page says which input did it, the text stays, the newest edit is checked.

async function openPlayground(page: Page, lang = 'en') {
  await page.goto(`/${lang}/playground/`);
  await expect(page.getByTestId('traffic-view')).toBeVisible();
  const editor = page.getByTestId('editor');
  await editor.scrollIntoViewIfNeeded();
  await expect(editor).toHaveAttribute('data-editor-ready', 'monaco', { timeout: 20_000 });
}

async function paste(page: Page, text: string) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.locator('[data-testid="editor"] .monaco-editor').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.keyboard.press('Control+V');
}

async function editorText(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
  return readFileSync(await download.path(), 'utf8');
}

/** The longest gap of a 25 ms heartbeat on the main thread since `startHeartbeat`. */
async function startHeartbeat(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __gap: number; __last: number };
    w.__gap = 0; w.__last = performance.now();
    setInterval(() => { const t = performance.now(); w.__gap = Math.max(w.__gap, t - w.__last); w.__last = t; }, 25);
  });
}
const longestGap = (page: Page) => page.evaluate(() => (window as unknown as { __gap: number }).__gap);

// A CEL regex with catastrophic backtracking (2^40 steps): a ValidatingAdmissionPolicy bound to
// every Pod CREATE (https://kubernetes.io/docs/reference/access-authn-authz/validating-admission-policy/).
const SLOW_CEL = `apiVersion: admissionregistration.k8s.io/v1
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

const ALIAS_BOMB = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghijk'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghijk'[i]}`).join(',')}]`)].join('\n');

const PATHOLOGICAL = [0, 1, 2].map((n) => `apiVersion: apps/v1\nkind: StatefulSet\nmetadata: { name: s${n}, namespace: default }\nspec:\n  replicas: 1000\n  selector: { matchLabels: { app: s${n} } }\n  template:\n    metadata: { labels: { app: s${n} } }\n    spec: { containers: [{ name: c, image: nginx }] }\n`).join('---\n');

test('a slow CEL regex stops the admission view, says so (en and es), keeps the text, and the next edit is answered', async ({ page }) => {
  for (const lang of ['en', 'es']) {
    await openPlayground(page, lang);
    await startHeartbeat(page);
    await paste(page, SLOW_CEL);
    await page.getByTestId('tab-admission').click();
    const stopped = page.getByTestId('view-stopped');
    await expect(stopped).toBeVisible({ timeout: 15_000 });
    await expect(stopped).toContainText(lang === 'es' ? /vista de admisión sobre playground\.yaml.*se reinició/ : /admission view on playground\.yaml.*restarted/);
    expect(await longestGap(page)).toBeLessThan(1000);
    expect(await editorText(page)).toBe(SLOW_CEL);
    await paste(page, SLOW_CEL.replace("'^(a+)+$'", "'^a+$'"));
    await expect(page.getByTestId('admission-verdict')).toBeVisible({ timeout: 15_000 });
    await expect(stopped).toHaveCount(0);
  }
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
  await page.evaluate((value) => navigator.clipboard.writeText(value), SLOW_CEL);
  await page.keyboard.press('Control+V');
  // Type on while the check hangs: this newest edit must be checked once the worker is back.
  await page.keyboard.type('\n# typed while it hung\n', { delay: 30 });
  await expect(status).toContainText(/Stopped: the simulator worked on .*\.yaml/, { timeout: 15_000 }).catch(() => undefined);
  await expect(status).toContainText(/Stopped|restarted/, { timeout: 15_000 });
  expect(await longestGap(page)).toBeLessThan(1000);
  await page.keyboard.press('Control+A');
  await page.evaluate((value) => navigator.clipboard.writeText(value), 'apiVersion: v1\nkind: Namespace\nmetadata: { name: fine }\n');
  await page.keyboard.press('Control+V');
  await expect(status).toContainText(/\d+ \/ \d+/, { timeout: 15_000 });
});

for (const [name, text] of [['an alias bomb', ALIAS_BOMB], ['a pathological world (3 StatefulSets x 1000 replicas)', PATHOLOGICAL]] as const) {
  test(`${name} never freezes the playground; the text stays`, async ({ page }) => {
    await openPlayground(page);
    await startHeartbeat(page);
    await paste(page, text);
    // Either the worker answers (the status counts objects or shows diagnostics) or it is stopped and says so.
    await expect(page.getByTestId('playground-status')).toContainText(/objects?|objetos?|Stopped/, { timeout: 15_000 });
    await expect(page.getByTestId('playground')).toHaveAttribute('data-model-text-length', String(text.length), { timeout: 15_000 }).catch(async () => {
      await expect(page.getByTestId('playground-stopped')).toBeVisible();
    });
    expect(await longestGap(page)).toBeLessThan(1000);
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
  expect(await longestGap(page)).toBeLessThan(1000);
  expect((await editorText(page)).length).toBe(big.length);
});

test('typing at 10-20 ms per key into a 2,000-pod playground lands every key, in order', async ({ page }) => {
  await openPlayground(page);
  const world = largeWorld(40, 10);
  await paste(page, world);
  await expect(page.getByTestId('playground')).toHaveAttribute('data-model-text-length', String(world.length), { timeout: 30_000 });
  await page.keyboard.press('Control+End');
  const typed = '\n# metadata-label-xyz: 12345\n# and more: keys typed fast land in order 67890';
  for (const [i, ch] of [...typed].entries()) {
    await page.keyboard.type(ch);
    await page.waitForTimeout(10 + (i % 11));
  }
  await expect(page.getByTestId('playground')).toHaveAttribute('data-model-text-length', String(world.length + typed.length), { timeout: 15_000 });
  expect(await editorText(page)).toBe(world + typed);
});

test('a lesson page runs no simulator code on the main thread: it is only in the worker', async ({ page }) => {
  const markers = ['simulator-internal-error', 'parse-internal-error'];
  const chunks = join(__dirname, '../../out/_next/static');
  const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : []));
  const withSim = files(chunks).filter((f) => markers.some((m) => readFileSync(f, 'utf8').includes(m)));
  expect(withSim.length, 'the simulator is somewhere in the build').toBeGreaterThan(0);

  await page.goto('/en/learn/networking/network-policies/');
  const exercise = page.locator('[data-exercise-id]').first();
  await exercise.scrollIntoViewIfNeeded();
  await expect(exercise.getByTestId('lab-status')).toContainText('/', { timeout: 20_000 });
  await exercise.getByTestId('toggle-terminal').click();
  await expect(exercise.getByTestId('terminal')).toBeVisible();
  for (const view of await page.locator('[data-lesson-view]').all()) await view.scrollIntoViewIfNeeded();
  await page.waitForTimeout(1500);
  const scripts = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /\.js(\?|$)/.test(e.name) && (e as PerformanceResourceTiming).initiatorType !== 'other').map((e) => e.name));
  const htmlScripts = await page.evaluate(() => [...document.querySelectorAll('script[src]')].map((s) => (s as HTMLScriptElement).src));
  const mainThread = [...new Set([...scripts, ...htmlScripts])];
  expect(mainThread.length).toBeGreaterThan(3);
  for (const url of mainThread) {
    const body = await (await page.request.get(url)).text();
    expect(markers.filter((m) => body.includes(m)), url).toEqual([]);
  }
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
