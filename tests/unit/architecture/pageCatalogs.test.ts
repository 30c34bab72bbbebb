// One language per page (issue 12): the page's components render messages with the page language's
// catalog, loaded by language (components/i18n/useWords.ts over lib/i18n/messages/loaded.ts), never
// through the module that holds every language (lib/i18n/messages: tests, scripts, the page worker).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');

/** The imports that bring every language's words: the index, its render module, a language's catalog. */
const EVERY_LANGUAGE =
  /^(?:@\/lib\/i18n\/messages(?:\/index|\/render)?|(?:\.\.\/)+lib\/i18n\/messages(?:\/index|\/render)?|@\/lib\/i18n\/messages\/(?:en|es|pseudo))$/;

/**
 * Allowed: the page worker's host modules render in whichever language each question names (the
 * worker is not a page's script).
 */
const ALLOWED = [/^components\/world\/host\w*\.ts$/];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function importsOf(text: string): string[] {
  const pattern = /(?:import|export)\s(?!type\s)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  return [...text.matchAll(pattern)].map((m) => m[1] ?? m[2]);
}

describe("pages load their language's words only", () => {
  it('no component or page imports the module that holds every language', () => {
    const offenders = ['components', 'app'].flatMap((folder) =>
      sourceFiles(join(ROOT, folder)).flatMap((file) => {
        const path = relative(ROOT, file);
        if (ALLOWED.some((allowed) => allowed.test(path))) return [];
        return importsOf(readFileSync(file, 'utf8'))
          .filter((spec) => EVERY_LANGUAGE.test(spec))
          .map((spec) => `${path} imports ${spec}`);
      }),
    );
    expect(offenders).toEqual([]);
  });

  it('the scan sees what it forbids, and lets type imports and the loaded words through', () => {
    const bad = (code: string) => importsOf(code).filter((spec) => EVERY_LANGUAGE.test(spec));
    expect(bad("import { render } from '@/lib/i18n/messages';")).toHaveLength(1);
    expect(bad("import { textOf } from '../../lib/i18n/messages/render';")).toHaveLength(1);
    expect(bad("const es = () => import('@/lib/i18n/messages/es');")).toHaveLength(1);
    expect(bad("import type { Catalog } from '@/lib/i18n/messages';")).toEqual([]);
    expect(bad("import { loadCatalog } from '@/lib/i18n/messages/loaded';")).toEqual([]);
  });
});
