// Partial reachability of a matrix cell: pure, shared by the worker-side model and the UI.
import type { TrafficMatrix } from '@/lib/sim';

type MatrixCell = TrafficMatrix['cells'][number][number];

/** Allowed on some ports of the destination but not all (the cell itself counts as denied). */
export function partialOf(cell: Pick<MatrixCell, 'probes'>): { allowed: number; total: number } | undefined {
  const total = cell.probes.length;
  const allowed = cell.probes.filter((p) => p.allowed).length;
  return total > 1 && allowed > 0 && allowed < total ? { allowed, total } : undefined;
}
