import { test, expect, type Page } from '@playwright/test';

// Words at the edge (issue 15): the simulator's diagnostics are message codes, rendered in the
// page's language where they are shown (the diagnostic list and Monaco's markers).
// A YAML syntax error in one document and a schema error (strict field validation, as
// kubectl apply --validate=strict: https://kubernetes.io/docs/reference/using-api/api-concepts/#field-validation)
// in another, in both languages, on a phone and a desktop.
const BROKEN = [
  'apiVersion: v1',
  'kind: Pod',
  'metadata:',
  '  name: web',
  'spec:',
  '  containers:',
  '  - name: web',
  '    image: nginx',
  '    imagePulicy: Always',
  '---',
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata:',
  '  name: settings',
  '  name: again',
  '',
].join('\n');

const PAGE = 'learn/rbac/subject-verb-object/';

async function typeBroken(page: Page, lang: 'en' | 'es') {
  await page.goto(`/${lang}/${PAGE}`);
  const exercise = page.locator('[data-exercise-id]').first();
  const editor = exercise.getByTestId('editor');
  await editor.scrollIntoViewIfNeeded();
  await expect(editor).toHaveAttribute('data-editor-ready', 'monaco', { timeout: 20_000 });
  await editor.locator('.monaco-editor').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  // Paste, as a learner would (typing line by line would let Monaco auto-indent).
  await page.evaluate((text) => navigator.clipboard.writeText(text), BROKEN);
  await page.keyboard.press('Control+V');
  return exercise;
}

const WORDS = {
  en: { yaml: 'Duplicate key name: a key may appear only once', schema: 'Unknown field spec.containers[0].imagePulicy. Did you mean imagePullPolicy?' },
  es: {
    yaml: 'Clave duplicada name: una clave puede aparecer una sola vez',
    schema: 'Campo desconocido spec.containers[0].imagePulicy. ¿Quisiste decir imagePullPolicy?',
  },
};

for (const lang of ['en', 'es'] as const) {
  for (const width of [390, 1280]) {
    test(`a YAML and a schema error read in ${lang} at ${width} px`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, serviceWorkers: 'block' });
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const page = await context.newPage();
      const exercise = await typeBroken(page, lang);
      const list = exercise.locator('[data-testid="diagnostic"][data-severity="error"]');
      await expect(list.filter({ hasText: WORDS[lang].schema })).toHaveCount(1, { timeout: 15_000 });
      await expect(list.filter({ hasText: WORDS[lang].yaml })).toHaveCount(1);
      const other = lang === 'en' ? 'es' : 'en';
      await expect(list.filter({ hasText: WORDS[other].schema })).toHaveCount(0);
      // Monaco's marker hover shows the same words in the page's language.
      const squiggly = exercise.locator('.monaco-editor .squiggly-error').first();
      await squiggly.scrollIntoViewIfNeeded();
      const box = await squiggly.boundingBox();
      expect(box).not.toBeNull();
      await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
      await expect(
        page
          .locator('.monaco-hover')
          .filter({ hasText: lang === 'en' ? 'Unknown field' : 'Campo desconocido' })
          .first(),
      ).toBeVisible({
        timeout: 10_000,
      });
      await exercise.locator('[data-testid="diagnostic"]').first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/diagnostic-words-${lang}-${width}.png`, fullPage: false });
      await context.close();
    });
  }
}
