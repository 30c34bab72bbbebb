/**
 * The ServiceAccount admission plugin's existence check: a pod must run as a ServiceAccount
 * that exists in its namespace, else the API server rejects it with
 * `pods "<pod>" is forbidden: error looking up service account <ns>/<sa>: serviceaccount "<sa>" not found`.
 * A workload (Deployment, Job, ...) naming a missing account is itself admitted, but its
 * controller's pod creations are rejected the same way, so it never gets pods.
 * Upstream: kubernetes plugin/pkg/admission/serviceaccount/admission.go (Validate → getServiceAccount);
 * docs reference/access-authn-authz/service-accounts-admin/#serviceaccount-admission-controller.
 */
import { msg, type Message } from '../messages';
import type { KubeObject } from '../types';
import { asRecord } from './objectUtils';
import { isWorkloadKind } from './workloads';

/** The pod spec of a Pod, or the pod template's spec of a workload (CronJob: its job template). */
export function podSpecOf(object: KubeObject): Record<string, unknown> | undefined {
  const spec = asRecord(object.spec);
  if (object.kind === 'Pod') return spec;
  if (!isWorkloadKind(object.kind)) return undefined;
  const jobSpec = object.kind === 'CronJob' ? asRecord(asRecord(spec.jobTemplate).spec) : spec;
  return asRecord(asRecord(jobSpec.template).spec);
}

/** The ServiceAccount a pod spec runs as (`serviceAccountName`, the deprecated `serviceAccount`, else `default`). */
export function serviceAccountOf(podSpec: Record<string, unknown>): string {
  for (const field of ['serviceAccountName', 'serviceAccount']) {
    const value = podSpec[field];
    if (typeof value === 'string' && value !== '') return value;
  }
  return 'default';
}

/** `ns/name` of every ServiceAccount among the objects. Every namespace also has `default`. */
export function accountKeys(objects: readonly KubeObject[]): Set<string> {
  return new Set(objects.filter((o) => o.kind === 'ServiceAccount').map((o) => `${String(o.metadata.namespace ?? 'default')}/${String(o.metadata.name)}`));
}

/** The missing ServiceAccount a Pod or workload's pods would run as, or undefined when it exists. */
export function missingServiceAccount(object: KubeObject, accounts: ReadonlySet<string>): string | undefined {
  const podSpec = podSpecOf(object);
  if (!podSpec) return undefined;
  const name = serviceAccountOf(podSpec);
  const namespace = typeof object.metadata.namespace === 'string' && object.metadata.namespace !== '' ? object.metadata.namespace : 'default';
  return name === 'default' || accounts.has(`${namespace}/${name}`) ? undefined : name;
}

/**
 * Why the API server rejects this Pod (or the pods of this workload), in the API's own words
 * and explained (a message, worded at the edge), or undefined when they are admitted (as far as the ServiceAccount goes).
 */
export function podRejection(object: KubeObject, accounts: ReadonlySet<string>): Message | undefined {
  const name = missingServiceAccount(object, accounts);
  if (name === undefined) return undefined;
  const ns = typeof object.metadata.namespace === 'string' && object.metadata.namespace !== '' ? object.metadata.namespace : 'default';
  const apiError = `error looking up service account ${ns}/${name}: serviceaccount "${name}" not found`;
  const label = `${object.kind} ${ns}/${String(object.metadata.name)}`;
  if (object.kind === 'Pod') return msg('cluster.podRejected', { label, pod: String(object.metadata.name), error: apiError, name, ns });
  return msg('cluster.workloadPodsRejected', { label, error: apiError, name, ns });
}
