// Pod builders for the Pod Security tests.
export type Obj = Record<string, unknown>;

/** The minimal restricted pod at latest (semantics §5), optionally tweaked. */
export function restrictedPod(tweak: (pod: Obj & { spec: Obj & { containers: Obj[]; initContainers?: Obj[] } }) => void = () => {}): Obj {
  const pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web' },
    spec: {
      securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
      containers: [{ name: 'web', image: 'nginx:1.27', securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } }] as Obj[],
    },
  };
  tweak(pod as never);
  return pod;
}

/** A pod with no securityContext at all: passes baseline, fails restricted. */
export function plainPod(containers: Obj[] = [{ name: 'web', image: 'nginx:1.27' }], spec: Obj = {}): Obj {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers, ...spec } };
}

/** Container securityContext of the first container. */
export function sc(pod: Obj, index = 0, field = 'containers'): Obj {
  const spec = pod.spec as Obj;
  const container = (spec[field] as Obj[])[index];
  container.securityContext ??= {};
  return container.securityContext as Obj;
}

/** Wraps a pod's metadata + spec in a workload of the given kind. */
export function workload(kind: string, pod: Obj): Obj {
  const template = { metadata: pod.metadata ?? {}, spec: pod.spec };
  switch (kind) {
    case 'CronJob':
      return { apiVersion: 'batch/v1', kind, metadata: { name: 'w' }, spec: { schedule: '* * * * *', jobTemplate: { spec: { template } } } };
    case 'PodTemplate':
      return { apiVersion: 'v1', kind, metadata: { name: 'w' }, template };
    default:
      return { apiVersion: 'apps/v1', kind, metadata: { name: 'w' }, spec: { template } };
  }
}
