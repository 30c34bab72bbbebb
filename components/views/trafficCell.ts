// Pure (no simulator import): the main thread builds the question, the page worker answers it.
import type { MatrixCell, TrafficNode, TrafficQuery } from './trafficModel';

/** The pods and port to put to evaluateTraffic to explain one cell (the deciding probe). */
export function cellQuestion(from: TrafficNode, to: TrafficNode, cell: MatrixCell, query: TrafficQuery) {
  const source = from.pods[0];
  const destination = to.pods.find((p) => p !== source) ?? to.pods[0];
  const probe = cell.probes.find((p) => !p.allowed) ?? cell.probes[0];
  if (probe) return { from: source, to: destination, port: probe.port, protocol: probe.protocol };
  return { from: source, to: destination, port: query.port ?? 80, protocol: query.protocol };
}
