'use client';
import type { Lang } from '@/lib/i18n/languages';
import { tf, tv } from '@/lib/i18n/views';
import { useRovingGrid } from './rovingGrid';
import { GridCell } from './GridCell';
import { GridWindowControls, useGridWindow } from './GridWindow';
import type { PermissionMatrixModel } from '@/lib/sim';
import { describePermissionCell } from './permissionWords';

/** Drawn at once: a subject's matrix with many resources (CRDs, a lesson's extras) is windowed. */
const WINDOW = { rows: 30, cols: 16 };

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
  const slice = useGridWindow(grid, model.rows.length, model.verbs.length, WINDOW);
  const rowIndexes = model.rows.map((_, r) => r).slice(slice.rowFrom, slice.rowTo);
  const verbs = model.verbs.slice(slice.colFrom, slice.colTo);
  const namespace = model.namespace || tv(lang, 'clusterWide');
  return (
    <>
      <p className="grid-caption" aria-hidden="true">
        {tf(lang, 'permCaption', { subject, namespace })}
      </p>
      <GridWindowControls lang={lang} grid={grid} slice={slice} rows={model.rows.length} cols={model.verbs.length} />
      <div className="grid-scroll">
        <table
          className="grid-table"
          ref={grid.container}
          onKeyDown={grid.onKeyDown}
          data-testid="permission-matrix"
          aria-rowcount={model.rows.length + 1}
          aria-colcount={model.verbs.length + 1}
        >
          <caption className="visually-hidden">{tf(lang, 'permCaption', { subject, namespace })}</caption>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col" aria-colindex={1}>
                {tv(lang, 'resource')}
              </th>
              {verbs.map((verb, i) => (
                <th key={verb} scope="col" aria-colindex={slice.colFrom + i + 2}>
                  {verb}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rowIndexes
              .map((r) => ({ row: model.rows[r], r }))
              .map(({ row, r }) => (
                <tr key={row.label} className={model.cells[r].some((c) => c.dangers.length > 0) ? 'danger-row' : undefined} aria-rowindex={r + 2}>
                  <th scope="row" className="resource-head" aria-colindex={1}>
                    {row.resource}
                    {row.subresource ? `/${row.subresource}` : ''}
                    {row.group || !row.namespaced ? (
                      <span className="ns"> {[row.group, row.namespaced ? '' : tv(lang, 'clusterScoped')].filter(Boolean).join(' · ')}</span>
                    ) : null}
                  </th>
                  {verbs.map((verb, i) => {
                    const c = slice.colFrom + i;
                    const cell = model.cells[r][c];
                    const label = describePermissionCell(subject, row, verb, cell, lang);
                    const kind = cell.dangers.length > 0 ? 'danger' : cell.allowed ? 'ok' : 'no';
                    return (
                      <td key={verb} aria-colindex={c + 2}>
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
