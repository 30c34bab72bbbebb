'use client';
import type { Lang } from '@/lib/i18n/languages';
import { ts } from '@/lib/i18n/site';
import { ServiceWorkerUpdate } from './ServiceWorkerUpdate';
import { StorageNotice } from './StorageNotice';

/** Notices over every page: a new version is ready, storage is full, blocked or unreadable. */
export function SiteNotices({ lang }: { lang: Lang }) {
  return (
    <aside className="site-notices" aria-label={ts(lang, 'notices')}>
      <ServiceWorkerUpdate lang={lang} />
      <StorageNotice lang={lang} />
    </aside>
  );
}
