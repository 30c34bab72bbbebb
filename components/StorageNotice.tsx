'use client';
import { useEffect, useState } from 'react';
import type { Lang } from '@/lib/i18n/languages';
import { ts } from '@/lib/i18n/site';
import { exportProgress, hydrateProgress, useProgress } from '@/lib/state/progress';
import { asideDocument, discardAside } from '@/lib/state/progressStorage';
import { useStorageStatus } from '@/lib/state/safeStorage';

function download(name: string, text: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** What went wrong with this browser's storage (full, blocked, unreadable data kept aside) and what to do. */
export function StorageNotice({ lang }: { lang: Lang }) {
  const { full, blocked, aside } = useStorageStatus();
  const [dismissed, setDismissed] = useState('');
  useEffect(() => {
    hydrateProgress();
  }, []);
  const problem = full ? 'full' : blocked ? 'blocked' : '';
  const exportAll = () => download('k8s-security-lab-progress.json', exportProgress({ exercises: useProgress.getState().exercises }));
  return (
    <>
      {problem && dismissed !== problem ? (
        <div className="site-notice warn" role="alert" data-testid="storage-notice">
          <p>{ts(lang, problem === 'full' ? 'storageFull' : 'storageBlocked')}</p>
          <div className="site-notice-actions">
            <button type="button" className="button" onClick={exportAll}>
              {ts(lang, 'exportProgress')}
            </button>
            <button type="button" className="button secondary" onClick={() => setDismissed(problem)}>
              {ts(lang, 'dismiss')}
            </button>
          </div>
        </div>
      ) : null}
      {aside.length > 0 ? (
        <div className="site-notice warn" role="alert" data-testid="storage-aside">
          <p>{ts(lang, 'storageUnreadable')}</p>
          <div className="site-notice-actions">
            <button type="button" className="button" onClick={() => download('k8s-security-lab-unreadable.json', asideDocument())}>
              {ts(lang, 'storageDownloadAside')}
            </button>
            <button type="button" className="button secondary" onClick={discardAside}>
              {ts(lang, 'storageDiscardAside')}
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
