import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { ExerciseDefinition } from '../lesson';
import { parseExercise, type ExerciseProblem } from '../lesson/parseExercise';
import { LANGS, type Lang } from '../i18n/languages';
import { ContentError } from './types';

export interface LoadedExercise {
  definition: ExerciseDefinition;
  descriptionHtml: Record<Lang, string>;
  dir: string;
}

function readFolder(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => statSync(join(dir, f)).isFile())
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
}

const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify);

/** Small Markdown (exercise descriptions): GFM, sanitized. */
export function renderSmallMarkdown(text: string): string {
  return String(markdown.processSync(text));
}

/** Read one exercise folder: exercise.yaml, world, start/ and solution/. Problems name file and line. */
export function loadExerciseFolder(dir: string, root: string): { exercise: LoadedExercise | null; problems: ExerciseProblem[] } {
  const id = dir.split('/').pop() ?? dir;
  const relDir = relative(join(root, '..'), dir);
  const yamlPath = join(dir, 'exercise.yaml');
  if (!existsSync(yamlPath)) return { exercise: null, problems: [{ file: `${relDir}/exercise.yaml`, line: 1, column: 1, message: 'missing exercise.yaml' }] };
  const yamlText = readFileSync(yamlPath, 'utf8');
  const { exercise, problems } = parseExercise({
    id,
    dir: relDir,
    yamlText,
    readWorld: (name) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : undefined),
    start: readFolder(join(dir, 'start')),
    solution: readFolder(join(dir, 'solution')),
  });
  if (!exercise) return { exercise: null, problems };
  const descriptionHtml = Object.fromEntries(LANGS.map((lang) => [lang, renderSmallMarkdown(exercise.description[lang])])) as Record<Lang, string>;
  return { exercise: { definition: exercise, descriptionHtml, dir }, problems };
}

/** All exercises of a lesson (folder `exercises/<id>/`), or throws the first problem. */
export function loadLessonExercises(lessonDir: string, root: string): Map<string, LoadedExercise> {
  const base = join(lessonDir, 'exercises');
  const out = new Map<string, LoadedExercise>();
  if (!existsSync(base)) return out;
  for (const name of readdirSync(base).sort()) {
    if (!statSync(join(base, name)).isDirectory()) continue;
    const { exercise, problems } = loadExerciseFolder(join(base, name), root);
    if (problems.length || !exercise) {
      const p = problems[0];
      throw new ContentError(p.file, p.line, p.column, p.message);
    }
    out.set(name, exercise);
  }
  return out;
}
