/**
 * Where a path a control-plane flag names really lives. A static Pod's container sees only what is
 * mounted into it; for a file on the node that is a `hostPath` volume, since a static Pod cannot
 * use ConfigMaps, Secrets or other API objects
 * (https://kubernetes.io/docs/tasks/configure-pod-container/static-pod/#static-pod-restrictions;
 * kubeadm mounts /etc/kubernetes/pki and the audit and encryption folders the same way:
 * https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#log-backend).
 */
import type { HostContext } from './types';
import { isRecord } from '../support/record';

/** Where a container path comes from: the mount that covers it and the volume behind it. */
export type Resolution =
  | { kind: 'host'; hostPath: string; mountPath: string; readOnly: boolean; mountAt: string }
  | { kind: 'not-host'; volume: string; mountAt: string }
  | { kind: 'missing-volume'; volume: string; mountAt: string }
  | { kind: 'unmounted' };

function trimSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

function covers(mountPath: string, path: string): boolean {
  const base = trimSlash(mountPath);
  return path === base || path.startsWith(base === '/' ? '/' : `${base}/`);
}

/** Resolve a container path (`/etc/kubernetes/enc/config.yaml`) through the container's volumeMounts. */
export function resolveContainerPath(host: HostContext, path: string): Resolution {
  const mounts = Array.isArray(host.container.volumeMounts) ? host.container.volumeMounts : [];
  let best: { mount: Record<string, unknown>; index: number } | null = null;
  mounts.forEach((mount: unknown, index) => {
    if (!isRecord(mount) || typeof mount.mountPath !== 'string' || !covers(mount.mountPath, path)) return;
    if (!best || trimSlash(mount.mountPath).length > trimSlash(String(best.mount.mountPath)).length) best = { mount, index };
  });
  if (!best) return { kind: 'unmounted' };
  const { mount, index } = best as { mount: Record<string, unknown>; index: number };
  const mountAt = `${host.containerPath}.volumeMounts[${index}]`;
  const volumeName = String(mount.name ?? '');
  const volumes = Array.isArray(host.podSpec.volumes) ? host.podSpec.volumes : [];
  const volume = volumes.find((v: unknown) => isRecord(v) && v.name === volumeName) as Record<string, unknown> | undefined;
  if (!volume) return { kind: 'missing-volume', volume: volumeName, mountAt };
  if (!isRecord(volume.hostPath) || typeof volume.hostPath.path !== 'string') return { kind: 'not-host', volume: volumeName, mountAt };
  const rest = path.slice(trimSlash(String(mount.mountPath)).length).replace(/^\/+/, '');
  const sub = typeof mount.subPath === 'string' && mount.subPath ? `/${mount.subPath.replace(/^\/+/, '')}` : '';
  const base = trimSlash(volume.hostPath.path) + sub;
  const hostPath = rest ? `${base === '/' ? '' : base}/${rest}` : base;
  return { kind: 'host', hostPath, mountPath: String(mount.mountPath), readOnly: mount.readOnly === true, mountAt };
}
