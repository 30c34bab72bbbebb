import type { Lang } from '@/lib/i18n/languages';
import { t } from '@/lib/i18n/dictionary';

export function SiteFooter({ lang }: { lang: Lang }) {
  return (
    <footer className="site-footer">
      <p>{t(lang, 'footer')}</p>
    </footer>
  );
}
