'use client';
import { useEffect, useRef, useState } from 'react';
import type { Workbox } from 'workbox-window';
import type { Lang } from '@/lib/i18n/languages';
import { ts } from '@/lib/i18n/site';
import { flushProgress } from '@/lib/state/progress';
import { afterLoadIdle } from './afterLoadIdle';

/**
 * Registers the service worker (out/sw.js, made by scripts/postbuild.mjs) so the lab works
 * offline after one visit, and offers to reload when a new version has been downloaded. The new
 * version waits until the learner says so: an open exercise never mixes two builds, and drafts
 * are saved before the reload.
 */
export function ServiceWorkerUpdate({ lang }: { lang: Lang }) {
  const [workbox, setWorkbox] = useState<Workbox | null>(null);
  const [waiting, setWaiting] = useState(false);
  /** The learner asked for the new version: reload once it controls the page. */
  const accepted = useRef(false);

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    let cancelled = false;
    // Registered when the page has loaded and the browser is idle: installing precaches the whole
    // site, which must not compete with the page's first paint and hydration.
    const register = () =>
      void import('workbox-window').then(({ Workbox }) => {
        if (cancelled) return;
        const wb = new Workbox('/sw.js', { scope: '/' });
        wb.addEventListener('waiting', () => setWaiting(true));
        wb.addEventListener('controlling', (event) => {
          if (event.isUpdate || accepted.current) window.location.reload();
        });
        void wb.register().catch(() => undefined); // no service worker (private mode, blocked): online only
        setWorkbox(wb);
      });
    const stop = afterLoadIdle(register, 5000);
    return () => {
      cancelled = true;
      stop();
    };
  }, []);

  if (!waiting || !workbox) return null;
  const reload = () => {
    accepted.current = true;
    flushProgress();
    workbox.messageSkipWaiting();
  };
  return (
    <div className="site-notice" role="status" data-testid="update-ready">
      <p>{ts(lang, 'updateReady')}</p>
      <div className="site-notice-actions">
        <button type="button" className="button" onClick={reload} data-testid="update-reload">
          {ts(lang, 'updateReload')}
        </button>
        <button type="button" className="button secondary" onClick={() => setWaiting(false)}>
          {ts(lang, 'updateLater')}
        </button>
      </div>
    </div>
  );
}
