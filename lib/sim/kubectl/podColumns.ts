// `kubectl get pods` columns (printers.go printPod): READY, STATUS, RESTARTS, and the wide ones.
import type { KubeObject } from '../types';
import { arr, containersOf, rec, str } from '../apiserver/objectData';
import type { RowContext } from './tableColumns';
import { humanDuration, nowAt } from '../apiserver/clock';
import { createdAt } from '../apiserver/events';

function podReady(pod: KubeObject): boolean {
  const status = rec(pod.status);
  if (str(status.phase, 'Running') !== 'Running') return false;
  return !arr(status.conditions).some((c) => rec(c).type === 'Ready' && rec(c).status === 'False');
}

/** NAME READY STATUS RESTARTS AGE */
export function podColumns(pod: KubeObject, ctx: RowContext): string[] {
  const total = containersOf(pod.spec).length;
  const ready = podReady(pod) ? total : 0;
  const status = str(rec(pod.status).reason) || str(rec(pod.status).phase, 'Running');
  return [str(pod.metadata.name), `${ready}/${total}`, status, '0', humanDuration(nowAt(ctx.tick) - createdAt(pod))];
}

/** IP NODE NOMINATED NODE READINESS GATES */
export function podWideColumns(pod: KubeObject): string[] {
  const status = rec(pod.status);
  const gates = arr(rec(pod.spec).readinessGates).length;
  return [str(status.podIP, '<none>'), str(rec(pod.spec).nodeName, '<none>'), str(status.nominatedNodeName, '<none>'), gates > 0 ? `0/${gates}` : '<none>'];
}
