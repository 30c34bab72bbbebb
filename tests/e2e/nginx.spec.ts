import { test, expect } from '@playwright/test';
import { NGINX_PORT, startNginx } from './support/nginx';
import { cspViolations, exerciseGrades, recordCspViolations, waitForServiceWorker } from './support/site';

// The export served the way deploy/ serves it on a cluster: Debian's nginx with
// deploy/nginx/nginx.conf and the generated headers (started here on 127.0.0.1:3127).
const base = `http://127.0.0.1:${NGINX_PORT}`;
let nginx: { stop: () => void };

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: base, serviceWorkers: 'allow' });
test.beforeAll(async () => {
  nginx = await startNginx();
});
test.afterAll(() => nginx?.stop());

test('nginx sends the security headers, caching, gzip, trailing-slash redirects and the 404 page', async ({ request }) => {
  const page = await request.get('/en/', { headers: { 'Accept-Encoding': 'gzip' } });
  const headers = page.headers();
  expect(headers['content-security-policy']).toMatch(/script-src 'self' 'sha256-[^']+'/);
  expect(headers['content-security-policy']).not.toContain('unsafe-eval');
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['permissions-policy']).toContain('microphone=()');
  expect(headers['cache-control']).toBe('no-cache');
  expect(headers['content-encoding']).toBe('gzip');
  expect(headers.server).toBe('nginx');

  const html = await page.text();
  const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1];
  const asset = (await request.get(chunk)).headers();
  expect(asset['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset['content-security-policy']).toBe(headers['content-security-policy']);
  expect(asset['content-type']).toContain('javascript');

  const redirect = await request.get('/es/playground', { maxRedirects: 0 });
  expect(redirect.status()).toBe(301);
  expect(redirect.headers().location).toBe('/es/playground/');

  const missing = await request.get('/en/no-such-page/');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('<html');
  expect(missing.headers()['content-security-policy']).toBeTruthy();
  expect((await request.get('/sw.js')).headers()['cache-control']).toBe('no-cache');
  expect((await request.get('/manifest.webmanifest')).headers()['content-type']).toContain('application/manifest+json');

  // Issue 18: only the embeddable check may be framed by other sites.
  const embed = (await request.get('/embed/?view=traffic&lang=es')).headers();
  expect(embed['content-security-policy']).toContain('frame-ancestors *');
  expect(embed['x-frame-options']).toBeUndefined();
  expect(embed['cache-control']).toBe('no-cache');
  expect(headers['x-frame-options']).toBe('DENY');
});

test('served by nginx: an exercise runs under its CSP, then works offline', async ({ page, context }) => {
  test.setTimeout(180_000);
  await recordCspViolations(context);
  await page.goto('/en/');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.goto('/es/learn/hardening/containers/');
  await expect(page.locator('h1')).toBeVisible();
  await page.goto('/en/learn/rbac/subject-verb-object/');
  await exerciseGrades(page, page.locator('[data-exercise-id="pochoclo-couch"]'));
  expect(await cspViolations(page)).toEqual([]);
  await context.setOffline(false);
});
