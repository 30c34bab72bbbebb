// cpu/memory requests and limits missing (containers and init containers).
import { get, isSet } from '../../podsecurity/read';
import type { ContainerRef } from '../../podsecurity/types';
import { buildFinding, type HardeningContext } from '../buildFinding';
import type { Finding } from '../types';
import { containerLabel, containerTarget } from '../words';

const RESOURCES = [
  { id: 'cpu-requests-missing', kind: 'requests', resource: 'cpu', example: '100m', en: 'no CPU request', es: 'ningún request de CPU' },
  { id: 'cpu-limits-missing', kind: 'limits', resource: 'cpu', example: '500m', en: 'no CPU limit', es: 'ningún límite de CPU' },
  { id: 'memory-requests-missing', kind: 'requests', resource: 'memory', example: '128Mi', en: 'no memory request', es: 'ningún request de memoria' },
  { id: 'memory-limits-missing', kind: 'limits', resource: 'memory', example: '256Mi', en: 'no memory limit', es: 'ningún límite de memoria' },
] as const;

function isQuantity(value: unknown): boolean {
  return isSet(value) && value !== '';
}

/**
 * Missing requests or limits. A limit without a request also sets the request (API defaulting
 * in kubernetes pkg/apis/core/v1/defaults.go), so only a container with neither lacks a request.
 * SIMPLIFICATION(k8s): LimitRange defaults of the namespace are not considered.
 */
export function resourceFindings(_ctx: HardeningContext, ref: ContainerRef): Finding[] {
  if (ref.field === 'ephemeralContainers') return [];
  const who = containerLabel(ref);
  const target = containerTarget(ref);
  const findings: Finding[] = [];
  for (const r of RESOURCES) {
    const set = isQuantity(get(ref.container, 'resources', r.kind, r.resource))
      || (r.kind === 'requests' && isQuantity(get(ref.container, 'resources', 'limits', r.resource)));
    if (set) continue;
    const field = `resources.${r.kind}.${r.resource}`;
    findings.push(buildFinding(r.id, {
      path: `${ref.path}.${field}`, container: ref.name,
      message: { en: `${who.en} sets ${r.en} (${field})`, es: `${who.es} no fija ${r.es} (${field})` },
      fix: { en: `set ${field} on ${target.en}, e.g. ${r.example}`, es: `poné ${field} en ${target.es}, por ejemplo ${r.example}` },
    }));
  }
  return findings;
}
