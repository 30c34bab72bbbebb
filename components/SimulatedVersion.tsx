import { t } from '@/lib/i18n/dictionary';
import type { Lang } from '@/lib/i18n/languages';

/** One line under the course title: which Kubernetes version the lessons simulate (the route passes it from lib/content). */
export function SimulatedVersion({ lang, version }: { lang: Lang; version: { major: number; minor: number } }) {
  return (
    <p className="simulated-version">
      {t(lang, 'simulatedVersion')}{' '}
      <strong>
        v{version.major}.{version.minor}
      </strong>
      .
    </p>
  );
}
