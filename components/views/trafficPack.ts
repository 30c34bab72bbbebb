// Pure (no simulator import): the traffic model as it crosses from the page worker to the page.
// A matrix of n nodes has n² cells but few distinct ones (a 2,000-pod world combined into 200
// nodes: 40,000 cells, about 300 distinct, 9 MB as objects). Copying them into the page took
// longer than building them; the worker sends each distinct cell once and a typed array of
// indexes (copied as one block), and the page points every cell at its shared object.
import type { MatrixCell, TrafficModel } from './trafficModel';

export interface PackedTrafficModel extends Omit<TrafficModel, 'cells'> {
  /** Each distinct cell once. */
  cellKinds: MatrixCell[];
  /** `cellKinds` index of the cell `from` → `to`, at `from * nodes.length + to`. */
  cellIndex: Uint32Array;
}

/** Worker side: each distinct cell once, and where each goes. */
export function packTrafficModel(model: TrafficModel): PackedTrafficModel {
  const { cells, ...rest } = model;
  const n = model.nodes.length;
  const cellKinds: MatrixCell[] = [];
  const byObject = new Map<MatrixCell, number>();
  const byText = new Map<string, number>();
  const cellIndex = new Uint32Array(n * n);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      const cell = cells[r][c];
      let kind = byObject.get(cell);
      if (kind === undefined) {
        const text = JSON.stringify(cell);
        kind = byText.get(text);
        if (kind === undefined) {
          kind = cellKinds.push(cell) - 1;
          byText.set(text, kind);
        }
        byObject.set(cell, kind);
      }
      cellIndex[r * n + c] = kind;
    }
  }
  return { ...rest, cellKinds, cellIndex };
}

/** Page side: the model with `cells[from][to]` again (shared cell objects: treat them as read-only). */
export function unpackTrafficModel(packed: PackedTrafficModel): TrafficModel {
  const { cellKinds, cellIndex, ...rest } = packed;
  const n = packed.nodes.length;
  const cells: MatrixCell[][] = [];
  for (let r = 0; r < n; r++) {
    const row = new Array<MatrixCell>(n);
    for (let c = 0; c < n; c++) row[c] = cellKinds[cellIndex[r * n + c]];
    cells.push(row);
  }
  return { ...rest, cells };
}
