'use client';
import { useState } from 'react';
import type { Lang } from '@/lib/i18n/languages';
import { tf, tv } from '@/lib/i18n/views';
import { windowStart, type useRovingGrid } from './rovingGrid';

/** The part of a large grid that is drawn: rows [rowFrom, rowTo) and columns [colFrom, colTo). */
export interface GridSlice {
  rowFrom: number;
  rowTo: number;
  colFrom: number;
  colTo: number;
}

/**
 * A window over a large grid that follows its roving focus: a 200 × 200 traffic matrix draws
 * 20 × 12 cells, and the arrow keys (Page Up/Down, Ctrl+Home/End) still reach every cell, the
 * window moving with them. Small grids are drawn whole.
 */
export function useGridWindow(grid: ReturnType<typeof useRovingGrid>, rows: number, cols: number, size: { rows: number; cols: number }): GridSlice {
  const [start, setStart] = useState({ row: 0, col: 0 });
  const row = windowStart(grid.active.row, start.row, size.rows, rows);
  const col = windowStart(grid.active.col, start.col, size.cols, cols);
  // Adjusting state while rendering (React's pattern for state derived from other state).
  if (row !== start.row || col !== start.col) setStart({ row, col });
  return { rowFrom: row, rowTo: Math.min(rows, row + size.rows), colFrom: col, colTo: Math.min(cols, col + size.cols) };
}

interface ControlsProps {
  lang: Lang;
  grid: ReturnType<typeof useRovingGrid>;
  slice: GridSlice;
  rows: number;
  cols: number;
}

/** Where the window is, and buttons that move it (for pointer users; the keyboard moves it from the cells). */
export function GridWindowControls({ lang, grid, slice, rows, cols }: ControlsProps) {
  if (slice.rowTo - slice.rowFrom >= rows && slice.colTo - slice.colFrom >= cols) return null;
  const rowPage = slice.rowTo - slice.rowFrom;
  const colPage = slice.colTo - slice.colFrom;
  const move = (row: number, col: number) => grid.setActive({ row: Math.max(0, Math.min(rows - 1, row)), col: Math.max(0, Math.min(cols - 1, col)) });
  const buttons: { key: 'windowUp' | 'windowDown' | 'windowLeft' | 'windowRight'; disabled: boolean; go: () => void }[] = [
    { key: 'windowUp', disabled: slice.rowFrom === 0, go: () => move(slice.rowFrom - rowPage, slice.colFrom) },
    { key: 'windowDown', disabled: slice.rowTo >= rows, go: () => move(slice.rowTo + rowPage - 1, slice.colFrom) },
    { key: 'windowLeft', disabled: slice.colFrom === 0, go: () => move(slice.rowFrom, slice.colFrom - colPage) },
    { key: 'windowRight', disabled: slice.colTo >= cols, go: () => move(slice.rowFrom, slice.colTo + colPage - 1) },
  ];
  return (
    <div className="grid-window" data-testid="grid-window">
      <p className="view-note" aria-live="polite">
        {tf(lang, 'gridWindow', {
          rowFrom: slice.rowFrom + 1,
          rowTo: slice.rowTo,
          rows,
          colFrom: slice.colFrom + 1,
          colTo: slice.colTo,
          cols,
        })}
      </p>
      <div className="playground-tools">
        {buttons.map((b) => (
          <button key={b.key} type="button" className="button secondary" disabled={b.disabled} onClick={b.go} data-testid={`grid-${b.key}`}>
            {tv(lang, b.key)}
          </button>
        ))}
      </div>
    </div>
  );
}
