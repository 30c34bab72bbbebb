'use client';
import type { Lang } from '@/lib/i18n/languages';
import { tf } from '@/lib/i18n/views';
import { useRovingGrid } from './rovingGrid';
import { GridCell } from './GridCell';
import { GridWindowControls, useGridWindow } from './GridWindow';
import type { TrafficModel, TrafficQuery } from './trafficModel';
import { partialOf } from './partialReach';
import { describeCell, podsText, queryProbeText } from './trafficWords';

export interface TrafficMatrixTableProps {
  lang: Lang;
  model: TrafficModel;
  query: TrafficQuery;
  /** The pair whose explanation is open, as node indexes. */
  open: { from: number; to: number } | null;
  onExplain: (from: number, to: number) => void;
  /** How many rows and columns are drawn at once (a larger matrix is windowed: the window follows the focus). */
  windowSize?: { rows: number; cols: number };
}

const WINDOW = { rows: 20, cols: 12 };
const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

function HeaderName({ namespace, name, show }: { namespace: string; name: string; show: boolean }) {
  return (
    <>
      {show ? <span className="ns">{namespace}/</span> : null}
      {name}
    </>
  );
}

/**
 * The truth table: rows are sources, columns destinations; arrow keys move between cells. A large
 * matrix (200 combined nodes: 40,000 cells) draws a window of it that follows the focus; the
 * table states its full size (aria-rowcount/colcount) and each drawn row and cell its place.
 */
export function TrafficMatrixTable({ lang, model, query, open, onExplain, windowSize = WINDOW }: TrafficMatrixTableProps) {
  const size = model.nodes.length;
  const grid = useRovingGrid(size, size);
  const slice = useGridWindow(grid, size, size, windowSize);
  const showNs = model.namespaces.length > 1;
  const rows = range(slice.rowFrom, slice.rowTo);
  const cols = range(slice.colFrom, slice.colTo);
  return (
    <>
      <p className="grid-caption" aria-hidden="true">
        {tf(lang, 'matrixCaption', { probe: queryProbeText(query, lang) })}
      </p>
      <GridWindowControls lang={lang} grid={grid} slice={slice} rows={size} cols={size} />
      <div className="grid-scroll">
        <table
          className="grid-table"
          ref={grid.container}
          onKeyDown={grid.onKeyDown}
          data-testid="traffic-matrix"
          aria-rowcount={size + 1}
          aria-colcount={size + 1}
        >
          <caption className="visually-hidden">{tf(lang, 'matrixCaption', { probe: queryProbeText(query, lang) })}</caption>
          <thead>
            <tr aria-rowindex={1}>
              <td aria-hidden="true" />
              {cols
                .map((c) => model.nodes[c])
                .map((node, i) => (
                  <th key={node.id} scope="col" className="col-head" title={podsText(node)} aria-colindex={cols[i] + 2}>
                    <span>
                      <HeaderName namespace={node.namespace} name={node.name} show={showNs} />
                    </span>
                  </th>
                ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const from = model.nodes[r];
              return (
                <tr key={from.id} aria-rowindex={r + 2}>
                  <th scope="row" title={podsText(from)} aria-colindex={1}>
                    <HeaderName namespace={from.namespace} name={from.name} show={showNs} />
                  </th>
                  {cols.map((c) => {
                    const to = model.nodes[c];
                    const cell = model.cells[r][c];
                    const label = describeCell(from, to, cell, query, lang);
                    const partial = partialOf(cell);
                    const kind = cell.egress === 'self' ? 'self' : cell.allowed ? 'ok' : partial ? 'partial' : 'no';
                    return (
                      <td key={to.id} aria-colindex={c + 2}>
                        <GridCell
                          grid={grid}
                          row={r}
                          col={c}
                          kind={kind}
                          allowed={cell.allowed}
                          label={label}
                          pressed={open?.from === r && open.to === c}
                          symbol={cell.allowed ? '✓' : partial ? `◐ ${partial.allowed}/${partial.total}` : '✗'}
                          onActivate={() => onExplain(r, c)}
                          data={{ from: from.id, to: to.id }}
                        />
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
