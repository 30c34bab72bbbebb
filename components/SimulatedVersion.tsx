import { DEFAULT_SERVER_VERSION } from '@/lib/sim';
import { t } from '@/lib/i18n/dictionary';
import type { Lang } from '@/lib/i18n/languages';

/** One line under the course title: which Kubernetes version the lessons simulate. */
export function SimulatedVersion({ lang }: { lang: Lang }) {
  const { major, minor } = DEFAULT_SERVER_VERSION;
  return <p className="simulated-version">{t(lang, 'simulatedVersion')} <strong>v{major}.{minor}</strong>.</p>;
}
