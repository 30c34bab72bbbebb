/**
 * `kubectl logs POD [-c C]`: a `get pods/log` request. The API server's pod
 * (`kube-apiserver-*`) shows the audit log, one JSON event per line, as the talk's minikube
 * did with `--audit-log-path=-`; other pods print a plausible start-up line.
 * Upstream: kubectl pkg/cmd/logs/logs.go; docs tasks/debug/debug-cluster/audit.
 */
import { formatAuditEvents } from '../audit';
import type { PodInfo } from '../types';
import { apiCall } from '../apiserver/apiServer';
import { notFound, status } from '../apiserver/status';
import { flagString, type FlagSpec, type ParsedArgs } from './flags';
import { containersOf, rec, str } from '../apiserver/objectData';
import { resolveResourceType } from '../apiserver/resourceTypes';
import { podsOf } from './tableColumns';
import type { Env } from './types';
import { usageError } from './usage';
import { print, printErr, printStatus } from './output';

export const LOGS_FLAGS: FlagSpec[] = [
  { name: 'container', short: 'c', type: 'string' },
  { name: 'follow', short: 'f', type: 'bool' },
  { name: 'tail', type: 'string' },
  { name: 'previous', short: 'p', type: 'bool' },
  { name: 'timestamps', type: 'bool' },
  { name: 'all-containers', type: 'bool' },
  { name: 'since', type: 'string' },
  { name: 'selector', short: 'l', type: 'string' },
];

function appLines(pod: PodInfo, container: Record<string, unknown>): string[] {
  const image = str(container.image);
  if (/nginx/.test(image))
    return [
      '/docker-entrypoint.sh: Configuration complete; ready for start up',
      '2024/01/01 00:00:02 [notice] 1#1: nginx/1.27.3',
      '2024/01/01 00:00:02 [notice] 1#1: start worker processes',
    ];
  if (/redis/.test(image)) return ['1:M 01 Jan 2024 00:00:02.000 * Ready to accept connections tcp'];
  if (/postgres/.test(image)) return ['2024-01-01 00:00:02.000 UTC [1] LOG:  database system is ready to accept connections'];
  if (/busybox|alpine|netshoot|curl|hacker/.test(image)) return [];
  const port = pod.ports[0]?.containerPort;
  return [`{"level":"info","msg":"${str(container.name)} started${port ? ` on :${port}` : ''}","pod":"${pod.name}"}`];
}

function findPod(env: Env, target: string): PodInfo | undefined | string {
  const slash = target.indexOf('/');
  if (slash < 0) return env.cluster.pods.get(`${env.namespace}/${target}`);
  const info = resolveResourceType(target.slice(0, slash));
  const name = target.slice(slash + 1);
  if (!info) return `error: the server doesn't have a resource type "${target.slice(0, slash)}"`;
  if (info.kind === 'Pod') return env.cluster.pods.get(`${env.namespace}/${name}`);
  const owner = (env.cluster.byKind.get(info.kind) ?? []).find((o) => o.metadata.name === name && o.metadata.namespace === env.namespace);
  return owner ? podsOf(env.cluster, owner).sort((a, b) => a.name.localeCompare(b.name))[0] : undefined;
}

/** Run `kubectl logs`. */
export function runLogs(env: Env, parsed: ParsedArgs): number {
  const target = parsed.positional[0];
  if (!target) {
    printErr(env, usageError('logs', 'expected POD or TYPE/NAME is a required argument for the logs command'));
    return 1;
  }
  const found = findPod(env, target);
  if (typeof found === 'string') {
    printErr(env, found);
    return 1;
  }
  const name = found?.name ?? target.split('/').pop() ?? target;
  const call = apiCall(env, { version: 'v1', resource: 'pods', subresource: 'log', namespace: env.namespace, name, verb: 'get' }, () => ({
    status: found ? 200 : 404,
    value: found,
  }));
  if (!call.ok) {
    printStatus(env, call.error);
    return 1;
  }
  const pod = call.value;
  if (!pod) {
    printStatus(env, notFound('pods', name));
    return 1;
  }
  const containers = containersOf(pod.object.spec);
  const wanted = flagString(parsed, 'container');
  const container = wanted !== undefined ? containers.find((c) => c.name === wanted) : containers[0];
  if (!container) {
    printStatus(env, status(400, 'BadRequest', `container ${wanted ?? ''} is not valid for pod ${pod.name}`));
    return 1;
  }
  if (wanted === undefined && containers.length > 1)
    printErr(env, `Defaulted container "${str(container.name)}" out of: ${containers.map((c) => str(c.name)).join(', ')}`);
  const isApiServer = pod.name.startsWith('kube-apiserver') || rec(pod.object.metadata.labels).component === 'kube-apiserver';
  let lines = isApiServer ? (env.pastAudit.length > 0 ? formatAuditEvents(env.pastAudit).split('\n') : []) : appLines(pod, container);
  const tail = Number(flagString(parsed, 'tail') ?? '-1');
  if (Number.isInteger(tail) && tail >= 0) lines = tail === 0 ? [] : lines.slice(-tail);
  print(env, lines);
  return 0;
}
