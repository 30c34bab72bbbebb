import type { Lang } from '@/lib/i18n/languages';
import type { LessonBlock } from '@/lib/content/types';
import { t } from '@/lib/i18n/dictionary';

/** Renders the lesson body: sanitized HTML blocks and the interactive placeholders between them. */
export function LessonBlocks({ lang, blocks }: { lang: Lang; blocks: LessonBlock[]; lessonKey: string }) {
  return (
    <>
      {blocks.map((block, index) => {
        if (block.type === 'html') return <div key={index} className="prose" dangerouslySetInnerHTML={{ __html: block.html }} />;
        if (block.type === 'exercise') return <section key={index} className="lab-block" data-exercise={block.id} aria-label={`${t(lang, 'exercise')}: ${block.id}`} />;
        if (block.type === 'demo') return <section key={index} className="lab-block" data-demo={block.id} aria-label={`${t(lang, 'demo')}: ${block.id}`} />;
        return <section key={index} className="lab-block" data-view={block.view} />;
      })}
    </>
  );
}
