'use client';
import { useEffect, useRef } from 'react';
import type { Lang } from '@/lib/i18n/languages';
import { t } from '@/lib/i18n/dictionary';
import { useNarrow } from './useNarrow';

const SIDE_BY_SIDE_MIN = 760;

/** The learner's file beside the solution, as a diff (Monaco's diff editor, loaded lazily). */
export function SolutionView({ lang, file, mine, solution }: { lang: Lang; file: string; mine: string; solution: string }) {
  const hostRef = useRef<HTMLDivElement>(null);
  // One breakpoint for the diff and its caption: side by side on wide screens, inline on narrow ones.
  const inline = useNarrow(SIDE_BY_SIDE_MIN - 1);
  useEffect(() => {
    let disposed = false;
    let cleanup = () => {};
    void import('./monacoSetup').then(({ setupMonaco }) => {
      if (disposed || !hostRef.current) return;
      const monaco = setupMonaco();
      const original = monaco.editor.createModel(mine, 'yaml');
      const modified = monaco.editor.createModel(solution, 'yaml');
      const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
      const diff = monaco.editor.createDiffEditor(hostRef.current, {
        readOnly: true,
        originalEditable: false,
        automaticLayout: true,
        renderSideBySide: !inline,
        minimap: { enabled: false },
        theme: dark ? 'lab-dark' : 'lab-light',
        scrollBeyondLastLine: false,
      });
      diff.setModel({ original, modified });
      hostRef.current.dataset.ready = 'true';
      cleanup = () => {
        diff.dispose();
        original.dispose();
        modified.dispose();
      };
    });
    return () => {
      disposed = true;
      cleanup();
    };
  }, [mine, solution, inline]);
  return (
    <figure className="solution-view" data-testid="solution-view">
      <figcaption data-testid="solution-caption" data-view={inline ? 'inline' : 'side-by-side'}>
        {t(lang, inline ? 'solutionInline' : 'solutionSideBySide')} · {file}
      </figcaption>
      <div ref={hostRef} className="diff-host">
        <pre className="solution-text" tabIndex={0} aria-label={`${t(lang, 'solution')}: ${file}`}>
          {solution}
        </pre>
      </div>
    </figure>
  );
}
