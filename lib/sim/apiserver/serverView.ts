/**
 * An object as the API server returns it: with the metadata the server sets (uid,
 * resourceVersion, creationTimestamp) and, for pods, what admission plugins and the kubelet
 * add (priority, default tolerations, the ServiceAccount token volume, status).
 * Upstream: plugin/pkg/admission/serviceaccount (kube-api-access volume),
 * defaulttolerationseconds, priority; kubelet status manager.
 * SIMPLIFICATION(k8s): computed at read time from the snapshot; every container is running.
 */
import type { Cluster, KubeObject } from '../types';
import { formatRfc3339 } from './clock';
import { createdAt } from './events';
import { base64, fnv1a32, hexFrom, suffixFrom, uuidFrom } from '../support/hash';
import { arr, cloneJson, containersOf, isRecord, nameOf, namespaceOf, rec, str, type JsonRecord } from './objectData';

const TOKEN_MOUNT = '/var/run/secrets/kubernetes.io/serviceaccount';

/** Name of the projected token volume the ServiceAccount admission plugin adds. */
export function tokenVolumeName(pod: KubeObject): string {
  return `kube-api-access-${suffixFrom(`${namespaceOf(pod)}/${nameOf(pod)}`)}`;
}

/** Does the pod get a ServiceAccount token mounted (pod setting, else the ServiceAccount's)? */
export function automountsToken(cluster: Cluster, pod: KubeObject): boolean {
  const spec = rec(pod.spec);
  // Static (mirror) pods of the control plane get no token: they cannot reference a ServiceAccount.
  if (spec.hostNetwork === true && rec(pod.metadata.labels).tier === 'control-plane') return false;
  if (typeof spec.automountServiceAccountToken === 'boolean') return spec.automountServiceAccountToken;
  const sa = (cluster.byKind.get('ServiceAccount') ?? []).find(
    (o) => namespaceOf(o) === namespaceOf(pod) && nameOf(o) === str(spec.serviceAccountName, 'default'),
  );
  return sa && typeof sa.automountServiceAccountToken === 'boolean' ? sa.automountServiceAccountToken : true;
}

/**
 * Does the pod hold a token the API server accepts: the automounted one, or one it projects by hand
 * (a `serviceAccountToken` source without an `audience`, i.e. for the API server;
 * https://kubernetes.io/docs/concepts/storage/projected-volumes/#serviceaccounttoken)?
 */
export function holdsApiToken(cluster: Cluster, pod: KubeObject): boolean {
  if (automountsToken(cluster, pod)) return true;
  const volumes = Array.isArray(rec(pod.spec).volumes) ? (rec(pod.spec).volumes as unknown[]) : [];
  return volumes.some((v) => {
    const sources = rec(rec(v).projected).sources;
    return Array.isArray(sources) && sources.some((src) => rec(src).serviceAccountToken && !str(rec(rec(src).serviceAccountToken).audience));
  });
}

function tokenVolume(name: string): JsonRecord {
  return {
    name,
    projected: {
      defaultMode: 420,
      sources: [
        { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
        { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
        { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
      ],
    },
  };
}

function addTokenVolume(cluster: Cluster, pod: KubeObject, spec: JsonRecord): void {
  if (!automountsToken(cluster, pod)) return;
  const name = tokenVolumeName(pod);
  const volumes = arr(spec.volumes);
  if (volumes.some((v) => rec(v).name === name) || containersOf(spec).some((c) => arr(c.volumeMounts).some((m) => rec(m).mountPath === TOKEN_MOUNT))) return;
  spec.volumes = [...volumes, tokenVolume(name)];
  for (const container of [...containersOf(spec), ...arr(spec.initContainers).filter(isRecord)]) {
    container.volumeMounts = [...arr(container.volumeMounts), { name, readOnly: true, mountPath: TOKEN_MOUNT }];
  }
}

/** Guaranteed, Burstable or BestEffort (pkg/apis/core/v1/helper/qos). */
export function podQosClass(spec: unknown): string {
  const containers = containersOf(spec);
  let any = false;
  let guaranteed = containers.length > 0;
  for (const c of containers) {
    const limits = rec(rec(c.resources).limits);
    const requests = rec(rec(c.resources).requests);
    if (Object.keys(limits).length > 0 || Object.keys(requests).length > 0) any = true;
    for (const r of ['cpu', 'memory']) {
      if (limits[r] === undefined || (requests[r] !== undefined && str(requests[r]) !== str(limits[r]))) guaranteed = false;
    }
  }
  if (!any) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

function containerStatus(pod: KubeObject, container: JsonRecord, started: string): JsonRecord {
  const image = str(container.image);
  const name = str(container.name);
  const repo = image.replace(/:[^/:]*$/, '');
  return {
    name,
    image,
    imageID: `docker-pullable://${repo}@sha256:${hexFrom(`image:${image}`, 64)}`,
    containerID: `docker://${hexFrom(`container:${namespaceOf(pod)}/${nameOf(pod)}/${name}`, 64)}`,
    ready: true,
    restartCount: 0,
    started: true,
    state: { running: { startedAt: started } },
    lastState: {},
  };
}

function podStatus(pod: KubeObject, spec: JsonRecord): JsonRecord {
  const status = cloneJson(rec(pod.status));
  const created = createdAt(pod);
  const start = formatRfc3339(created);
  const started = formatRfc3339(created + 2000);
  const conditionTypes = ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled'];
  if (!Array.isArray(status.conditions)) {
    status.conditions = conditionTypes.map((type) => ({
      type,
      status: 'True',
      lastProbeTime: null,
      lastTransitionTime: type === 'PodScheduled' || type === 'Initialized' ? start : started,
    }));
  }
  if (!Array.isArray(status.containerStatuses)) status.containerStatuses = containersOf(spec).map((c) => containerStatus(pod, c, started));
  status.phase ??= 'Running';
  status.qosClass ??= podQosClass(spec);
  status.startTime ??= start;
  return status;
}

function addPodFields(cluster: Cluster, pod: KubeObject, view: KubeObject): void {
  const spec = rec(view.spec);
  view.spec = spec;
  const critical = ['system-node-critical', 'system-cluster-critical'].includes(str(spec.priorityClassName));
  spec.priority ??= critical ? (spec.priorityClassName === 'system-node-critical' ? 2000001000 : 2000000000) : 0;
  if (!Array.isArray(spec.tolerations) && spec.hostNetwork !== true) {
    spec.tolerations = ['not-ready', 'unreachable'].map((t) => ({
      key: `node.kubernetes.io/${t}`,
      operator: 'Exists',
      effect: 'NoExecute',
      tolerationSeconds: 300,
    }));
  }
  addTokenVolume(cluster, pod, spec);
  view.status = podStatus(pod, spec);
}

/** The object as `kubectl get -o yaml` would show it. Never mutates the snapshot. */
export function serverView(cluster: Cluster, object: KubeObject): KubeObject {
  const view = cloneJson(object);
  const metadata = rec(view.metadata);
  view.metadata = metadata;
  const created = formatRfc3339(createdAt(object));
  metadata.creationTimestamp ??= created;
  const key = `${object.kind}/${namespaceOf(object)}/${nameOf(object)}`;
  metadata.uid ??= uuidFrom(`${key}@${metadata.creationTimestamp}`);
  metadata.resourceVersion ??= String(400 + (fnv1a32(key) % 9000));
  if (object.kind === 'Pod') addPodFields(cluster, object, view);
  if (object.kind === 'Secret' && isRecord(view.stringData)) {
    // The API server stores stringData base64-encoded in data.
    view.data = { ...rec(view.data), ...Object.fromEntries(Object.entries(view.stringData).map(([k, v]) => [k, base64(str(v))])) };
    delete view.stringData;
  }
  return view;
}
