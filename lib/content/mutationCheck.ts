// Mutation testing of every exercise of the course (server side: reads lessons/ from disk).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { mutationReport, type ExerciseMutationReport, type MutantRow, type MutationOutcome } from '../lesson/mutate';
import { allLessons, DEFAULT_LESSONS_DIR, loadCourse } from './course';
import { loadExerciseFolder } from './exercises';

export interface MutationCheck {
  reports: (ExerciseMutationReport & { where: string })[];
  /** Exercises that could not be loaded (lessons:check reports why). */
  unloadable: string[];
}

/** Run every mutant and rewrite of every exercise (or of one, by id). */
export function runMutationCheck(options: { root?: string; exercise?: string } = {}): MutationCheck {
  const root = options.root ?? DEFAULT_LESSONS_DIR;
  const reports: MutationCheck['reports'] = [];
  const unloadable: string[] = [];
  for (const lesson of allLessons(loadCourse(root))) {
    const base = join(lesson.dir, 'exercises');
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base).sort()) {
      const dir = join(base, name);
      if (!statSync(dir).isDirectory() || (options.exercise && options.exercise !== name)) continue;
      const { exercise, problems } = loadExerciseFolder(dir, root);
      if (!exercise) {
        unloadable.push(`${name} (${problems[0] ? `${problems[0].file}:${problems[0].line}: ${problems[0].message}` : 'not loadable'})`);
        continue;
      }
      reports.push({ ...mutationReport(exercise.definition), where: `${relative(join(root, '..'), dir)}/exercise.yaml` });
    }
  }
  return { reports, unloadable };
}

export function mutationFailed(check: MutationCheck): boolean {
  return check.unloadable.length > 0 || check.reports.some((r) => !r.solution.passed || r.undeclared.length || r.failingRewrites.length || r.stale.length);
}

const byGoal = (r: ExerciseMutationReport) => r.mutants.filter((m) => m.failedGoals.length > 0).length;
const byDiagnostic = (r: ExerciseMutationReport) => r.mutants.filter((m) => !m.passed && m.failedGoals.length === 0).length;
const rewritesPassed = (r: ExerciseMutationReport) => r.rewrites.filter((m) => m.passed).length;

/** The per-exercise table, as Markdown. */
export function mutationTable(check: MutationCheck): string {
  const head =
    '| exercise | mutants | killed by a goal | killed by a diagnostic | survived | declared survivors | rewrites passed | rewrites failed |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |';
  const columns = [
    (r: ExerciseMutationReport) => r.mutants.length,
    byGoal,
    byDiagnostic,
    (r: ExerciseMutationReport) => r.undeclared.length,
    (r: ExerciseMutationReport) => r.declared.length,
    rewritesPassed,
    (r: ExerciseMutationReport) => r.failingRewrites.length,
  ];
  const rows = check.reports.map((r) => `| ${r.id} | ${columns.map((f) => f(r)).join(' | ')} |`);
  rows.push(`| **total** | ${columns.map((f) => check.reports.reduce((n, r) => n + f(r), 0)).join(' | ')} |`);
  return `${head}\n${rows.join('\n')}`;
}

/** Which goal or diagnostic kills each mutant, and who survives, per exercise (Markdown). */
export function mutantDetails(check: MutationCheck): string {
  return check.reports
    .map((r) => {
      const lines = r.mutants.map(
        (m: MutantRow) =>
          `| \`${m.mutation.id}\` | ${cell(m.mutation.description)} | ${m.passed ? (m.accepted ? `declared survivor: ${cell(reasonOf(m.accepted.reason))}` : '**SURVIVED**') : `killed by ${cell(m.verdict)}`} |`,
      );
      const rewrites = r.rewrites.map(
        (w) => `| \`${w.mutation.id}\` | ${cell(w.mutation.description)} | ${w.passed ? 'passes' : `**FAILS**: ${cell(failure(w))}`} |`,
      );
      return `### ${r.id}\n\n| mutant | change | result |\n| --- | --- | --- |\n${[...lines, ...rewrites].join('\n')}`;
    })
    .join('\n\n');
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const reasonOf = (reason: string | { en: string }) => (typeof reason === 'string' ? reason : reason.en);

function failure(outcome: MutationOutcome): string {
  if (outcome.failedGoals.length) return `goal ${outcome.failedGoals.join(', ')} fails`;
  const d = outcome.diagnostics[0];
  return d ? `${d.file}:${d.line}: ${d.message}` : 'fails';
}

/** Every undeclared survivor, failing rewrite and stale declaration, with its diff (plain text). */
export function mutationFailures(check: MutationCheck): string[] {
  return check.reports.flatMap((r) => [
    ...(r.solution.passed
      ? []
      : [
          `✖ ${r.id}: the solution itself fails (${failure(r.solution)}), so every mutant "dies": fix the solution first (npm run lessons:check)\n  ${r.where}`,
        ]),
    ...r.undeclared.map((m) => `✖ ${r.id}: mutant ${m.mutation.id} survives (${m.mutation.description})\n  ${r.where}\n${indent(m.mutation.diff)}`),
    ...r.failingRewrites.map(
      (w) => `✖ ${r.id}: equivalent rewrite ${w.mutation.id} fails: ${failure(w)} (${w.mutation.description})\n  ${r.where}\n${indent(w.mutation.diff)}`,
    ),
    ...r.stale.map((a) => `✖ ${r.id}: acceptedMutants declares \`${a.id}\`, which matches no generated mutant (stale declaration)\n  ${r.where}`),
  ]);
}

/** Names only a goal gives (the brief never says them): warnings, not failures. */
export function mutationWarnings(check: MutationCheck): string[] {
  return check.reports.flatMap((r) =>
    r.goalOnlyNames.map(
      (name) =>
        `⚠ ${r.id}: only a goal names ${name}; a learner who picks another name fails it. Ask as the workload (asPod), or give the name in the brief (in \`code\`).\n  ${r.where}`,
    ),
  );
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}
