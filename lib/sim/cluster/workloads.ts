// Expansion of workloads into the objects their controllers create, with kubectl-like names.
import type { KubeObject, OwnerRef } from '../types';
import { asInt, asRecord, isRecord, toStringMap, type JsonRecord } from './objectUtils';
import { fnv1a32, nameSuffix, templateHash } from '../support/hash';
import type { NodeSlot } from './nodes';

/**
 * At most this many pods per workload, and in the whole cluster, are generated.
 * SIMPLIFICATION(k8s): a real controller creates every replica; the simulator creates the
 * first 1,000 of a workload (20,000 in all) and says so with the `workload-replicas-capped`
 * diagnostic on `spec.replicas`, so a `replicas: 100000` typo cannot freeze the page.
 */
export const MAX_REPLICAS = 1000;
export const MAX_GENERATED_PODS = 20_000;

export interface GeneratedPod {
  pod: KubeObject;
  /** Top-level workload (`Deployment/web`). */
  owner: OwnerRef;
}

export interface Expansion {
  /** Intermediate objects (ReplicaSets of Deployments, Jobs of CronJobs). */
  objects: KubeObject[];
  pods: GeneratedPod[];
  /** Workloads whose replica count was capped (`Deployment ns/name`). */
  capped: KubeObject[];
}

export interface ExpansionContext {
  nodes: readonly NodeSlot[];
  /** `namespace/name` of every pod name already taken. */
  taken: Set<string>;
  budget: { left: number };
}

const WORKLOAD_KINDS = new Set(['Deployment', 'ReplicaSet', 'ReplicationController', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob']);

/** Is this kind expanded into pods? */
export function isWorkloadKind(kind: string): boolean {
  return WORKLOAD_KINDS.has(kind);
}

/**
 * Expands one workload the way its controllers would (Deployment → ReplicaSet
 * `<name>-<pod-template-hash>` → pods `<rs>-<5 chars>`; StatefulSet → `<name>-0..n-1`;
 * DaemonSet → one pod per node whose labels match the template's nodeSelector; Job →
 * `parallelism` pods (capped by completions) `<job>-<5 chars>`; CronJob → one Job
 * `<name>-<8 digits>` → its pods). Suspended Jobs/CronJobs have no pods. Upstream:
 * `pkg/controller/{deployment,replicaset,statefulset,daemon,job,cronjob}`.
 * SIMPLIFICATION(k8s): the snapshot is the converged state; a CronJob is shown with one
 * (deterministically named) Job, as if it had fired once.
 */
export function expandWorkload(workload: KubeObject, ctx: ExpansionContext): Expansion {
  const out: Expansion = { objects: [], pods: [], capped: [] };
  const owner: OwnerRef = { kind: workload.kind, name: String(workload.metadata.name) };
  const spec = asRecord(workload.spec);
  switch (workload.kind) {
    case 'Deployment':
      expandDeployment(workload, spec, owner, ctx, out);
      break;
    case 'ReplicaSet':
    case 'ReplicationController':
      addReplicas(workload, spec, String(workload.metadata.name), {}, owner, ctx, out);
      break;
    case 'StatefulSet':
      expandStatefulSet(workload, spec, owner, ctx, out);
      break;
    case 'DaemonSet':
      expandDaemonSet(workload, spec, owner, ctx, out);
      break;
    case 'Job':
      expandJob(workload, spec, owner, ctx, out);
      break;
    case 'CronJob':
      expandCronJob(workload, spec, owner, ctx, out);
      break;
  }
  return out;
}

function replicaCount(workload: KubeObject, value: unknown, out: Expansion): number {
  const wanted = Math.max(0, asInt(value) ?? 1);
  if (wanted > MAX_REPLICAS) out.capped.push(workload);
  return Math.min(wanted, MAX_REPLICAS);
}

function expandDeployment(workload: KubeObject, spec: JsonRecord, owner: OwnerRef, ctx: ExpansionContext, out: Expansion): void {
  const hash = templateHash(JSON.stringify(spec.template ?? null));
  const name = `${String(workload.metadata.name)}-${hash}`;
  const labels = { 'pod-template-hash': hash };
  const template = withLabels(spec.template, labels);
  const selector = asRecord(spec.selector);
  const rs: KubeObject = {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name, namespace: workload.metadata.namespace, labels: { ...templateLabels(spec.template), ...labels }, ownerReferences: [ownerRef(workload)] },
    spec: { replicas: spec.replicas, selector: { ...selector, matchLabels: { ...toStringMap(selector.matchLabels), ...labels } }, template },
  };
  out.objects.push(rs);
  addReplicas(rs, asRecord(rs.spec), name, {}, owner, ctx, out, workload);
}

function addReplicas(
  controller: KubeObject,
  spec: JsonRecord,
  prefix: string,
  extraLabels: Record<string, string>,
  owner: OwnerRef,
  ctx: ExpansionContext,
  out: Expansion,
  topLevel: KubeObject = controller,
): void {
  const count = replicaCount(topLevel, spec.replicas, out);
  for (let i = 0; i < count && ctx.budget.left > 0; i++) {
    const name = uniqueName(ctx, controller, prefix, i);
    addPod(controller, spec.template, name, extraLabels, owner, ctx, out);
  }
}

function uniqueName(ctx: ExpansionContext, controller: KubeObject, prefix: string, index: number): string {
  const namespace = String(controller.metadata.namespace);
  for (let attempt = 0; ; attempt++) {
    const name = `${prefix}-${nameSuffix(`${namespace}/${prefix}/${index}/${attempt}`)}`;
    if (!ctx.taken.has(`${namespace}/${name}`) || attempt > 50) return name;
  }
}

function expandStatefulSet(workload: KubeObject, spec: JsonRecord, owner: OwnerRef, ctx: ExpansionContext, out: Expansion): void {
  const base = String(workload.metadata.name);
  const revision = `${base}-${templateHash(JSON.stringify(spec.template ?? null))}`;
  const count = replicaCount(workload, spec.replicas, out);
  for (let i = 0; i < count && ctx.budget.left > 0; i++) {
    const name = `${base}-${i}`;
    const labels = { 'controller-revision-hash': revision, 'statefulset.kubernetes.io/pod-name': name, 'apps.kubernetes.io/pod-index': String(i) };
    const pod = addPod(workload, spec.template, name, labels, owner, ctx, out);
    const podSpec = asRecord(pod?.spec);
    podSpec.hostname ??= name;
    if (typeof spec.serviceName === 'string') podSpec.subdomain ??= spec.serviceName;
  }
}

function expandDaemonSet(workload: KubeObject, spec: JsonRecord, owner: OwnerRef, ctx: ExpansionContext, out: Expansion): void {
  const base = String(workload.metadata.name);
  const hash = templateHash(JSON.stringify(spec.template ?? null));
  const nodeSelector = toStringMap(asRecord(asRecord(spec.template).spec).nodeSelector);
  for (const slot of ctx.nodes) {
    if (ctx.budget.left <= 0) break;
    const matches = Object.keys(nodeSelector).every((key) => slot.info.labels[key] === nodeSelector[key]);
    if (!matches) continue;
    const name = uniqueName(ctx, workload, base, fnv1a32(slot.info.name));
    const labels = { 'controller-revision-hash': hash, 'pod-template-generation': '1' };
    const pod = addPod(workload, spec.template, name, labels, owner, ctx, out);
    if (pod !== undefined) asRecord(pod.spec).nodeName = slot.info.name;
  }
}

function expandJob(job: KubeObject, spec: JsonRecord, owner: OwnerRef, ctx: ExpansionContext, out: Expansion, top: KubeObject = job): void {
  if (spec.suspend === true) return;
  const parallelism = replicaCount(top, spec.parallelism, out);
  const completions = asInt(spec.completions);
  const count = completions === undefined ? parallelism : Math.min(parallelism, Math.max(0, completions));
  const base = String(job.metadata.name);
  const labels = { 'batch.kubernetes.io/job-name': base, 'job-name': base };
  for (let i = 0; i < count && ctx.budget.left > 0; i++) {
    addPod(job, spec.template, uniqueName(ctx, job, base, i), labels, owner, ctx, out);
  }
}

function expandCronJob(cron: KubeObject, spec: JsonRecord, owner: OwnerRef, ctx: ExpansionContext, out: Expansion): void {
  if (spec.suspend === true) return;
  const base = String(cron.metadata.name);
  const minutes = 29_000_000 + (fnv1a32(`${String(cron.metadata.namespace)}/${base}`) % 1_000_000);
  const jobTemplate = asRecord(spec.jobTemplate);
  const job: KubeObject = {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: {
      name: `${base}-${minutes}`,
      namespace: cron.metadata.namespace,
      labels: toStringMap(asRecord(jobTemplate.metadata).labels),
      ownerReferences: [ownerRef(cron)],
    },
    spec: jobTemplate.spec ?? {},
  };
  out.objects.push(job);
  expandJob(job, asRecord(job.spec), owner, ctx, out, cron);
}

function addPod(
  controller: KubeObject,
  template: unknown,
  name: string,
  extraLabels: Record<string, string>,
  owner: OwnerRef,
  ctx: ExpansionContext,
  out: Expansion,
): KubeObject | undefined {
  const namespace = String(controller.metadata.namespace);
  const key = `${namespace}/${name}`;
  if (ctx.taken.has(key) || ctx.budget.left <= 0) return undefined;
  ctx.taken.add(key);
  ctx.budget.left--;
  const meta = asRecord(asRecord(template).metadata);
  const pod: KubeObject = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace,
      labels: { ...toStringMap(meta.labels), ...extraLabels },
      ...(isRecord(meta.annotations) ? { annotations: toStringMap(meta.annotations) } : {}),
      ownerReferences: [ownerRef(controller)],
    },
    spec: { ...asRecord(asRecord(template).spec) },
  };
  out.pods.push({ pod, owner });
  return pod;
}

function ownerRef(controller: KubeObject): JsonRecord {
  return { apiVersion: controller.apiVersion, kind: controller.kind, name: controller.metadata.name, controller: true, blockOwnerDeletion: true };
}

function templateLabels(template: unknown): Record<string, string> {
  return toStringMap(asRecord(asRecord(template).metadata).labels);
}

function withLabels(template: unknown, labels: Record<string, string>): JsonRecord {
  const record = asRecord(template);
  const metadata = asRecord(record.metadata);
  return { ...record, metadata: { ...metadata, labels: { ...toStringMap(metadata.labels), ...labels } } };
}
