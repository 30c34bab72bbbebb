import type { Lang } from '@/lib/i18n/languages';
import type { LessonBlock } from '@/lib/content/shared';
import type { ExerciseDefinition } from '@/lib/lesson';
import { t } from '@/lib/i18n/dictionary';
import { Exercise } from './lab/Exercise';
import { DemoBlock, type DemoBlockData } from './terminal/DemoBlock';
import { LazyLessonViewBlock } from './views/LazyLessonViewBlock';

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

/** Renders the lesson body: sanitized HTML blocks and the interactive pieces between them. */
export function LessonBlocks({ lang, blocks, lessonKey, exercises, demos, nextHref }: Props) {
  return (
    <>
      {blocks.map((block, index) => {
        if (block.type === 'html') return <div key={index} className="prose" dangerouslySetInnerHTML={{ __html: block.html }} />;
        if (block.type === 'exercise') {
          const data = exercises[block.id];
          if (!data) return null; // lessons:check and the build reject unknown ids before this
          return (
            <section key={index} className="lab-block" aria-label={`${t(lang, 'exercise')}: ${data.definition.title[lang]}`}>
              <Exercise lang={lang} exercise={data.definition} descriptionHtml={data.descriptionHtml} storageKey={`${lessonKey}/${block.id}`} nextHref={nextHref} />
            </section>
          );
        }
        if (block.type === 'demo') {
          const demo = demos[block.id];
          if (!demo) return null;
          return (
            <section key={index} className="lab-block" aria-label={`${t(lang, 'demo')}: ${demo.title[lang]}`}>
              <DemoBlock lang={lang} demo={demo} />
            </section>
          );
        }
        const bound = exercises[block.exercise];
        if (!bound) return null;
        return (
          <section key={index} className="lab-block" data-view={block.view}>
            <LazyLessonViewBlock lang={lang} view={block.view} exercise={bound.definition} storageKey={`${lessonKey}/${block.exercise}`} />
          </section>
        );
      })}
    </>
  );
}
