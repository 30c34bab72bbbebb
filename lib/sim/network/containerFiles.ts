/**
 * What a process in a container sees on disk, as flat `path -> content` maps:
 * - the ServiceAccount token mount (/var/run/secrets/kubernetes.io/serviceaccount);
 * - Secret and ConfigMap volumes at their mountPath, one file per key (or per `items`), and a
 *   projected volume's sources, a `serviceAccountToken` one included;
 *   https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-files-from-a-pod
 * - hostPath volumes: the node's files under the volume's path;
 *   https://kubernetes.io/docs/concepts/storage/volumes/#hostpath
 * The node's files are where the kubelet keeps every pod's volumes on it:
 * /var/lib/kubelet/pods/<uid>/volumes/kubernetes.io~secret|configmap|projected/<volume>/<key>
 * (kubernetes/kubernetes pkg/kubelet/kubelet_getters.go getPodVolumeDir, pkg/volume/util
 * escapes the plugin name `kubernetes.io/secret` as `kubernetes.io~secret`), and /etc/hostname.
 * SIMPLIFICATION(k8s): one view for every container of the pod (every container's mounts); no
 * subPath; other files of the image do not exist.
 */
import type { Cluster, KubeObject, PodInfo } from '../types';
import { decodeBase64 } from '../apiserver/base64';
import { arr, containersOf, nameOf, namespaceOf, rec, str } from '../apiserver/objectData';
import { serviceAccountToken } from '../apiserver/saToken';
import { automountsToken, serverView, tokenVolumeName } from '../apiserver/serverView';
import { hexFrom } from '../support/hash';

export type Files = Map<string, string>;

export const TOKEN_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';

function find(cluster: Cluster, kind: string, namespace: string, name: string): KubeObject | undefined {
  return (cluster.byKind.get(kind) ?? []).find((o) => namespaceOf(o) === namespace && nameOf(o) === name);
}

/** Keys of a Secret (data decoded, stringData as is) or a ConfigMap. */
function objectKeys(object: KubeObject | undefined): Record<string, string> {
  if (!object) return {};
  if (object.kind === 'ConfigMap') return Object.fromEntries(Object.entries(rec(object.data)).map(([k, v]) => [k, str(v)]));
  const data = Object.fromEntries(Object.entries(rec(object.data)).map(([k, v]) => [k, decodeBase64(str(v)) ?? '']));
  return { ...data, ...Object.fromEntries(Object.entries(rec(object.stringData)).map(([k, v]) => [k, str(v)])) };
}

function projectItems(keys: Record<string, string>, items: Record<string, unknown>[]): Record<string, string> {
  if (items.length === 0) return keys;
  return Object.fromEntries(
    items.filter((i) => Object.prototype.hasOwnProperty.call(keys, str(i.key))).map((i) => [str(i.path, str(i.key)), keys[str(i.key)]]),
  );
}

/** One source: `{secret: {secretName|name, items}}` or `{configMap: {name, items}}` (a volume or a projected source). */
function sourceKeys(cluster: Cluster, namespace: string, source: Record<string, unknown>): Record<string, string> | undefined {
  if (source.secret) {
    const secret = rec(source.secret);
    return projectItems(objectKeys(find(cluster, 'Secret', namespace, str(secret.secretName, str(secret.name)))), arr(secret.items).map(rec));
  }
  if (source.configMap) {
    const configMap = rec(source.configMap);
    return projectItems(objectKeys(find(cluster, 'ConfigMap', namespace, str(configMap.name))), arr(configMap.items).map(rec));
  }
  return undefined;
}

/**
 * The files a Secret, ConfigMap or projected volume holds (all keys, or the `items` it projects).
 * https://kubernetes.io/docs/concepts/storage/projected-volumes/
 */
function volumeKeys(cluster: Cluster, pod: PodInfo, volume: Record<string, unknown>): Record<string, string> | undefined {
  if (!volume.projected) return sourceKeys(cluster, pod.namespace, volume);
  // Object.fromEntries defines keys (a key named __proto__ stays a plain file name).
  return Object.fromEntries(
    arr(rec(volume.projected).sources)
      .map(rec)
      .flatMap((source) => Object.entries(sourceKeys(cluster, pod.namespace, source) ?? projectedToken(pod, source))),
  );
}

/**
 * A projected `serviceAccountToken` source: the pod's ServiceAccount token at `path`, whatever
 * automountServiceAccountToken says (https://kubernetes.io/docs/concepts/storage/projected-volumes/#serviceaccounttoken).
 */
function projectedToken(pod: PodInfo, source: Record<string, unknown>): Record<string, string> {
  if (!source.serviceAccountToken) return {};
  const path = str(rec(source.serviceAccountToken).path);
  return path ? { [path]: serviceAccountToken(pod) } : {};
}

function tokenFiles(pod: PodInfo): Record<string, string> {
  return {
    token: serviceAccountToken(pod),
    namespace: pod.namespace,
    'ca.crt': `-----BEGIN CERTIFICATE-----\n${hexFrom('ca', 64)}\n-----END CERTIFICATE-----`,
  };
}

function join(dir: string, file: string): string {
  return `${dir.replace(/\/+$/, '')}/${file}`;
}

/** Files the kubelet keeps on a node for the pods scheduled there, plus /etc/hostname. */
export function nodeFiles(cluster: Cluster, nodeName: string): Files {
  const files: Files = new Map([['/etc/hostname', nodeName]]);
  for (const pod of cluster.pods.values()) {
    if (pod.nodeName !== nodeName) continue;
    const uid = str(rec(serverView(cluster, pod.object).metadata).uid);
    const base = `/var/lib/kubelet/pods/${uid}/volumes`;
    for (const volume of arr(rec(pod.object.spec).volumes).map(rec)) {
      const plugin = volume.secret ? 'secret' : volume.configMap ? 'configmap' : volume.projected ? 'projected' : undefined;
      const keys = plugin ? volumeKeys(cluster, pod, volume) : undefined;
      for (const [key, text] of Object.entries(keys ?? {})) files.set(`${base}/kubernetes.io~${plugin}/${str(volume.name)}/${key}`, text);
    }
    if (automountsToken(cluster, pod.object)) {
      for (const [key, text] of Object.entries(tokenFiles(pod))) files.set(`${base}/kubernetes.io~projected/${tokenVolumeName(pod.object)}/${key}`, text);
    }
  }
  return files;
}

function mountHostPath(target: Files, node: Files, hostPath: string, mountPath: string): void {
  const root = hostPath.replace(/\/+$/, '');
  for (const [path, text] of node) {
    if (root === '' || path === root || path.startsWith(`${root}/`))
      target.set(join(mountPath, path.slice(root.length).replace(/^\//, '')).replace(/\/$/, ''), text);
  }
}

/** The files a container of `pod` can read. */
export function containerFiles(cluster: Cluster, pod: PodInfo, token: boolean): Files {
  const files: Files = new Map([['/etc/hostname', pod.name]]);
  if (token) for (const [key, text] of Object.entries(tokenFiles(pod))) files.set(join(TOKEN_DIR, key), text);
  const volumes = new Map(
    arr(rec(pod.object.spec).volumes)
      .map(rec)
      .map((v) => [str(v.name), v]),
  );
  let node: Files | undefined;
  for (const mount of containersOf(pod.object.spec).flatMap((c) => arr(c.volumeMounts).map(rec))) {
    const volume = volumes.get(str(mount.name));
    const mountPath = str(mount.mountPath);
    if (!volume || !mountPath.startsWith('/')) continue;
    const hostPath = volume.hostPath ? str(rec(volume.hostPath).path) : undefined;
    if (hostPath !== undefined) {
      node ??= nodeFiles(cluster, pod.nodeName);
      mountHostPath(files, node, hostPath, mountPath);
      continue;
    }
    for (const [key, text] of Object.entries(volumeKeys(cluster, pod, volume) ?? {})) files.set(join(mountPath, key), text);
  }
  return files;
}

/** Names directly under `dir` (files and directories), or undefined when nothing is there. */
export function listDir(files: Files, dir: string): string[] | undefined {
  const prefix = dir === '/' ? '/' : `${dir.replace(/\/+$/, '')}/`;
  const names = new Set<string>();
  for (const path of files.keys()) if (path.startsWith(prefix)) names.add(path.slice(prefix.length).split('/')[0]);
  names.delete('');
  return names.size > 0 ? [...names].sort() : undefined;
}
