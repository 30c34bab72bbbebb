/** Small, shared helpers to read Kubernetes objects as plain data. */
export type Obj = Record<string, unknown>;

export function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asObj(value: unknown): Obj {
  return isObj(value) ? value : {};
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function get(root: unknown, path: (string | number)[]): unknown {
  let current = root;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key];
    else if (isObj(current) && typeof key === 'string') current = current[key];
    else return undefined;
  }
  return current;
}

export function kindOf(o: unknown): string {
  return str(asObj(o).kind) ?? '';
}

export function nameOf(o: unknown): string {
  return str(asObj(asObj(o).metadata).name) ?? '';
}

export function namespaceOf(o: unknown): string {
  return str(asObj(asObj(o).metadata).namespace) ?? '';
}

export function apiGroupOf(o: unknown): string {
  const apiVersion = str(asObj(o).apiVersion) ?? '';
  return apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
}

/** `Kind/namespace/name` (namespace empty when cluster-scoped or unset). */
export function objectLabel(o: unknown): string {
  return `${kindOf(o) || '?'}/${namespaceOf(o)}/${nameOf(o)}`;
}

/** `[0].verbs` style, for ids and descriptions. */
export function pathLabel(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/**
 * Where the pod specs of an object are: a Pod's spec, a workload's pod template, a CronJob's
 * job template. https://kubernetes.io/docs/concepts/workloads/pods/#pod-templates
 */
export function podSpecPaths(o: unknown): (string | number)[][] {
  switch (kindOf(o)) {
    case 'Pod':
      return [['spec']];
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'ReplicaSet':
    case 'ReplicationController':
    case 'Job':
      return [['spec', 'template', 'spec']];
    case 'CronJob':
      return [['spec', 'jobTemplate', 'spec', 'template', 'spec']];
    case 'PodTemplate':
      return [['template', 'spec']];
    default:
      return [];
  }
}

export const POD_KINDS = ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob', 'PodTemplate'];

export const CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers'] as const;

/** The control plane components whose static Pods are configuration, not workloads. */
const COMPONENTS = ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'etcd', 'kubelet', 'kube-proxy'];

/** The component a static Pod runs (from its first container's command), if any. */
export function componentOf(o: unknown): string | undefined {
  if (kindOf(o) !== 'Pod') return undefined;
  const container = asObj(asArray(get(o, ['spec', 'containers']))[0]);
  const first = str(asArray(container.command)[0]) ?? '';
  const binary = first.split('/').pop() ?? '';
  return COMPONENTS.includes(binary) ? binary : undefined;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
