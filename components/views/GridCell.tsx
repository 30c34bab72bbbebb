'use client';
import type { useRovingGrid } from './rovingGrid';

interface Props {
  grid: ReturnType<typeof useRovingGrid>;
  row: number;
  col: number;
  /** `ok`, `no`, `danger`, `self`: the cell's class (colour plus symbol, never colour alone). */
  kind: string;
  symbol: string;
  /** The cell's full sentence for screen readers and the tooltip. */
  label: string;
  pressed: boolean;
  allowed: boolean;
  onActivate: () => void;
  /** Extra data-* attributes for tests and outside checks. */
  data: Record<string, string>;
}

/** One cell of a keyboard-navigable truth table (roving tabindex): a button that explains itself. */
export function GridCell({ grid, row, col, kind, symbol, label, pressed, allowed, onActivate, data }: Props) {
  const dataAttributes = Object.fromEntries(Object.entries(data).map(([k, v]) => [`data-${k}`, v]));
  return (
    <button
      type="button"
      className={`grid-cell ${kind}`}
      data-row={row}
      data-col={col}
      data-allowed={allowed}
      {...dataAttributes}
      tabIndex={grid.tabIndexFor(row, col)}
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      onFocus={() => grid.setActive({ row, col })}
      onClick={onActivate}
    >
      <span aria-hidden="true">{symbol}</span>
    </button>
  );
}
