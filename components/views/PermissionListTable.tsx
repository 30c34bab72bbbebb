'use client';
import type { PermissionList } from '@/lib/sim';
import type { Lang } from '@/lib/i18n/languages';
import { tv } from '@/lib/i18n/views';
import { useShowMore } from './ShowMore';

/** `kubectl auth can-i --list` as a table, each row with the bindings and rules behind it. */
export function PermissionListTable({ lang, list }: { lang: Lang; list: PermissionList }) {
  const rows = useShowMore(list.rows);
  return (
    <details className="view-details">
      <summary>
        {tv(lang, 'canIList')} ({list.rows.length})
      </summary>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Resources</th>
              <th scope="col">Non-Resource URLs</th>
              <th scope="col">Resource Names</th>
              <th scope="col">Verbs</th>
              <th scope="col">{tv(lang, 'sources')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.shown.map((row, i) => (
              <tr key={i}>
                <td>
                  <code>{row.columns.resources}</code>
                </td>
                <td>
                  <code>{row.columns.nonResourceURLs}</code>
                </td>
                <td>
                  <code>{row.columns.resourceNames}</code>
                </td>
                <td>
                  <code>{row.columns.verbs}</code>
                </td>
                <td>
                  {row.sources.map((s, j) => (
                    <div key={j}>
                      {s.binding.kind} {s.binding.namespace ? `${s.binding.namespace}/` : ''}
                      {s.binding.name} → {s.role.kind} {s.role.name}, {tv(lang, 'rule').toLowerCase()} {s.ruleIndex + 1}
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.more(lang)}
      {list.evaluationError ? <p className="view-error">{list.evaluationError}</p> : null}
    </details>
  );
}
