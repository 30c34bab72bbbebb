// Issue 18 part 3: /embed/ shows one view over manifests carried in its URL, with verdicts and
// explanations, and is the only page another site may frame.
import { test, expect, type Page } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { deflateRawSync } from 'node:zlib';
import { EMBED_EXAMPLE } from '../../components/embed/embedExample';

// The generator's example (a NetworkPolicy lets only web reach db) plus a third pod it must refuse.
const SHOP = `apiVersion: v1
kind: Namespace
metadata: {name: shop}
---
apiVersion: v1
kind: Pod
metadata: {name: shell, namespace: shop, labels: {app: shell}}
spec: {containers: [{name: shell, image: busybox}]}
---
${EMBED_EXAMPLE}`;

const RBAC = `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: pod-reader, namespace: dev}
rules: [{apiGroups: [""], resources: [pods], verbs: [get, list]}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: ana-reads-pods, namespace: dev}
subjects: [{kind: User, name: ana, apiGroup: rbac.authorization.k8s.io}]
roleRef: {kind: Role, name: pod-reader, apiGroup: rbac.authorization.k8s.io}
`;

/** The compressed fragment as the generator makes it: base64url of deflate-raw UTF-8. */
const compressed = (text: string) => deflateRawSync(Buffer.from(text, 'utf8')).toString('base64url');
const cell = (page: Page, from: string, to: string) => page.locator(`[data-testid="traffic-matrix"] button[data-from="${from}"][data-to="${to}"]`);

test('the embed renders the traffic verdicts of manifests in a compressed URL (en), loading no editor or terminal', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`/embed/?view=traffic&lang=en&port=5432#m=${compressed(SHOP)}`);
  await page.getByTestId('show-matrix').click();
  await expect(cell(page, 'shop/web', 'shop/db')).toHaveAttribute('data-allowed', 'true');
  await expect(cell(page, 'shop/shell', 'shop/db')).toHaveAttribute('data-allowed', 'false');
  await expect(cell(page, 'shop/shell', 'shop/db')).toHaveAttribute('aria-label', /denied, db is isolated by policy db-from-web/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.monaco-editor, .xterm')).toHaveCount(0);
  expect(requests.filter((u) => /monaco|xterm|editor\.worker/i.test(u))).toEqual([]);
  await expect(page.getByRole('link', { name: /Open in the playground/ })).toHaveAttribute('href', /^\/en\/playground\/#s=/);
});

test('the embed renders a permission verdict from an inline block (es)', async ({ page }) => {
  await page.goto(`/embed/?view=permissions&lang=es#yaml=${encodeURIComponent(RBAC)}`);
  await page.getByTestId('subject-pick').selectOption('User ana');
  const get = page.locator('[data-testid="permission-matrix"] button[data-resource="pods"][data-verb="get"]');
  await expect(get).toHaveAttribute('aria-label', /permitido/i);
  const del = page.locator('[data-testid="permission-matrix"] button[data-resource="pods"][data-verb="delete"]');
  await expect(del).toHaveAttribute('aria-label', /denegado|no permitido/i);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('a damaged link says why; /embed/ alone makes a link and snippet (390 px)', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/embed/?lang=es#m=AAAA');
  await expect(page.locator('.embed-error')).toContainText('No se pudieron leer los manifiestos de este link');
  await page.goto('/embed/');
  await page.getByRole('button', { name: 'Make the link' }).click();
  const url = await page.getByTestId('embed-url').inputValue();
  expect(url).toMatch(/\/embed\/\?view=traffic&lang=en#m=[A-Za-z0-9_-]+$/);
  await expect(page.getByLabel('iframe snippet')).toHaveValue(/^<iframe src="[^"]+\/embed\/\?view=traffic&amp;lang=en#m=/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('another site may frame /embed/ but not the course', async ({ page, baseURL }) => {
  // Another origin on this machine serves a blog post framing both (a free port, closed at the end).
  const body = `<h1>A blog</h1>
    <iframe id="embed" title="check" width="900" height="600" src="${baseURL}/embed/?view=traffic&lang=en&port=5432#m=${compressed(SHOP)}"></iframe>
    <iframe id="course" name="course" title="course" src="${baseURL}/en/"></iframe>`;
  const blog = createServer((_req, res) => {
    res.setHeader('Content-Type', 'text/html');
    res.end(body);
  });
  await new Promise<void>((ready) => blog.listen(0, '127.0.0.1', ready));
  try {
    await page.goto(`http://127.0.0.1:${(blog.address() as AddressInfo).port}/post`);
    const embed = page.frameLocator('#embed');
    await embed.getByTestId('show-matrix').click();
    await expect(embed.locator('[data-testid="traffic-matrix"] button[data-from="shop/web"][data-to="shop/db"]')).toHaveAttribute('data-allowed', 'true');
    // The course refuses to be framed (frame-ancestors 'none'): once every frame has loaded, its
    // document is the browser's error page, while the embed's (the control) is ours.
    await page.waitForLoadState('load');
    const count = (name: string, selector: string) =>
      page
        .frame({ name })
        ?.evaluate((s) => document.querySelectorAll(s).length, selector)
        .catch(() => 0);
    expect(await page.frame({ url: /\/embed\// })?.evaluate(() => document.querySelectorAll('.embed-check').length)).toBe(1);
    expect(await count('course', '.course-page')).toBe(0);
  } finally {
    blog.close();
  }
});
