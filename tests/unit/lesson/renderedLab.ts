// The lab's verdicts as a learner reads them: every message rendered through the catalogs, in
// each language (the page renders only the learner's; the tests check both).
import { LANGS, type Lang } from '@/lib/i18n/languages';
import { render } from '@/lib/i18n/messages';
import { runLab as runLabMessages, type GoalResult, type LessonMessage } from '@/lib/lesson';

export type Texts = Record<Lang, string>;

export function texts(message: LessonMessage): Texts {
  return Object.fromEntries(LANGS.map((lang) => [lang, render(lang, message)])) as Texts;
}

export interface RenderedGoal extends Omit<GoalResult, 'explanation' | 'fix' | 'trace' | 'links'> {
  explanation: Texts;
  fix?: Texts;
  trace?: Texts;
  links?: { label: Texts; source: NonNullable<GoalResult['links']>[number]['source'] }[];
}

export function renderGoal(goal: GoalResult): RenderedGoal {
  return {
    ...goal,
    explanation: texts(goal.explanation),
    fix: goal.fix && texts(goal.fix),
    trace: goal.trace && texts(goal.trace),
    links: goal.links?.map((link) => ({ ...link, label: texts(link.label) })),
  };
}

/** runLab, with every goal's words rendered in every language. */
export function runLab(...args: Parameters<typeof runLabMessages>) {
  const result = runLabMessages(...args);
  return { ...result, goals: result.goals.map(renderGoal) };
}
