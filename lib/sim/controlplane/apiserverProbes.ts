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
import type { LocalizedText } from '../types';
import { t } from './checkBuilders';
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
export function probeProblem(probe: Record<string, unknown>, flags: FlagSet, host: HostContext): LocalizedText | null {
  const securePort = flags.last('secure-port')?.value || '6443';
  if (isRecord(probe.tcpSocket)) {
    const port = portOf(probe.tcpSocket.port, host.container);
    return port === securePort ? null : t(`nothing listens on port ${port} (the API server serves on ${securePort})`, `nada escucha en el puerto ${port} (el API server atiende en el ${securePort})`);
  }
  if (isRecord(probe.httpGet)) {
    const http = probe.httpGet;
    const port = portOf(http.port, host.container);
    const path = (typeof http.path === 'string' && http.path ? http.path : '/').split('?')[0];
    if (port !== securePort) return t(`nothing listens on port ${port} (the API server serves on ${securePort})`, `nada escucha en el puerto ${port} (el API server atiende en el ${securePort})`);
    if (http.scheme !== 'HTTPS') return t(`an HTTP request to the HTTPS port ${port} gets 400`, `un pedido HTTP al puerto HTTPS ${port} recibe 400`);
    if (!anonymousAllowed(flags, host, path)) return t(`the kubelet probes ${path} without credentials and anonymous requests are off: 401 Unauthorized`, `el kubelet chequea ${path} sin credenciales y los pedidos anónimos están apagados: 401 Unauthorized`);
    if (!anonymousAuthorized(flags, path)) return t(`system:anonymous may not get ${path}: 403 Forbidden`, `system:anonymous no puede hacer get de ${path}: 403 Forbidden`);
    return null;
  }
  if (isRecord(probe.exec)) return t('the kube-apiserver image is distroless: there is no shell or curl to exec', 'la imagen de kube-apiserver es distroless: no hay shell ni curl para hacer exec');
  if (isRecord(probe.grpc)) return t('the API server does not serve the gRPC health protocol', 'el API server no sirve el protocolo de salud gRPC');
  return t('the probe has no handler (httpGet, tcpSocket, exec or grpc)', 'la probe no tiene handler (httpGet, tcpSocket, exec o grpc)');
}

/** The first probe that fails (or a missing livenessProbe), with the path to point at. */
export function failingProbe(flags: FlagSet, host: HostContext): { path: string; detail: LocalizedText } | null {
  if (!isRecord(host.container.livenessProbe)) {
    return { path: host.containerPath, detail: t('there is no livenessProbe: the kubelet cannot restart a hung API server', 'no hay livenessProbe: el kubelet no puede reiniciar un API server colgado') };
  }
  for (const name of PROBES) {
    const probe = host.container[name];
    if (!isRecord(probe)) continue;
    const problem = probeProblem(probe, flags, host);
    if (problem) return { path: `${host.containerPath}.${name}`, detail: t(`${name}: ${problem.en}`, `${name}: ${problem.es}`) };
  }
  return null;
}
