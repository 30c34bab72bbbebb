import type { Lang } from '@/lib/i18n/languages';
import type { LessonBlock } from '@/lib/content/shared';
import type { ExerciseDefinition } from '@/lib/lesson';
import { t } from '@/lib/i18n/dictionary';
import type { DemoBlockData } from './terminal/DemoBlock';
import { ExerciseNoscript, LazyDemo, LazyExercise, LazyView } from './LazyBlocks';
import type { ExerciseStaticWords } from './lab/ExerciseStatic';

export interface ExerciseData {
  definition: ExerciseDefinition;
  descriptionHtml: Record<Lang, string>;
}

interface Props {
  lang: Lang;
  blocks: LessonBlock[];
  lessonKey: string;
  exercises: Record<string, ExerciseData>;
  demos: Record<string, DemoBlockData>;
  nextHref?: string;
}

/**
 * Renders the lesson body: sanitized HTML blocks (server-rendered, never hydrated) and the
 * interactive pieces between them, each hydrated only when it is wanted (LazyHydrate).
 */
export function LessonBlocks({ lang, blocks, lessonKey, exercises, demos, nextHref }: Props) {
  const firstExercise = blocks.find((b) => b.type === 'exercise' && exercises[b.id]);
  const staticWords: ExerciseStaticWords = {
    exercise: t(lang, 'exercise'),
    goals: t(lang, 'goals'),
    startFiles: t(lang, 'startFiles'),
    readOnly: t(lang, 'readOnly'),
    noScriptExercise: t(lang, 'noScriptExercise'),
  };
  return (
    <>
      {blocks.map((block, index) => {
        if (block.type === 'html') return <div key={index} className="prose" dangerouslySetInnerHTML={{ __html: block.html }} />;
        if (block.type === 'exercise') {
          const data = exercises[block.id];
          if (!data) return null; // lessons:check and the build reject unknown ids before this
          return (
            <section key={index} className="lab-block" aria-label={`${t(lang, 'exercise')}: ${data.definition.title[lang]}`}>
              <LazyExercise
                hydrateId={`hydrate-exercise-${block.id}`}
                checkFirst={block === firstExercise}
                lang={lang}
                exercise={data.definition}
                descriptionHtml={data.descriptionHtml}
                storageKey={`${lessonKey}/${block.id}`}
                nextHref={nextHref}
              />
              <ExerciseNoscript lang={lang} exercise={data.definition} descriptionHtml={data.descriptionHtml} words={staticWords} />
            </section>
          );
        }
        if (block.type === 'demo') {
          const demo = demos[block.id];
          if (!demo) return null;
          return (
            <section key={index} className="lab-block" aria-label={`${t(lang, 'demo')}: ${demo.title[lang]}`}>
              <LazyDemo hydrateId={`hydrate-demo-${block.id}`} lang={lang} demo={demo} />
            </section>
          );
        }
        const bound = exercises[block.exercise];
        if (!bound) return null;
        return (
          <section key={index} className="lab-block" data-view={block.view}>
            <LazyView
              hydrateId={`hydrate-view-${index}`}
              lang={lang}
              view={block.view}
              exercise={bound.definition}
              storageKey={`${lessonKey}/${block.exercise}`}
            />
          </section>
        );
      })}
    </>
  );
}
