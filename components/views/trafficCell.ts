// Pure (no simulator import): the main thread builds the question, the page worker answers it.
import type { ObjectRef } from '@/lib/sim';
import type { MatrixCell, TrafficNode, TrafficQuery } from './trafficModel';

/** Two references to the same pod? */
function samePod(a: ObjectRef, b: ObjectRef): boolean {
  return a.namespace === b.namespace && a.name === b.name;
}

/**
 * The pods (typed `{ pod }` ends: that pod only, never text resolved again) and port to put to
 * evaluateTraffic to explain one cell (the deciding probe). `self`: the cell is a pod to itself.
 */
export function cellQuestion(from: TrafficNode, to: TrafficNode, cell: MatrixCell, query: TrafficQuery) {
  const source = from.pods[0];
  const destination = to.pods.find((p) => !samePod(p, source)) ?? to.pods[0];
  const probe = cell.probes.find((p) => !p.allowed) ?? cell.probes[0];
  const ends = { from: { pod: source }, to: { pod: destination }, self: samePod(source, destination) };
  if (probe) return { ...ends, port: probe.port, protocol: probe.protocol };
  return { ...ends, port: query.port ?? 80, protocol: query.protocol };
}
