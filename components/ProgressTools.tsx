'use client';
import { useRef, useState } from 'react';
import type { Lang } from '@/lib/i18n/languages';
import { t } from '@/lib/i18n/dictionary';
import { exportProgress, hydrateProgress, useProgress } from '@/lib/state/progress';

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
    try {
      const result = useProgress.getState().importProgress(JSON.parse(await file.text()));
      setMessage(result.ok ? t(lang, 'importDone') : `${t(lang, 'importFailed')} ${result.error}`);
    } catch {
      setMessage(`${t(lang, 'importFailed')} JSON`);
    }
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
