/**
 * The bodies of a DELETE, as an audit event at RequestResponse records them:
 * - request: the DeleteOptions kubectl sends (pkg/cmd/delete/delete.go: cascade=background →
 *   propagationPolicy Background; --dry-run=server → dryRun [All]);
 * - response: what the registry returns (k8s.io/apiserver pkg/registry/generic/registry/store.go
 *   finalizeDelete): the object itself for pods (graceful deletion, deletionTimestamp and
 *   deletionGracePeriodSeconds set; pkg/registry/core/pod ReturnDeletedObject), services
 *   (ReturnDeletedObject) and namespaces (finalized asynchronously: phase Terminating);
 *   a Status Success with details for everything else.
 */
import type { KubeObject } from '../types';
import { formatRfc3339, nowAt } from './clock';
import { cloneJson } from './objectData';
import type { DryRun } from './types';
import type { ResourceInfo } from './resourceTypes';
import type { RequestContext } from './types';

export function deleteOptions(dryRun: DryRun): Record<string, unknown> {
  return { kind: 'DeleteOptions', apiVersion: 'v1', propagationPolicy: 'Background', ...(dryRun === 'server' ? { dryRun: ['All'] } : {}) };
}

function gracePeriod(pod: KubeObject): number {
  const spec = pod.spec as { terminationGracePeriodSeconds?: unknown } | undefined;
  return typeof spec?.terminationGracePeriodSeconds === 'number' ? spec.terminationGracePeriodSeconds : 30;
}

export function deletedResponse(env: RequestContext, info: ResourceInfo, found: KubeObject): unknown {
  const now = nowAt(env.tick);
  if (info.kind === 'Pod') {
    const copy = cloneJson(found);
    const grace = gracePeriod(found);
    copy.metadata = { ...copy.metadata, deletionTimestamp: formatRfc3339(now + grace * 1000), deletionGracePeriodSeconds: grace };
    return copy;
  }
  if (info.kind === 'Namespace') {
    const copy = cloneJson(found);
    copy.metadata = { ...copy.metadata, deletionTimestamp: formatRfc3339(now) };
    copy.status = { ...(copy.status as Record<string, unknown> | undefined), phase: 'Terminating' };
    return copy;
  }
  if (info.kind === 'Service') return cloneJson(found);
  const uid = typeof found.metadata.uid === 'string' ? { uid: found.metadata.uid } : {};
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Success',
    details: { name: found.metadata.name, ...(info.group ? { group: info.group } : {}), kind: info.resource, ...uid },
  };
}
