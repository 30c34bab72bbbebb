'use client';
import type { Lang } from '@/lib/i18n/languages';
import { tv } from '@/lib/i18n/views';

/** The namespace picker of the permission views: the cluster's namespaces, then "cluster-wide" (''). */
export function NamespaceSelect({
  lang,
  namespaces,
  value,
  onChange,
}: {
  lang: Lang;
  namespaces: readonly string[];
  value: string;
  onChange: (namespace: string) => void;
}) {
  return (
    <label className="view-field">
      {tv(lang, 'namespace')}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {namespaces.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
        <option value="">{tv(lang, 'clusterWide')}</option>
      </select>
    </label>
  );
}
