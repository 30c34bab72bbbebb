import Link from 'next/link';
import type { Lang } from '@/lib/i18n/languages';
import { LANG_NAMES, LANGS } from '@/lib/i18n/languages';
import { t } from '@/lib/i18n/dictionary';
import { te } from '@/lib/i18n/event';

interface Props {
  lang: Lang;
  /** Path of the same page in each language (keeps you on the same lesson). */
  alternates: Record<Lang, string>;
}

/** Top bar: site title, course map and a language switch that keeps the current page. */
export function SiteHeader({ lang, alternates }: Props) {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t(lang, 'skipToContent')}
      </a>
      <div className="site-header-inner">
        <Link href={`/${lang}/`} className="brand" prefetch={false}>
          <svg aria-hidden="true" viewBox="0 0 32 32" width="28" height="28">
            <rect width="32" height="32" rx="7" fill="var(--accent)" />
            <path d="M16 5l9 4v7c0 6-4 10-9 11-5-1-9-5-9-11V9z" fill="#fff" />
          </svg>
          <span>{t(lang, 'siteTitle')}</span>
        </Link>
        <nav aria-label={t(lang, 'mainNav')} className="main-nav">
          <Link href={`/${lang}/`} prefetch={false}>
            {t(lang, 'courseMap')}
          </Link>
          <Link href={`/${lang}/playground/`} prefetch={false}>
            {t(lang, 'playground')}
          </Link>
          <Link href={`/${lang}/event/`} prefetch={false}>
            {te(lang, 'eventNav')}
          </Link>
        </nav>
        <nav aria-label={t(lang, 'language')} className="lang-switch">
          <ul>
            {LANGS.map((l) => (
              <li key={l}>
                {l === lang ? (
                  <span aria-current="true" lang={l} className="lang-current">
                    {LANG_NAMES[l]}
                  </span>
                ) : (
                  <a href={alternates[l]} hrefLang={l} lang={l} data-testid={`lang-${l}`}>
                    {LANG_NAMES[l]}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
