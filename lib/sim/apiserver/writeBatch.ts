/**
 * Writes of one `kubectl apply|create -f` stored together. Upstream, kubectl sends one request
 * per object in file order (staging/src/k8s.io/kubectl/pkg/cmd/apply/apply.go applyOneObject;
 * create.go), and the API server authorizes, admits and stores each before the next arrives
 * (staging/src/k8s.io/apiserver/pkg/endpoints/handlers/create.go): a later object sees the earlier
 * ones. Here a write whose object no later request can observe except by its own key (a Pod: no
 * admission plugin, RBAC or ServiceAccount check reads other pods) is held as pending; the
 * snapshot (indexes, network, RBAC) is rebuilt once for the pending writes, before any other
 * write and at the end, as kubectl delete does (kubectl/cmdDelete.ts DeleteBatch).
 */
import type { Cluster, KubeObject } from '../types';
import { labelsOf, nameOf, namespaceOf, rec } from './objectData';
import { objectKey, putObjects } from './store';
import type { RequestContext } from './types';

/** Admission policies that may read pods as their parameters (spec.paramKind), which a pending pod would hide. */
const PARAM_KINDS = ['ValidatingAdmissionPolicy', 'MutatingAdmissionPolicy'];

function podsAreParams(cluster: Cluster): boolean {
  return PARAM_KINDS.some((kind) => (cluster.byKind.get(kind) ?? []).some((p) => rec(rec(p.spec).paramKind).kind === 'Pod'));
}

/** A control-plane static pod replaces minikube's (cmdApply replaceStaticPod reads the declared pods). */
function staticPod(object: KubeObject): boolean {
  return namespaceOf(object) === 'kube-system' && labelsOf(object).component !== undefined;
}

export class WriteBatch {
  private readonly pending = new Map<string, KubeObject>();
  private paramsChecked: Cluster | undefined;
  private paramsRead = false;

  constructor(private readonly env: RequestContext) {}

  private keyOf(object: KubeObject): string {
    return objectKey(object.kind, namespaceOf(object), nameOf(object));
  }

  /** May this object's write be held (its kind unobserved by other writes, its key not pending)? */
  accepts(object: KubeObject): boolean {
    if (object.kind !== 'Pod' || staticPod(object) || this.pending.has(this.keyOf(object))) return false;
    if (this.paramsChecked !== this.env.cluster) {
      this.paramsChecked = this.env.cluster;
      this.paramsRead = podsAreParams(this.env.cluster);
    }
    return !this.paramsRead;
  }

  /** Hold a stored object (the caller checked `accepts`). */
  add(object: KubeObject): void {
    this.pending.set(this.keyOf(object), object);
  }

  /** Store every pending write: one snapshot rebuild. */
  flush(): void {
    if (this.pending.size === 0) return;
    const objects = [...this.pending.values()];
    this.pending.clear();
    this.env.cluster = putObjects(this.env.cluster, objects);
  }
}
