/**
 * The columns `kubectl get` prints for each kind: the API server's table convertors
 * (kubernetes pkg/printers/internalversion/printers.go), default and `-o wide` columns.
 */
import { formatSliceEndpoints, formatSlicePorts } from '../apiserver/endpointSlices';
import type { Cluster, KubeObject, PodInfo } from '../types';
import { humanDuration, nowAt, formatRfc3339 } from '../apiserver/clock';
import { formatEndpointList } from '../apiserver/endpoints';
import { createdAt } from '../apiserver/events';
import { arr, containersOf, labelsOf, nameOf, namespaceOf, rec, str, strMap, templateSpecOf } from '../apiserver/objectData';
import { formatLabels, formatLabelSelector } from './selectorText';
import { podColumns, podWideColumns } from './podColumns';

export interface RowContext {
  cluster: Cluster;
  tick: number;
}

export interface KindColumns {
  headers: string[];
  row: (object: KubeObject, ctx: RowContext) => string[];
  wideHeaders?: string[];
  wideRow?: (object: KubeObject, ctx: RowContext) => string[];
  /** Column the name goes in (-1 for Events, which have no NAME column). */
  nameColumn?: number;
}

/** The AGE column. */
export function ageOf(object: KubeObject, tick: number): string {
  return humanDuration(nowAt(tick) - createdAt(object));
}

/** Pods a workload controls (directly or through its ReplicaSets/Jobs). */
export function podsOf(cluster: Cluster, object: KubeObject): PodInfo[] {
  return [...cluster.pods.values()].filter(
    (p) =>
      p.namespace === namespaceOf(object) &&
      ((p.owner?.kind === object.kind && p.owner.name === nameOf(object)) ||
        arr(p.object.metadata.ownerReferences).some((r) => rec(r).kind === object.kind && rec(r).name === nameOf(object))),
  );
}

function images(object: KubeObject): string[] {
  const containers = containersOf(templateSpecOf(object));
  return [containers.map((c) => str(c.name)).join(','), containers.map((c) => str(c.image)).join(',')];
}

function replicas(object: KubeObject): number {
  const value = rec(object.spec).replicas;
  return typeof value === 'number' ? value : 1;
}

const age = (o: KubeObject, c: RowContext): string => ageOf(o, c.tick);

function servicePorts(object: KubeObject): string {
  const spec = rec(object.spec);
  const ports = arr(spec.ports).map((p) => {
    const port = rec(p);
    const node = port.nodePort !== undefined && (spec.type === 'NodePort' || spec.type === 'LoadBalancer') ? `:${str(port.nodePort)}` : '';
    return `${str(port.port)}${node}/${str(port.protocol, 'TCP')}`;
  });
  return ports.length > 0 ? ports.join(',') : '<none>';
}

function externalIp(object: KubeObject): string {
  const spec = rec(object.spec);
  const external = arr(spec.externalIPs).map((v) => str(v));
  if (spec.type === 'ExternalName') return str(spec.externalName, '<none>');
  if (spec.type === 'LoadBalancer') {
    const ingress = arr(rec(rec(object.status).loadBalancer).ingress).map((i) => str(rec(i).ip) || str(rec(i).hostname));
    const all = [...ingress, ...external];
    return all.length > 0 ? all.join(',') : '<pending>';
  }
  return external.length > 0 ? external.join(',') : '<none>';
}

/** Subjects of a kind; ServiceAccounts as `namespace/name`, as given (pkg/apis/rbac SubjectsStrings: no namespace → `/name`). */
function subjectsOf(object: KubeObject, kind: string): string {
  const names = arr(object.subjects)
    .map(rec)
    .filter((s) => s.kind === kind)
    .map((s) => (kind === 'ServiceAccount' ? `${str(s.namespace)}/${str(s.name)}` : str(s.name)));
  return names.length > 0 ? names.join(', ') : '';
}

const binding: KindColumns = {
  headers: ['NAME', 'ROLE', 'AGE'],
  row: (o, c) => [nameOf(o), `${str(rec(o.roleRef).kind)}/${str(rec(o.roleRef).name)}`, age(o, c)],
  wideHeaders: ['USERS', 'GROUPS', 'SERVICEACCOUNTS'],
  wideRow: (o) => [subjectsOf(o, 'User'), subjectsOf(o, 'Group'), subjectsOf(o, 'ServiceAccount')],
};

const role: KindColumns = { headers: ['NAME', 'CREATED AT'], row: (o) => [nameOf(o), formatRfc3339(createdAt(o))] };

function nodeRoles(object: KubeObject, cluster: Cluster): string {
  const roles = Object.keys(labelsOf(object))
    .filter((k) => k.startsWith('node-role.kubernetes.io/'))
    .map((k) => k.slice('node-role.kubernetes.io/'.length));
  if (roles.length === 0 && (nameOf(object) === 'minikube' || cluster.nodes.size === 1)) return 'control-plane';
  return roles.length > 0 ? roles.sort().join(',') : '<none>';
}

function readyPods(pods: PodInfo[]): number {
  return pods.filter((p) => str(rec(p.object.status).phase, 'Running') === 'Running').length;
}

/** Columns by kind. */
export const KIND_COLUMNS: Record<string, KindColumns> = {
  Pod: {
    headers: ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'],
    row: podColumns,
    wideHeaders: ['IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'],
    wideRow: podWideColumns,
  },
  Deployment: {
    headers: ['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE'],
    row: (o, c) => {
      const n = readyPods(podsOf(c.cluster, o));
      return [nameOf(o), `${n}/${replicas(o)}`, String(n), String(n), age(o, c)];
    },
    wideHeaders: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
    wideRow: (o) => [...images(o), formatLabelSelector(rec(o.spec).selector)],
  },
  ReplicaSet: {
    headers: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE'],
    row: (o, c) => {
      const n = readyPods(podsOf(c.cluster, o));
      return [nameOf(o), String(replicas(o)), String(n), String(n), age(o, c)];
    },
    wideHeaders: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
    wideRow: (o) => [...images(o), formatLabelSelector(rec(o.spec).selector)],
  },
  StatefulSet: {
    headers: ['NAME', 'READY', 'AGE'],
    row: (o, c) => [nameOf(o), `${readyPods(podsOf(c.cluster, o))}/${replicas(o)}`, age(o, c)],
    wideHeaders: ['CONTAINERS', 'IMAGES'],
    wideRow: (o) => images(o),
  },
  DaemonSet: {
    headers: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'NODE SELECTOR', 'AGE'],
    row: (o, c) => {
      const n = String(podsOf(c.cluster, o).length);
      const sel = formatLabels(templateSpecOf(o).nodeSelector);
      return [nameOf(o), n, n, n, n, n, sel, age(o, c)];
    },
    wideHeaders: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
    wideRow: (o) => [...images(o), formatLabelSelector(rec(o.spec).selector)],
  },
  Job: {
    headers: ['NAME', 'STATUS', 'COMPLETIONS', 'DURATION', 'AGE'],
    row: (o, c) => [nameOf(o), 'Running', `0/${str(rec(o.spec).completions, '1')}`, age(o, c), age(o, c)],
    wideHeaders: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
    wideRow: (o) => [...images(o), formatLabelSelector(rec(o.spec).selector)],
  },
  CronJob: {
    headers: ['NAME', 'SCHEDULE', 'TIMEZONE', 'SUSPEND', 'ACTIVE', 'LAST SCHEDULE', 'AGE'],
    row: (o, c) => [
      nameOf(o),
      str(rec(o.spec).schedule),
      str(rec(o.spec).timeZone, '<none>'),
      rec(o.spec).suspend === true ? 'True' : 'False',
      '1',
      age(o, c),
      age(o, c),
    ],
    wideHeaders: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
    wideRow: (o) => [...images(o), '<none>'],
  },
  Service: {
    headers: ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE'],
    row: (o, c) => [nameOf(o), str(rec(o.spec).type, 'ClusterIP'), str(rec(o.spec).clusterIP, '<none>'), externalIp(o), servicePorts(o), age(o, c)],
    wideHeaders: ['SELECTOR'],
    wideRow: (o) => [formatLabels(rec(o.spec).selector)],
  },
  Endpoints: { headers: ['NAME', 'ENDPOINTS', 'AGE'], row: (o, c) => [nameOf(o), formatEndpointList(o), age(o, c)] },
  // pkg/printers/internalversion/printers.go printEndpointSlice.
  EndpointSlice: {
    headers: ['NAME', 'ADDRESSTYPE', 'PORTS', 'ENDPOINTS', 'AGE'],
    row: (o, c) => [nameOf(o), str(o.addressType), formatSlicePorts(o), formatSliceEndpoints(o), age(o, c)],
  },
  ServiceAccount: { headers: ['NAME', 'SECRETS', 'AGE'], row: (o, c) => [nameOf(o), String(arr(o.secrets).length), age(o, c)] },
  Namespace: { headers: ['NAME', 'STATUS', 'AGE'], row: (o, c) => [nameOf(o), str(rec(o.status).phase, 'Active'), age(o, c)] },
  Node: {
    headers: ['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION'],
    row: (o, c) => [
      nameOf(o),
      'Ready',
      nodeRoles(o, c.cluster),
      age(o, c),
      str(rec(rec(o.status).nodeInfo).kubeletVersion, c.cluster.serverVersion.gitVersion),
    ],
    wideHeaders: ['INTERNAL-IP', 'EXTERNAL-IP', 'OS-IMAGE', 'KERNEL-VERSION', 'CONTAINER-RUNTIME'],
    wideRow: (o, c) => [c.cluster.nodes.get(nameOf(o))?.ip ?? '<none>', '<none>', 'Ubuntu 22.04.4 LTS', '6.8.0-48-generic', 'docker://27.2.0'],
  },
  Role: role,
  ClusterRole: role,
  RoleBinding: binding,
  ClusterRoleBinding: binding,
  NetworkPolicy: { headers: ['NAME', 'POD-SELECTOR', 'AGE'], row: (o, c) => [nameOf(o), formatLabelSelector(rec(o.spec).podSelector), age(o, c)] },
  Secret: {
    headers: ['NAME', 'TYPE', 'DATA', 'AGE'],
    row: (o, c) => [nameOf(o), str(o.type, 'Opaque'), String(Object.keys({ ...rec(o.data), ...rec(o.stringData) }).length), age(o, c)],
  },
  ConfigMap: {
    headers: ['NAME', 'DATA', 'AGE'],
    row: (o, c) => [nameOf(o), String(Object.keys(rec(o.data)).length + Object.keys(rec(o.binaryData)).length), age(o, c)],
  },
  Event: {
    headers: ['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'],
    nameColumn: -1,
    row: (o, c) => [
      age(o, c),
      str(o.type, 'Normal'),
      str(o.reason),
      `${str(rec(o.involvedObject).kind).toLowerCase()}/${str(rec(o.involvedObject).name)}`,
      str(o.message),
    ],
  },
};

/** Columns of kinds without a printer (CRD-style): NAME and AGE. */
export const GENERIC_COLUMNS: KindColumns = { headers: ['NAME', 'AGE'], row: (o, c) => [nameOf(o), age(o, c)] };

/** The labels column of `--show-labels`. */
export function labelsColumn(object: KubeObject): string {
  return formatLabels(strMap(object.metadata?.labels));
}
