// Cross-object checks of Services and pod-creating objects.
import type { PodInfo } from '../types';
import { asArray, asRecord } from './objectUtils';
import { mapSelectorMatches } from './labelSelector';
import { buildServiceInfo } from './services';
import { msg } from '../messages';
import { objectParams, type CheckContext, type CheckEntry } from './checkContext';
import { isWorkloadKind } from './workloads';

/**
 * Warns when a Service's selector matches no pod (no endpoints: connections to it fail) and
 * when a named targetPort exists on none of its pods (EndpointSlice controller skips such
 * pods for that port). Upstream: docs concepts/services-networking/service ("Services without
 * selectors", "targetPort ... a string ... named port").
 */
export function checkServices(ctx: CheckContext): void {
  for (const entry of ctx.entries) {
    if (entry.object.kind !== 'Service') continue;
    const info = buildServiceInfo(entry.object);
    if (info.selector === undefined || Object.keys(info.selector).length === 0) continue;
    const backends = ctx.podsIn(info.namespace).filter((pod) => mapSelectorMatches(info.selector, pod.labels));
    if (backends.length === 0) {
      reportNoPods(ctx, entry);
      continue;
    }
    asArray(asRecord(entry.object.spec).ports).forEach((port, i) => {
      const record = asRecord(port);
      if (typeof record.targetPort !== 'string') return;
      if (!backends.some((pod) => hasNamedPort(pod, record.targetPort as string, record.protocol))) {
        reportTargetPort(ctx, entry, i, record.targetPort);
      }
    });
  }
}

function hasNamedPort(pod: PodInfo, name: string, protocol: unknown): boolean {
  return pod.ports.some((p) => p.name === name && p.protocol === (typeof protocol === 'string' ? protocol : 'TCP'));
}

function reportNoPods(ctx: CheckContext, entry: CheckEntry): void {
  const selector = Object.entries(asRecord(asRecord(entry.object.spec).selector))
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(',');
  ctx.report(entry, {
    severity: 'warning',
    code: 'service-selects-no-pod',
    path: 'spec.selector',
    text: msg('cluster.serviceSelectsNone', { ...objectParams(entry.object), selector }),
  });
}

function reportTargetPort(ctx: CheckContext, entry: CheckEntry, index: number, name: string): void {
  ctx.report(entry, {
    severity: 'warning',
    code: 'service-target-port-unmatched',
    path: `spec.ports[${index}].targetPort`,
    text: msg('cluster.serviceTargetPort', { ...objectParams(entry.object), index, name }),
  });
}

/**
 * Warns when a Pod, or the pod template of a workload, names a ServiceAccount that does not
 * exist in its namespace: the ServiceAccount admission plugin rejects such pods ("error
 * looking up service account"), so a workload's controller cannot create them. Every
 * namespace has `default`. Upstream: plugin/pkg/admission/serviceaccount.
 */
export function checkServiceAccounts(ctx: CheckContext): void {
  const accounts = new Set((ctx.cluster.byKind.get('ServiceAccount') ?? []).map((sa) => `${String(sa.metadata.namespace)}/${String(sa.metadata.name)}`));
  for (const entry of ctx.entries) {
    const { object } = entry;
    const isPod = object.kind === 'Pod';
    if (!isPod && !isWorkloadKind(object.kind)) continue;
    const spec = asRecord(object.spec);
    const prefix = isPod ? 'spec' : object.kind === 'CronJob' ? 'spec.jobTemplate.spec.template.spec' : 'spec.template.spec';
    const podSpec = isPod ? spec : object.kind === 'CronJob' ? templateSpec(asRecord(spec.jobTemplate).spec) : templateSpec(spec);
    const name = podSpec.serviceAccountName;
    if (typeof name !== 'string' || accounts.has(`${String(object.metadata.namespace)}/${name}`)) continue;
    reportMissingAccount(ctx, entry, `${prefix}.serviceAccountName`, name, isPod);
  }
}

function templateSpec(spec: unknown): Record<string, unknown> {
  return asRecord(asRecord(asRecord(spec).template).spec);
}

function reportMissingAccount(ctx: CheckContext, entry: CheckEntry, path: string, name: string, isPod: boolean): void {
  const ns = String(entry.object.metadata.namespace);
  ctx.report(entry, {
    // A Pod is rejected (an error, as `kubectl apply` fails); a workload is accepted without pods.
    severity: isPod ? 'error' : 'warning',
    code: 'pod-missing-service-account',
    path,
    text: msg('cluster.missingServiceAccount', { ...objectParams(entry.object), name, ns, pod: isPod }),
  });
}
