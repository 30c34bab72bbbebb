'use client';
import { useRef, useState } from 'react';
import type { Lang } from '@/lib/i18n/languages';
import { t } from '@/lib/i18n/dictionary';
import { exportProgress, hydrateProgress, useProgress } from '@/lib/state/progress';

/** Larger than any progress file (browsers keep about 5 MB per site): refused before it is read. */
const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

const PROBLEM_WORDS = { notOurs: 'importNotOurs', newerVersion: 'importNewerVersion', damaged: 'importDamaged' } as const;

/** Import a progress file and say what happened, in the page's language. */
async function importMessage(lang: Lang, file: File): Promise<string> {
  if (file.size > MAX_IMPORT_BYTES) return `${t(lang, 'importFailed')} ${t(lang, 'importTooLarge')}`;
  let value: unknown;
  try {
    value = JSON.parse(await file.text());
  } catch {
    return `${t(lang, 'importFailed')} ${t(lang, 'importNotJson')}`;
  }
  const result = useProgress.getState().importProgress(value);
  if (!result.ok) return `${t(lang, 'importFailed')} ${t(lang, PROBLEM_WORDS[result.code])}`;
  const kept = result.kept > 0 ? ` ${t(lang, 'importKept')} ${result.kept}.` : '';
  return `${t(lang, 'importDone')} ${t(lang, 'importExercises')} ${result.imported}.${kept}`;
}

/** Export, import and clear the progress saved in this browser. */
export function ProgressTools({ lang }: { lang: Lang }) {
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState('');
  const download = async () => {
    await hydrateProgress();
    const blob = new Blob([exportProgress({ exercises: useProgress.getState().exercises })], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'k8s-security-lab-progress.json';
    a.click();
    URL.revokeObjectURL(a.href);
  };
  const upload = async (file: File) => {
    await hydrateProgress();
    setMessage(await importMessage(lang, file));
  };
  return (
    <section className="progress-tools" aria-label={t(lang, 'progress')}>
      <strong>{t(lang, 'progress')}:</strong>
      <button type="button" className="button secondary" onClick={download}>
        {t(lang, 'exportProgress')}
      </button>
      <button type="button" className="button secondary" onClick={() => input.current?.click()}>
        {t(lang, 'importProgress')}
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        aria-label={t(lang, 'importProgress')}
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) void upload(f);
          e.target.value = '';
        }}
      />
      <button
        type="button"
        className="button secondary"
        onClick={async () => {
          if (window.confirm(t(lang, 'clearConfirm'))) {
            await hydrateProgress();
            useProgress.getState().clearAll();
          }
        }}
      >
        {t(lang, 'clearProgress')}
      </button>
      <span role="status" className="muted small">
        {message}
      </span>
    </section>
  );
}
