// One language per page (issue 12): a page's HTML loads no message catalog; once the page shows
// messages (a goal's why and fix, the admission steps), its scripts hold its language's catalog and
// no other's; and no message ever shows as its code while the catalog loads.
import { test, expect, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, type Lang } from '../../lib/i18n/languages';
import { CATALOGS } from '../../lib/i18n/messages';

const OUT = 'out';

/** Literal runs of a catalog's sources, long and plain enough to survive minification unchanged. */
function runsOf(lang: Lang): Set<string> {
  const dir = join('lib/i18n/messages', lang);
  const runs = new Set<string>();
  for (const file of readdirSync(dir))
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/[A-Za-z][A-Za-z0-9 ,.]{34,}[A-Za-z0-9]/g)) runs.add(m[0]);
  return runs;
}

/** The site's own small dictionaries (lib/i18n/*.ts: headings, buttons) hold both languages; a run they share is no sentinel. */
const DICTIONARIES = readdirSync('lib/i18n')
  .filter((file) => file.endsWith('.ts'))
  .map((file) => readFileSync(join('lib/i18n', file), 'utf8'))
  .join('\n');

/** Per language, the runs no other language's catalog has: finding one in a script means that catalog is in it. */
const SENTINELS: Record<Lang, string[]> = (() => {
  const all = Object.fromEntries(LANGS.map((lang) => [lang, runsOf(lang)])) as Record<Lang, Set<string>>;
  const own = (lang: Lang) =>
    [...all[lang]].filter(
      (run) => !DICTIONARIES.includes(run) && LANGS.every((other) => other === lang || ![...all[other]].some((o) => o.includes(run) || run.includes(o))),
    );
  return Object.fromEntries(LANGS.map((lang) => [lang, own(lang)])) as Record<Lang, string[]>;
})();

/** How many of `lang`'s sentinels the scripts hold. */
function held(scripts: string[], lang: Lang): number {
  const text = scripts.map((path) => readFileSync(join(OUT, path), 'utf8')).join('\n');
  return SENTINELS[lang].filter((run) => text.includes(run)).length;
}

/** The scripts the page's HTML loads. */
function htmlScripts(path: string): string[] {
  const html = readFileSync(join(OUT, path, 'index.html'), 'utf8');
  return [...new Set([...html.matchAll(/<script([^>]*)src="([^"]+\.js)"/g)].filter((m) => !/nomodule/i.test(m[1])).map((m) => m[2]))];
}

/** Every script the page (not its worker: a worker has its own timeline) has loaded so far. */
async function loadedScripts(page: Page): Promise<string[]> {
  const urls = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
  return [...new Set(urls.filter((p) => p.endsWith('.js')))];
}

/** Records every `[code]` of a known message code that appears in the page's text at any time. */
async function watchForCodes(page: Page): Promise<void> {
  const codes = Object.keys(CATALOGS.en);
  await page.addInitScript((known: string[]) => {
    const set = new Set(known);
    const seen: string[] = [];
    (window as unknown as { __codesSeen: string[] }).__codesSeen = seen;
    const scan = (text: string | null) => {
      for (const m of (text ?? '').matchAll(/\[([\w.-]+)\]/g)) if (set.has(m[1])) seen.push(m[1]);
    };
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'characterData') scan(r.target.textContent);
        for (const node of r.addedNodes) scan(node.textContent);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  }, codes);
}

const codesSeen = (page: Page) => page.evaluate(() => (window as unknown as { __codesSeen: string[] }).__codesSeen);

test('the catalogs are one language each, and each has sentinels to find', () => {
  for (const lang of LANGS) expect(SENTINELS[lang].length, lang).toBeGreaterThan(100);
});

for (const lang of LANGS) {
  test(`the ${lang} playground loads only ${lang} words, after its HTML's scripts`, async ({ page }) => {
    await watchForCodes(page);
    const path = `/${lang}/playground/`;
    for (const other of LANGS) expect(held(htmlScripts(path), other), `${other} words in the HTML's scripts`).toBe(0);
    await page.goto(path);
    await page.getByTestId('world-pick').selectOption('admission');
    await page.getByTestId('world-load').click();
    await page.getByTestId('admission-object').selectOption('Pod/prod/debug');
    await expect(page.locator('[data-testid="admission-steps"] > li[data-outcome="denied"] .step-message')).not.toBeEmpty({ timeout: 20_000 });
    const scripts = await loadedScripts(page);
    expect(held(scripts, lang), `${lang} words loaded`).toBeGreaterThan(SENTINELS[lang].length * 0.9);
    for (const other of LANGS.filter((l) => l !== lang)) expect(held(scripts, other), `${other} words loaded`).toBe(0);
    expect(await codesSeen(page)).toEqual([]);
  });

  test(`a ${lang} lesson's exercise loads only ${lang} words with its block`, async ({ page }) => {
    await watchForCodes(page);
    await page.goto(`/${lang}/learn/rbac/subject-verb-object/`);
    const failing = page.locator('[data-testid="goal"][data-status="fail"]').first();
    await expect(failing.locator('.goal-why')).not.toBeEmpty({ timeout: 30_000 });
    const scripts = await loadedScripts(page);
    expect(held(scripts, lang), `${lang} words loaded`).toBeGreaterThan(SENTINELS[lang].length * 0.9);
    for (const other of LANGS.filter((l) => l !== lang)) expect(held(scripts, other), `${other} words loaded`).toBe(0);
    expect(await codesSeen(page)).toEqual([]);
  });
}
