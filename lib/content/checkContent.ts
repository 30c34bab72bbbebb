import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildWorld } from '../sim';
import { runLab } from '../lesson';
import { positionedGoalTargetProblems } from '../lesson/checkGoalTargets';
import { LANGS } from '../i18n/languages';
import { render } from '../i18n/messages';
import { allLessons, DEFAULT_LESSONS_DIR, lessonFile, loadCourse } from './course';
import { loadExerciseFolder } from './exercises';
import { loadLessonDemos } from './demos';
import { renderLesson } from './lesson';
import { checkPlaygroundWorlds } from './playground';
import { ContentError, type LessonRef, type Track } from './types';
import { checkChallenges } from './checkChallenges';

export interface ContentProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

function asProblem(error: unknown): ContentProblem {
  if (error instanceof ContentError) return { file: error.file, line: error.line, column: error.column, message: error.detail };
  return { file: '?', line: 1, column: 1, message: error instanceof Error ? error.message : String(error) };
}

async function checkLessonProse(course: Track[], lesson: LessonRef, root: string, problems: ContentProblem[]): Promise<Set<string>> {
  const placed = new Set<string>();
  for (const lang of LANGS) {
    const file = relative(join(root, '..'), lessonFile(lesson, lang));
    try {
      const page = await renderLesson(course, lesson, lang, {
        root,
        onCode: ({ lang: codeLang, meta, value, line }) => {
          if (codeLang !== 'yaml' || (meta ?? '').includes('yaml-invalid')) return;
          const example = buildWorld([{ file: 'example.yaml', text: value }]).diagnostics['example.yaml'] ?? [];
          for (const d of example.filter((x) => x.severity === 'error')) {
            problems.push({ file, line: line + d.line, column: d.column, message: `YAML example: ${d.message}` });
          }
        },
      });
      for (const block of page.blocks) {
        if (block.type === 'exercise' || block.type === 'demo') placed.add(`${block.type}:${lang}:${block.id}`);
        if (block.type === 'view') placed.add(`view:${lang}:${block.exercise}`);
      }
    } catch (error) {
      problems.push(asProblem(error));
    }
  }
  return placed;
}

function checkExercise(dir: string, root: string, problems: ContentProblem[]): void {
  const { exercise, problems: found } = loadExerciseFolder(dir, root);
  problems.push(...found);
  if (!exercise) return;
  const where = `${relative(join(root, '..'), dir)}/exercise.yaml`;
  const { definition } = exercise;
  const start = runLab(definition, definition.start);
  if (start.goals.every((g) => g.pass))
    problems.push({ file: where, line: 1, column: 1, message: 'the start files already pass every goal: the exercise has nothing to do' });
  const solution = runLab(definition, definition.solution);
  for (const goal of solution.goals.filter((g) => !g.pass)) {
    problems.push({ file: where, line: 1, column: 1, message: `the solution fails goal \`${goal.id}\`: ${render('en', goal.explanation)}` });
  }
  // Every goal names something that exists (lib/lesson/checkGoalTargets): no goal passes vacuously.
  for (const p of positionedGoalTargetProblems(definition, readFileSync(join(dir, 'exercise.yaml'), 'utf8'))) problems.push({ file: where, ...p });
  for (const [file, diagnostics] of Object.entries(solution.diagnostics)) {
    for (const d of diagnostics.filter((x) => x.severity === 'error')) {
      const folder = file === definition.world?.file ? '' : 'solution/';
      problems.push({ file: `${relative(join(root, '..'), dir)}/${folder}${file}`, line: d.line, column: d.column, message: d.message });
    }
  }
  for (const [file, diagnostics] of Object.entries(start.diagnostics)) {
    if (file !== definition.world?.file) continue;
    for (const d of diagnostics.filter((x) => x.severity === 'error'))
      problems.push({ file: `${relative(join(root, '..'), dir)}/${file}`, line: d.line, column: d.column, message: d.message });
  }
}

function exerciseDirs(lesson: LessonRef): string[] {
  const base = join(lesson.dir, 'exercises');
  if (!existsSync(base)) return [];
  return readdirSync(base)
    .sort()
    .map((name) => join(base, name))
    .filter((path) => statSync(path).isDirectory());
}

/**
 * The whole-content check behind `npm run lessons:check`: every lesson renders in every
 * language, YAML examples validate, every exercise's start fails and its solution passes.
 */
export async function checkContent(root: string = DEFAULT_LESSONS_DIR): Promise<{ problems: ContentProblem[]; lessons: number; exercises: number }> {
  const problems: ContentProblem[] = [];
  let course: Track[];
  try {
    course = loadCourse(root);
  } catch (error) {
    return { problems: [asProblem(error)], lessons: 0, exercises: 0 };
  }
  let exercises = 0;
  for (const lesson of allLessons(course)) {
    const placed = await checkLessonProse(course, lesson, root, problems);
    for (const dir of exerciseDirs(lesson)) {
      exercises += 1;
      const id = dir.split('/').pop()!;
      for (const lang of LANGS) {
        if (!placed.has(`exercise:${lang}:${id}`))
          problems.push({
            file: relative(join(root, '..'), lessonFile(lesson, lang)),
            line: 1,
            column: 1,
            message: `exercise \`${id}\` is never placed with ::exercise{id="${id}"}`,
          });
      }
      checkExercise(dir, root, problems);
    }
    let demos = new Map<string, unknown>();
    try {
      demos = loadLessonDemos(lesson.dir, root);
    } catch (error) {
      problems.push(asProblem(error));
    }
    for (const key of placed) {
      const [type, lang, id] = key.split(':');
      if (type === 'demo') {
        if (!demos.has(id))
          problems.push({
            file: relative(join(root, '..'), lessonFile(lesson, lang as 'en')),
            line: 1,
            column: 1,
            message: `::demo{id="${id}"} has no file demos/${id}.yaml`,
          });
        continue;
      }
      if (type === 'view') {
        if (!existsSync(join(lesson.dir, 'exercises', id)))
          problems.push({
            file: relative(join(root, '..'), lessonFile(lesson, lang as 'en')),
            line: 1,
            column: 1,
            message: `a view is bound to exercise \`${id}\`, which has no folder exercises/${id}/`,
          });
        continue;
      }
      if (!existsSync(join(lesson.dir, 'exercises', id)))
        problems.push({
          file: relative(join(root, '..'), lessonFile(lesson, lang as 'en')),
          line: 1,
          column: 1,
          message: `::exercise{id="${id}"} has no folder exercises/${id}/`,
        });
    }
  }
  // Event mode's challenges (lessons/event/): solvable through the terminal, closed by their defence.
  problems.push(...checkChallenges(root, course).problems);
  problems.push(...checkPlaygroundWorlds(root, join(root, '..')));
  return { problems, lessons: allLessons(course).length, exercises };
}
