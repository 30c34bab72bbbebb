'use client';
import { useEffect, useRef } from 'react';
import type { Lang } from '@/lib/i18n/languages';
import { t } from '@/lib/i18n/dictionary';

/** The learner's file beside the solution, as a diff (Monaco's diff editor, loaded lazily). */
export function SolutionView({ lang, file, mine, solution }: { lang: Lang; file: string; mine: string; solution: string }) {
  const hostRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let cleanup = () => {};
    void import('./monacoSetup').then(({ setupMonaco }) => {
      if (disposed || !hostRef.current) return;
      const monaco = setupMonaco();
      const original = monaco.editor.createModel(mine, 'yaml');
      const modified = monaco.editor.createModel(solution, 'yaml');
      const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
      const diff = monaco.editor.createDiffEditor(hostRef.current, { readOnly: true, originalEditable: false, automaticLayout: true, renderSideBySide: window.innerWidth > 700, minimap: { enabled: false }, theme: dark ? 'lab-dark' : 'lab-light', scrollBeyondLastLine: false });
      diff.setModel({ original, modified });
      hostRef.current.dataset.ready = 'true';
      cleanup = () => { diff.dispose(); original.dispose(); modified.dispose(); };
    });
    return () => { disposed = true; cleanup(); };
  }, [mine, solution]);
  return (
    <figure className="solution-view" data-testid="solution-view">
      <figcaption>{t(lang, 'solutionTitle')} · {file}</figcaption>
      <div ref={hostRef} className="diff-host">
        <pre className="solution-text" aria-label={`${t(lang, 'solution')}: ${file}`}>{solution}</pre>
      </div>
    </figure>
  );
}
