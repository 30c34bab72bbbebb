import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { worldById } from '../../components/playground/worlds';
import { openPlayground, replaceText } from './support/playground';

const cell = (page: Page, from: string, to: string) => page.locator(`[data-testid="traffic-matrix"] button[data-from="${from}"][data-to="${to}"]`);
const edge = (page: Page, from: string, to: string) => page.locator(`[data-edge="${from}->${to}"]`);

/** The editor's text, as the download button saves it. */
async function downloadedText(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
  expect(download.suggestedFilename()).toBe('playground.yaml');
  return readFileSync(await download.path(), 'utf8');
}

test('a policy change removes an edge and flips the matrix cell; a cell explains itself', async ({ page }) => {
  await openPlayground(page);
  await page.getByTestId('traffic-port').fill('8080');
  await expect(edge(page, 'shop/frontend', 'shop/api')).toHaveCount(1);
  await expect(edge(page, 'other/x', 'shop/api')).toHaveCount(0);

  // Break the api policy's peer: nobody is labelled app=nobody.
  const before = await page.getByTestId('playground').getAttribute('data-model-text-length');
  const shop = worldById('shop')!.text();
  expect(await downloadedText(page)).toBe(shop);
  await replaceText(page, shop.replace(/(name: api-from-frontend[\s\S]*?app: )frontend/, '$1nobody'));
  await expect(page.getByTestId('playground')).not.toHaveAttribute('data-model-text-length', before ?? '', { timeout: 10_000 });
  await expect(edge(page, 'shop/frontend', 'shop/api')).toHaveCount(0);

  await page.getByTestId('show-matrix').click();
  const flipped = cell(page, 'shop/frontend', 'shop/api');
  await expect(flipped).toHaveAttribute('data-allowed', 'false');
  await expect(flipped).toHaveAttribute('aria-label', /shop\/frontend to shop\/api, TCP 8080: denied, api is isolated by policy/);

  // Keyboard: focus a cell, move with the arrows, open with Enter.
  await cell(page, 'other/x', 'other/x').focus();
  await page.keyboard.press('ArrowDown');
  await expect(cell(page, 'shop/api', 'other/x')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(flipped).toBeFocused();
  await page.keyboard.press('Enter');
  const explanation = page.getByTestId('traffic-explanation');
  await expect(explanation).toContainText('shop/frontend → shop/api');
  await expect(explanation).toContainText('Denied');
  await expect(explanation).toContainText('api-from-frontend');
});

test('a shared link restores the same state in a new page', async ({ page, context }) => {
  await openPlayground(page);
  await page.getByTestId('world-pick').selectOption('team');
  await page.getByTestId('world-load').click();
  await expect(page.getByTestId('permission-view')).toBeVisible();
  await page.getByTestId('tab-traffic').click();
  await page.getByTestId('traffic-port').fill('5432');
  await page.getByTestId('share').click();
  const link = await page.getByTestId('share-link').inputValue();
  expect(link).toMatch(/\/en\/playground\/#s=[A-Za-z0-9_-]+$/);

  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByTestId('share-notice')).toContainText('Restored from the link');
  await expect(other.getByTestId('traffic-port')).toHaveValue('5432');
  await expect(other.getByTestId('tab-traffic')).toHaveAttribute('aria-pressed', 'true');
  expect(await downloadedText(other)).toBe(worldById('team')!.text());
  await other.getByTestId('tab-permissions').click();
  await other.getByTestId('subject-pick').selectOption('User bob');
  await expect(other.locator('[data-testid="permission-matrix"] button[data-resource="secrets"][data-verb="get"]')).toHaveAttribute(
    'aria-label',
    /allowed, dangerous/,
  );
});

test('the admission view lists the pipeline steps in order', async ({ page }) => {
  await openPlayground(page, 'es');
  await page.getByTestId('world-pick').selectOption('admission');
  await page.getByTestId('world-load').click();
  await page.getByTestId('admission-object').selectOption('Pod/prod/debug');
  const steps = page.locator('[data-testid="admission-steps"] > li');
  await expect(steps.first()).toContainText('Autorización');
  await expect(page.locator('[data-testid="admission-steps"] > li[data-outcome="denied"]')).toContainText('PodSecurity');
  await expect(page.getByTestId('admission-verdict')).toContainText('Rechazado');
});

// One test per color scheme: axe on the permission matrix alone takes 5-10 s on a busy 2-core machine.
for (const colorScheme of ['light', 'dark'] as const) {
  test(`the playground has no axe violations (${colorScheme})`, async ({ browser }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({ colorScheme, viewport: { width: 1440, height: 1000 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await openPlayground(page);
    await page.getByTestId('traffic-port').fill('8080');
    await page.locator('[data-node="shop/frontend"]').click();
    await page.locator('[data-node="shop/api"]').click();
    await expect(page.getByTestId('traffic-explanation')).toBeVisible();
    await page.screenshot({ path: `test-results/playground-${colorScheme}.png`, fullPage: true });
    for (const tab of ['traffic', 'permissions', 'admission']) {
      await page.getByTestId(`tab-${tab}`).click();
      if (tab === 'traffic') await page.getByTestId('show-matrix').click();
      const results = await new AxeBuilder({ page }).exclude('.monaco-editor').exclude('.xterm').analyze();
      expect(results.violations.map((v) => `${tab}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
    await page.getByTestId('world-pick').selectOption('team');
    await page.getByTestId('world-load').click();
    await page.screenshot({ path: `test-results/playground-permissions-${colorScheme}.png`, fullPage: true });
    await context.close();
  });
}

test('200 pods stay usable: pods treated alike are combined, and namespace and label filters narrow the view', async ({ page }) => {
  await openPlayground(page);
  await page.getByTestId('world-pick').selectOption('large');
  await page.getByTestId('world-load').click();
  const view = page.getByTestId('traffic-view');
  await expect(view.getByText('200 of 200 pods shown')).toBeVisible();
  await expect(view.getByRole('checkbox', { name: 'Combine pods that every policy treats alike' })).toBeChecked();
  await expect(page.locator('.graph-node')).toHaveCount(40);
  await view.getByLabel('Label filter').fill('app=api');
  await expect(page.locator('.graph-node')).toHaveCount(8);
  for (const ns of ['team-2', 'team-3', 'team-4', 'team-5', 'team-6', 'team-7', 'team-8'])
    await view.getByRole('checkbox', { name: ns, exact: true }).uncheck();
  await expect(view.getByText('5 of 200 pods shown')).toBeVisible();
  await view.getByLabel('Label filter').fill('tier=front');
  await view.getByRole('checkbox', { name: 'Combine pods that every policy treats alike' }).uncheck();
  await expect(page.locator('.graph-node')).toHaveCount(10);
  await page.locator('[data-node="team-1/web-1"]').press('Enter');
  await expect(page.getByTestId('traffic-connections')).toContainText('Outgoing (5)');
  await page.locator('[data-node="team-1/api-2"]').press('Enter');
  await expect(page.getByTestId('traffic-explanation')).toContainText('Allowed');
});

test('the terminal runs kubectl on the playground manifests', async ({ page }) => {
  await openPlayground(page);
  await page.getByTestId('tab-terminal').click();
  const terminal = page.getByTestId('terminal');
  await expect(terminal.locator('.xterm')).toBeVisible();
  const input = page.locator('.terminal-panel input[name="cmd"]');
  await input.fill('kubectl get pods -n shop');
  await input.press('Enter');
  await expect.poll(async () => (await terminal.locator('.xterm-rows').innerText()).replace(/\u00a0/g, ' ')).toMatch(/frontend\s+1\/1\s+Running/);
});
