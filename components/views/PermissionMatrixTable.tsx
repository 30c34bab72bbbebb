'use client';
import type { Lang } from '@/lib/i18n/languages';
import { tf, tv } from '@/lib/i18n/views';
import { useRovingGrid } from './rovingGrid';
import { GridCell } from './GridCell';
import type { PermissionMatrixModel } from '@/lib/sim';
import { describePermissionCell } from './permissionWords';

export interface PermissionMatrixTableProps {
  lang: Lang;
  model: PermissionMatrixModel;
  subject: string;
  open: { row: number; col: number } | null;
  onOpen: (row: number, col: number) => void;
}

/** Resources (rows) × verbs (columns), like rakkess; ✓ allowed, ⚠ a dangerous grant. */
export function PermissionMatrixTable({ lang, model, subject, open, onOpen }: PermissionMatrixTableProps) {
  const grid = useRovingGrid(model.rows.length, model.verbs.length);
  const namespace = model.namespace || tv(lang, 'clusterWide');
  return (
    <>
      <p className="grid-caption" aria-hidden="true">
        {tf(lang, 'permCaption', { subject, namespace })}
      </p>
      <div className="grid-scroll">
        <table className="grid-table" ref={grid.container} onKeyDown={grid.onKeyDown} data-testid="permission-matrix">
          <caption className="visually-hidden">{tf(lang, 'permCaption', { subject, namespace })}</caption>
          <thead>
            <tr>
              <th scope="col">{tv(lang, 'resource')}</th>
              {model.verbs.map((verb) => (
                <th key={verb} scope="col">
                  {verb}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.rows.map((row, r) => (
              <tr key={row.label} className={model.cells[r].some((c) => c.dangers.length > 0) ? 'danger-row' : undefined}>
                <th scope="row" className="resource-head">
                  {row.resource}
                  {row.subresource ? `/${row.subresource}` : ''}
                  {row.group || !row.namespaced ? (
                    <span className="ns"> {[row.group, row.namespaced ? '' : tv(lang, 'clusterScoped')].filter(Boolean).join(' · ')}</span>
                  ) : null}
                </th>
                {model.verbs.map((verb, c) => {
                  const cell = model.cells[r][c];
                  const label = describePermissionCell(subject, row, verb, cell, lang);
                  const kind = cell.dangers.length > 0 ? 'danger' : cell.allowed ? 'ok' : 'no';
                  return (
                    <td key={verb}>
                      <GridCell
                        grid={grid}
                        row={r}
                        col={c}
                        kind={kind}
                        allowed={cell.allowed}
                        label={label}
                        pressed={open?.row === r && open.col === c}
                        symbol={cell.dangers.length > 0 ? '⚠' : cell.allowed ? '✓' : '·'}
                        onActivate={() => onOpen(r, c)}
                        data={{ resource: row.label, verb }}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
