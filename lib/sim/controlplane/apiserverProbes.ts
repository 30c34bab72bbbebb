/**
 * Would the kubelet's probes of a kube-apiserver static Pod succeed? The kubelet probes without
 * credentials (https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/),
 * so an httpGet probe is an anonymous request: it needs anonymous authentication for its path
 * (`--anonymous-auth`, or since v1.32 an AuthenticationConfiguration `anonymous` block limited to
 * the health paths: https://kubernetes.io/docs/reference/access-authn-authz/authentication/#anonymous-authenticator-configuration;
 * the flag and the block are mutually exclusive, pkg/kubeapiserver/options/authentication.go), and an
 * authorizer that lets system:anonymous get it (RBAC's bootstrap ClusterRole system:public-info-viewer:
 * /healthz, /livez, /readyz, /version). CIS Kubernetes Benchmark v2.1 1.2.1 accepts either way.
 */
import { msg } from '../messages';
import type { Message } from '../messages';
import { flagList, parseGoBool } from './parseFlags';
import type { FlagSet, HostContext } from './types';
import { isRecord } from '../support/record';

/** Paths system:public-info-viewer lets anyone get (plugin/pkg/auth/authorizer/rbac/bootstrappolicy/policy.go). */
const PUBLIC_PATHS = ['/healthz', '/livez', '/readyz', '/version', '/version/'];
const PROBES = ['startupProbe', 'livenessProbe', 'readinessProbe'] as const;

/** Is an anonymous request to `path` authenticated as system:anonymous (rather than refused with 401)? */
export function anonymousAllowed(flags: FlagSet, host: HostContext, path: string): boolean {
  const config = host.objects.find((o) => isRecord(o) && o.kind === 'AuthenticationConfiguration') as Record<string, unknown> | undefined;
  if (flags.last('authentication-config') && config && isRecord(config.anonymous)) {
    if (config.anonymous.enabled !== true) return false;
    const conditions = Array.isArray(config.anonymous.conditions) ? config.anonymous.conditions : [];
    return conditions.length === 0 || conditions.some((c) => isRecord(c) && c.path === path);
  }
  const flag = flags.last('anonymous-auth');
  return flag ? parseGoBool(flag.value) !== false : true;
}

/** May system:anonymous get this path? RBAC (public-info-viewer) or AlwaysAllow say yes; structured authorization is not modelled. */
function anonymousAuthorized(flags: FlagSet, path: string): boolean {
  if (flags.last('authorization-config')) return true;
  const modes = flagList(flags, 'authorization-mode').values;
  const list = modes.length ? modes : ['AlwaysAllow'];
  return list.includes('AlwaysAllow') || (list.includes('RBAC') && PUBLIC_PATHS.includes(path));
}

function portOf(port: unknown, container: Record<string, unknown>): string {
  if (typeof port === 'number') return String(port);
  const named = (Array.isArray(container.ports) ? container.ports : []).find((p: unknown) => isRecord(p) && p.name === port);
  return isRecord(named) ? String(named.containerPort) : String(port ?? '');
}

/** Why one probe would fail, or null when it succeeds. */
export function probeProblem(probe: Record<string, unknown>, flags: FlagSet, host: HostContext): Message | null {
  const securePort = flags.last('secure-port')?.value || '6443';
  if (isRecord(probe.tcpSocket)) {
    const port = portOf(probe.tcpSocket.port, host.container);
    return port === securePort ? null : msg('controlplane.apiserverProbes.nothingListensOnPort', { port, securePort });
  }
  if (isRecord(probe.httpGet)) {
    const http = probe.httpGet;
    const port = portOf(http.port, host.container);
    const path = (typeof http.path === 'string' && http.path ? http.path : '/').split('?')[0];
    if (port !== securePort) return msg('controlplane.apiserverProbes.nothingListensOnPort', { port, securePort });
    if (http.scheme !== 'HTTPS') return msg('controlplane.apiserverProbes.anHttpRequestTo', { port });
    if (!anonymousAllowed(flags, host, path)) return msg('controlplane.apiserverProbes.theKubeletProbesWithout', { path });
    if (!anonymousAuthorized(flags, path)) return msg('controlplane.apiserverProbes.systemAnonymousMayNot', { path });
    return null;
  }
  if (isRecord(probe.exec)) return msg('controlplane.apiserverProbes.theKubeApiserverImage', {});
  if (isRecord(probe.grpc)) return msg('controlplane.apiserverProbes.theApiServerDoes', {});
  return msg('controlplane.apiserverProbes.theProbeHasNo', {});
}

/** The first probe that fails (or a missing livenessProbe), with the path to point at. */
export function failingProbe(flags: FlagSet, host: HostContext): { path: string; detail: Message } | null {
  if (!isRecord(host.container.livenessProbe)) {
    return { path: host.containerPath, detail: msg('controlplane.apiserverProbes.thereIsNoLivenessprobe', {}) };
  }
  for (const name of PROBES) {
    const probe = host.container[name];
    if (!isRecord(probe)) continue;
    const problem = probeProblem(probe, flags, host);
    if (problem) return { path: `${host.containerPath}.${name}`, detail: msg('controlplane.apiserverProbes.text', { name, problem: problem }) };
  }
  return null;
}
