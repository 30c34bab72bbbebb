/**
 * Writes of one `kubectl apply|create -f` stored together. Upstream, kubectl sends one request
 * per object in file order (staging/src/k8s.io/kubectl/pkg/cmd/apply/apply.go applyOneObject;
 * create.go), and the API server authorizes, admits and stores each before the next arrives
 * (staging/src/k8s.io/apiserver/pkg/endpoints/handlers/create.go): a later object sees the earlier
 * ones. Here a write whose object no later request can observe except by its own key (a Pod or a
 * ConfigMap: no admission plugin, RBAC or ServiceAccount check reads them) is held as pending; the
 * snapshot (indexes, network, RBAC) is rebuilt once for the pending writes, before any other
 * write and at the end, as kubectl delete does (kubectl/cmdDelete.ts DeleteBatch).
 */
import type { Cluster, KubeObject } from '../types';
import { labelsOf, nameOf, namespaceOf, rec } from './objectData';
import { objectKey, putObjects } from './store';
import type { RequestContext } from './types';

/**
 * Kinds no admission plugin, RBAC or ServiceAccount check of another write reads (ConfigMaps only as
 * a policy's parameters, see below), so a pending one changes no later verdict.
 */
const HELD_KINDS = new Set(['Pod', 'ConfigMap']);

/** Admission policies that may read objects as their parameters (spec.paramKind), which a pending one would hide. */
const POLICY_KINDS = ['ValidatingAdmissionPolicy', 'MutatingAdmissionPolicy'];

function paramKinds(cluster: Cluster): Set<unknown> {
  return new Set(POLICY_KINDS.flatMap((kind) => (cluster.byKind.get(kind) ?? []).map((p) => rec(rec(p.spec).paramKind).kind)));
}

/** A control-plane static pod replaces minikube's (cmdApply replaceStaticPod reads the declared pods). */
function staticPod(object: KubeObject): boolean {
  return object.kind === 'Pod' && namespaceOf(object) === 'kube-system' && labelsOf(object).component !== undefined;
}

export class WriteBatch {
  private readonly pending = new Map<string, KubeObject>();
  private paramsChecked: Cluster | undefined;
  private params = new Set<unknown>();

  constructor(private readonly env: RequestContext) {}

  private keyOf(object: KubeObject): string {
    return objectKey(object.kind, namespaceOf(object), nameOf(object));
  }

  /** May this object's write be held (its kind unobserved by other writes, its key not pending)? */
  accepts(object: KubeObject): boolean {
    if (!HELD_KINDS.has(object.kind) || staticPod(object) || this.pending.has(this.keyOf(object))) return false;
    if (this.paramsChecked !== this.env.cluster) {
      this.paramsChecked = this.env.cluster;
      this.params = paramKinds(this.env.cluster);
    }
    return !this.params.has(object.kind);
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
