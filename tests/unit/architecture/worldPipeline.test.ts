import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 15 part 1 / issue 12 part 3: one world pipeline (buildWorld), held by the page worker.
const ROOT = join(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const code = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/\/\/.*$/gm, '')
    .replace(/\/\*[\s\S]*?\*\//g, '');
const ui = [...sourceFiles(join(ROOT, 'components')), ...sourceFiles(join(ROOT, 'app'))];

/** Modules that run only inside the page worker (they may use the simulator). */
const WORKER_SIDE =
  /components\/world\/(host|hostViews|hostShell|hostAttack|world\.worker)\.ts$|components\/views\/trafficModel\.ts$|components\/workshop\/grader\.worker\.ts$/;

/**
 * Simulator modules the main thread may import as values: pure leaves that import nothing (so
 * they pull no simulator code into a page), e.g. the one label-selector text parser.
 */
const MAIN_THREAD_LEAVES = ['lib/sim/support/labelSelectorText'];

/** Value imports (not `import type`) of a module's text. */
function valueImports(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/import\s+(?!type\s)([^'";]*?)\s+from\s*['"]([^'"]+)['"]/g)) {
    const names = m[1]
      .replace(/[{}\s]/g, '')
      .split(',')
      .filter((n) => n && !n.startsWith('type'));
    if (names.length > 0) found.push(m[2]);
  }
  for (const m of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]);
  return found;
}

describe('one world pipeline', () => {
  it('no component or route calls parseManifests or createCluster', () => {
    const offenders = ui.filter((f) => /\b(parseManifests|createCluster|checkCluster)\s*\(/.test(code(f))).map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it("only the page worker's modules import the simulator or runLab as values", () => {
    const offenders = ui
      .filter((f) => !WORKER_SIDE.test(f))
      .flatMap((f) =>
        valueImports(code(f))
          .filter((spec) => /^@\/lib\/(sim|lesson|workshop\/grade$)(\/|$)/.test(spec) && !/schemas\/.*\.json$/.test(spec))
          .filter((spec) => !MAIN_THREAD_LEAVES.includes(spec.slice(2)))
          .map((spec) => `${relative(ROOT, f)} imports ${spec}`),
      );
    expect(offenders).toEqual([]);
  });

  it('the simulator modules the main thread may import import nothing themselves', () => {
    for (const leaf of MAIN_THREAD_LEAVES) expect(code(join(ROOT, `${leaf}.ts`)), leaf).not.toMatch(/^\s*(import|export)\s[^;]*\bfrom\s/m);
  });

  it('main-thread modules import worker-side modules only as types', () => {
    const offenders = ui
      .filter((f) => !WORKER_SIDE.test(f))
      .flatMap((f) =>
        valueImports(code(f))
          .filter((spec) => /(^|\/)(host|hostViews|hostShell|trafficModel)$/.test(spec))
          .map((spec) => `${relative(ROOT, f)} imports ${spec}`),
      );
    expect(offenders).toEqual([]);
  });

  it('the scanner sees value imports and skips type-only ones', () => {
    expect(valueImports("import { a, type B } from '@/lib/sim';\nimport type { C } from '@/lib/lesson';\nimport { type D } from './x';")).toEqual([
      '@/lib/sim',
    ]);
  });
});
