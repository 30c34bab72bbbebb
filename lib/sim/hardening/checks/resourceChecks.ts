// cpu/memory requests and limits missing (containers and init containers).
import { msg } from '../../messages';
import { get, isSet } from '../../podsecurity/read';
import type { ContainerRef } from '../../podsecurity/types';
import { buildFinding, type HardeningContext } from '../buildFinding';
import type { Finding } from '../types';
import { containerLabel, containerTarget } from '../words';

const RESOURCES = [
  { id: 'cpu-requests-missing', kind: 'requests', resource: 'cpu', example: '100m' },
  { id: 'cpu-limits-missing', kind: 'limits', resource: 'cpu', example: '500m' },
  { id: 'memory-requests-missing', kind: 'requests', resource: 'memory', example: '128Mi' },
  { id: 'memory-limits-missing', kind: 'limits', resource: 'memory', example: '256Mi' },
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
    const set =
      isQuantity(get(ref.container, 'resources', r.kind, r.resource)) ||
      (r.kind === 'requests' && isQuantity(get(ref.container, 'resources', 'limits', r.resource)));
    if (set) continue;
    const field = `resources.${r.kind}.${r.resource}`;
    findings.push(
      buildFinding(r.id, {
        path: `${ref.path}.${field}`,
        container: ref.name,
        message: msg('hardening.resourceFindings', { field, r: msg(`hardening.resource.${r.id}`, {}), who }),
        fix: msg('hardening.resourceFindings.1', { p0: r.example, target, field }),
      }),
    );
  }
  return findings;
}
