'use client';
import type { Lang } from '@/lib/i18n/languages';
import { tf } from '@/lib/i18n/views';
import { useRovingGrid } from './rovingGrid';
import { GridCell } from './GridCell';
import type { TrafficModel, TrafficQuery } from './trafficModel';
import { partialOf } from './partialReach';
import { describeCell, queryProbeText } from './trafficWords';

export interface TrafficMatrixTableProps {
  lang: Lang;
  model: TrafficModel;
  query: TrafficQuery;
  /** The pair whose explanation is open, as node indexes. */
  open: { from: number; to: number } | null;
  onExplain: (from: number, to: number) => void;
  /** Above this many rows the table is not drawn (filter or combine first). */
  maxRows?: number;
}

function HeaderName({ namespace, name, show }: { namespace: string; name: string; show: boolean }) {
  return (
    <>
      {show ? <span className="ns">{namespace}/</span> : null}
      {name}
    </>
  );
}

/** The truth table: rows are sources, columns destinations; arrow keys move between cells. */
export function TrafficMatrixTable({ lang, model, query, open, onExplain, maxRows = 60 }: TrafficMatrixTableProps) {
  const size = model.nodes.length;
  const grid = useRovingGrid(size, size);
  if (size > maxRows) return <p className="view-note">{tf(lang, 'tooManyRows', { count: size })}</p>;
  const showNs = model.namespaces.length > 1;
  return (
    <>
      <p className="grid-caption" aria-hidden="true">
        {tf(lang, 'matrixCaption', { probe: queryProbeText(query, lang) })}
      </p>
      <div className="grid-scroll">
        <table className="grid-table" ref={grid.container} onKeyDown={grid.onKeyDown} data-testid="traffic-matrix">
          <caption className="visually-hidden">{tf(lang, 'matrixCaption', { probe: queryProbeText(query, lang) })}</caption>
          <thead>
            <tr>
              <td aria-hidden="true" />
              {model.nodes.map((node) => (
                <th key={node.id} scope="col" className="col-head" title={node.pods.join(', ')}>
                  <span>
                    <HeaderName namespace={node.namespace} name={node.name} show={showNs} />
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.nodes.map((from, r) => (
              <tr key={from.id}>
                <th scope="row" title={from.pods.join(', ')}>
                  <HeaderName namespace={from.namespace} name={from.name} show={showNs} />
                </th>
                {model.nodes.map((to, c) => {
                  const cell = model.cells[r][c];
                  const label = describeCell(from, to, cell, query, lang);
                  const partial = partialOf(cell);
                  const kind = cell.egress === 'self' ? 'self' : cell.allowed ? 'ok' : partial ? 'partial' : 'no';
                  return (
                    <td key={to.id}>
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
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
