import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const INTRO = 'learn/introduction/kubernetes-basics/';

/** Fails the test if the page requests anything outside localhost. */
function guardExternalRequests(page: Page): string[] {
  const external: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['localhost', '127.0.0.1'].includes(url.hostname) && !url.protocol.startsWith('data') && !url.protocol.startsWith('blob'))
      external.push(request.url());
  });
  return external;
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

for (const lang of ['en', 'es'] as const) {
  test(`course map in ${lang} lists the tracks and is accessible`, async ({ page }) => {
    const external = guardExternalRequests(page);
    await page.goto(`/${lang}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const trackTitles = await page.locator('.track h2').allTextContents();
    expect(trackTitles.length).toBeGreaterThanOrEqual(4);
    expect(trackTitles.join(' ')).toMatch(lang === 'en' ? /Introduction.*RBAC.*Hardening.*Networking/s : /Introducción.*RBAC.*Hardening.*Networking/s);
    await expect(page.locator('.lesson-card').first()).toContainText(/\d+ min/);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `test-results/course-map-${lang}.png`, fullPage: true });
    expect(external).toEqual([]);
  });
}

test('the root sends the visitor to their language and offers a choice', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'es-AR', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/es\/$/);
  await page.goto('/?stay');
  await expect(page.getByRole('link', { name: 'English' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Español' })).toBeVisible();
  await context.close();
});

test('open the introduction from the map, switch language, stay on the lesson', async ({ page }) => {
  const external = guardExternalRequests(page);
  await page.goto('/en/');
  await page.locator('.lesson-card a').first().click();
  await expect(page).toHaveURL(new RegExp(`/en/${INTRO}$`));
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.toc a').first()).toBeVisible();
  await expect(page.locator('.prose pre code.language-yaml').filter({ hasText: 'name: static-web' }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/intro-en.png', fullPage: true });
  await page.getByTestId('lang-es').click();
  await expect(page).toHaveURL(new RegExp(`/es/${INTRO}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('.objectives h2')).toHaveText('Qué vas a aprender');
  await expectNoAxeViolations(page);
  expect(external).toEqual([]);
});

test('the skip link moves focus to the content', async ({ page }) => {
  await page.goto(`/en/${INTRO}`);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('phone-sized window in dark mode has no horizontal overflow', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, colorScheme: 'dark', serviceWorkers: 'block' });
  const page = await context.newPage();
  for (const path of ['/es/', `/es/${INTRO}`]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await page.screenshot({ path: 'test-results/intro-es-phone-dark.png', fullPage: true });
  await expectNoAxeViolations(page);
  await context.close();
});
