// Invariants of the generator over the real course (generation only; lessons:mutate runs them).
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { loadExerciseFolder } from '@/lib/content';
import { generateMutants, generateRewrites } from '@/lib/lesson/mutate';

const ROOT = join(__dirname, '../../../..');
const dirs = execSync("find lessons -mindepth 4 -maxdepth 4 -path '*/exercises/*' -type d", { cwd: ROOT }).toString().trim().split('\n').sort();
const exercises = dirs.map((d) => loadExerciseFolder(join(ROOT, d), join(ROOT, 'lessons')).exercise!.definition);

/** Every object of every file, as sorted JSON (order and file boundaries do not matter). */
function objects(files: Record<string, string>): string[] {
  return Object.values(files)
    .flatMap((text) => parseAllDocuments(text).map((d) => JSON.stringify(d.toJS())))
    .filter((o) => o !== 'null')
    .sort();
}

describe('mutation testing over the course', () => {
  it('finds the exercises', () => {
    expect(exercises.length).toBeGreaterThan(20);
  });

  it.each(exercises.map((e) => [e.id, e] as const))('%s: unique, stable mutants that each change the solution', (_id, def) => {
    const mutants = generateMutants(def);
    const again = generateMutants(def);
    expect(again.map((m) => m.id)).toEqual(mutants.map((m) => m.id));
    expect(new Set(mutants.map((m) => m.id)).size).toBe(mutants.length);
    const solution = objects(def.solution);
    for (const m of mutants) {
      expect(m.diff, m.id).toMatch(/^--- solution\//);
      expect(objects(m.files), m.id).not.toEqual(solution);
    }
  });

  it.each(exercises.map((e) => [e.id, e] as const))('%s: layout rewrites keep exactly the same objects', (_id, def) => {
    const solution = objects(def.solution);
    for (const r of generateRewrites(def).filter((w) => !w.id.startsWith('rewrite.rename'))) {
      expect(objects(r.files), r.id).toEqual(solution);
    }
  });
});
