// Every exercise of the course, loaded from lessons/ (the same loader the site uses).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadExerciseFolder } from '@/lib/content/exercises';
import type { ExerciseDefinition } from '@/lib/lesson';

const ROOT = join(__dirname, '../../../../lessons');

export function allExercises(): { key: string; definition: ExerciseDefinition }[] {
  const out: { key: string; definition: ExerciseDefinition }[] = [];
  for (const track of readdirSync(ROOT).sort()) {
    if (!statSync(join(ROOT, track)).isDirectory()) continue;
    for (const lesson of readdirSync(join(ROOT, track)).sort()) {
      const dir = join(ROOT, track, lesson, 'exercises');
      if (!existsSync(dir)) continue;
      for (const id of readdirSync(dir).sort()) {
        const { exercise } = loadExerciseFolder(join(dir, id), ROOT);
        if (exercise) out.push({ key: `${track}/${lesson}/${id}`, definition: exercise.definition });
      }
    }
  }
  return out;
}

/** Weakening variants of the solution: each document of each editable file removed in turn. */
export function documentRemovals(def: ExerciseDefinition): { name: string; files: Record<string, string> }[] {
  const out: { name: string; files: Record<string, string> }[] = [];
  for (const file of def.files) {
    const docs = def.solution[file].split(/^---[ \t]*$/m);
    docs.forEach((_, i) => {
      if (docs.length === 1 && !docs[0].trim()) return;
      out.push({ name: `${file} without document ${i + 1}`, files: { ...def.solution, [file]: docs.filter((__, j) => j !== i).join('---\n') } });
    });
  }
  return out;
}
