import { test, expect, type Page } from '@playwright/test';
import { worldById } from '../../components/playground/worlds';
import { replaceText } from './support/playground';

/** Open the playground with the attack-path world loaded and its tab open. */
async function openAttackWorld(page: Page, lang: 'en' | 'es') {
  await page.goto(`/${lang}/playground/`);
  const editor = page.getByTestId('editor');
  await editor.scrollIntoViewIfNeeded();
  await editor.hover(); // the playground fetches Monaco once a pointer or the focus reaches the editor
  await expect(editor).toHaveAttribute('data-editor-ready', 'monaco', { timeout: 20_000 });
  await page.getByTestId('world-pick').selectOption('attack');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByTestId('world-load').click();
  await page.getByTestId('tab-attack').click();
}

for (const lang of ['en', 'es'] as const) {
  test(`attack paths: an edit breaks the path and the view says which link went (${lang})`, async ({ page }) => {
    await openAttackWorld(page, lang);
    const view = page.getByTestId('attack-view');
    const paths = view.getByTestId('attack-paths');
    await expect(paths).toBeVisible();
    const secretPath = paths.locator('[data-target="secret:shop/db-credentials"]');
    await expect(secretPath).toBeVisible();
    // By default the attacker has a shell in the first workload: token, then the Secret.
    await expect(secretPath.locator('li')).toHaveCount(2);
    // From the internet, the published frontend is the first step.
    await view.getByTestId('attack-entry').selectOption('internet');
    await expect(secretPath.locator('li')).toHaveCount(3);
    await expect(secretPath.locator('li[data-technique="exposed"]')).toContainText('8080/TCP');
    await expect(secretPath.locator('li[data-technique="token"]')).toContainText('shop/default');
    await expect(secretPath.locator('li[data-technique="read-secret"]')).toContainText('RoleBinding shop/debug-secrets');
    await page.screenshot({ path: `test-results/attack-${lang}.png`, fullPage: false });

    const text = worldById('attack')!.text().replace('# Break the first link: automountServiceAccountToken: false', 'automountServiceAccountToken: false');
    await replaceText(page, text);
    await expect(view.getByTestId('attack-none')).toBeVisible();
    const broken = view.getByTestId('attack-broken');
    await expect(broken).toBeVisible();
    await expect(broken.locator('del', { hasText: lang === 'es' ? 'lleva el token de' : 'carries the token of' })).toHaveCount(1);
    await page.screenshot({ path: `test-results/attack-broken-${lang}.png` });
  });
}

const OR_PEERS = `apiVersion: v1
kind: Namespace
metadata: { name: shop }
---
apiVersion: v1
kind: Pod
metadata: { name: api, namespace: shop, labels: { app: api } }
spec: { containers: [{ name: api, image: ghcr.io/example/api:1.0.0, ports: [{ containerPort: 8080 }] }] }
---
apiVersion: v1
kind: Pod
metadata: { name: frontend, namespace: shop, labels: { app: frontend } }
spec: { containers: [{ name: web, image: ghcr.io/example/web:1.0.0 }] }
---
# Two peers (OR): any pod of a namespace labelled team=shop gets in
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: api-in, namespace: shop }
spec:
  podSelector: { matchLabels: { app: api } }
  policyTypes: [Ingress]
  ingress:
    - from:
        - namespaceSelector: { matchLabels: { team: shop } }
        - podSelector: { matchLabels: { app: frontend } }
      ports: [{ port: 8080 }]
`;

test('try to break it: a witness past the policies, added to the world with one click', async ({ page }) => {
  await page.goto('/en/playground/');
  const editor = page.getByTestId('editor');
  await editor.scrollIntoViewIfNeeded();
  await editor.hover(); // the playground fetches Monaco once a pointer or the focus reaches the editor
  await expect(editor).toHaveAttribute('data-editor-ready', 'monaco', { timeout: 20_000 });
  const panel = page.getByTestId('break-it');
  // The shop world's policies are tight: nothing gets past them.
  await panel.getByTestId('break-it-run').click();
  await expect(panel.getByTestId('break-it-none')).toBeVisible();
  await replaceText(page, OR_PEERS);
  await expect(page.getByTestId('playground')).toHaveAttribute('data-objects', '4');
  await panel.getByTestId('break-it-run').click();
  const list = panel.getByTestId('break-it-list');
  await expect(list).toBeVisible();
  const first = list.locator('li').first();
  await expect(first).toContainText('Does the brief allow it?');
  await expect(first).toContainText('reach shop/api on 8080/TCP');
  await expect(first.locator('pre')).toContainText('team: shop');
  const before = Number(await page.getByTestId('playground').getAttribute('data-model-text-length'));
  await first.getByTestId('break-it-add').click();
  await expect.poll(async () => Number(await page.getByTestId('playground').getAttribute('data-model-text-length'))).toBeGreaterThan(before);
  await expect(panel.getByRole('status')).toContainText('Added to');
});

test('attack view at phone width does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openAttackWorld(page, 'es');
  await expect(page.getByTestId('attack-paths')).toBeVisible();
  const overflow = await page.getByTestId('attack-view').evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByTestId('attack-view').screenshot({ path: 'test-results/attack-phone-es.png' });
});
