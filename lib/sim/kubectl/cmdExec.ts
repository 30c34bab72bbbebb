/**
 * `kubectl exec POD|TYPE/NAME [-c C] -- CMD...` and `kubectl run NAME --image=IMG [--rm -it]
 * [-- CMD...]`: find (or create) the pod, authorize `create` on `pods/exec` (or `pods/attach`),
 * and run the command in the simulated container. Upstream: kubectl pkg/cmd/exec/exec.go,
 * pkg/cmd/run/run.go; semantics/rbac.md §1.8.
 */
import type { KubeObject, PodInfo } from '../types';
import { apiCall } from '../apiserver/apiServer';
import { notFound } from '../apiserver/status';
import { connectCall } from '../apiserver/connect';
import { writeWithOutput } from './cmdCreate';
import { flagBool, flagList, flagString, type FlagSpec, type ParsedArgs } from './flags';
import { containersOf, labelsOf, nameOf, namespaceOf, rec, str } from '../apiserver/objectData';
import { runProcess, type ProcessContext } from '../network/processes';
import type { ProcessResult } from '../network/netTools';
import { noteLine } from '../streams';
import { msg } from '../messages';
import { resolveResourceType } from '../apiserver/resourceTypes';
import { automountsToken } from '../apiserver/serverView';
import { podsOf } from './tableColumns';
import { removeObjects } from '../apiserver/store';
import type { Env } from './types';
import { usageError } from './usage';
import { writeObject } from '../apiserver/writeObject';
import { print, printErr, printLines, printStatus, printWarnings, printWrite, statusText } from './output';
import { applyOverrides } from './overrides';

export const EXEC_FLAGS: FlagSpec[] = [
  { name: 'container', short: 'c', type: 'string' },
  { name: 'stdin', short: 'i', type: 'bool' },
  { name: 'tty', short: 't', type: 'bool' },
  { name: 'quiet', short: 'q', type: 'bool' },
  { name: 'pod-running-timeout', type: 'string' },
];

export const RUN_FLAGS: FlagSpec[] = [
  { name: 'image', type: 'string' },
  { name: 'rm', type: 'bool' },
  { name: 'stdin', short: 'i', type: 'bool' },
  { name: 'tty', short: 't', type: 'bool' },
  { name: 'restart', type: 'string' },
  { name: 'labels', short: 'l', type: 'string' },
  { name: 'env', type: 'list' },
  { name: 'port', type: 'string' },
  { name: 'command', type: 'bool' },
  { name: 'dry-run', type: 'string' },
  { name: 'output', short: 'o', type: 'string' },
  { name: 'quiet', short: 'q', type: 'bool' },
  { name: 'attach', type: 'bool' },
  { name: 'serviceaccount', type: 'string' },
  { name: 'overrides', type: 'string' },
  { name: 'override-type', type: 'string' },
  { name: 'image-pull-policy', type: 'string' },
];

function podInfoOf(env: Env, namespace: string, name: string): PodInfo | undefined {
  return env.cluster.pods.get(`${namespace}/${name}`);
}

function findExecPod(env: Env, target: string): { pod?: PodInfo; error?: string } {
  const slash = target.indexOf('/');
  const typeText = slash < 0 ? 'pods' : target.slice(0, slash);
  const name = slash < 0 ? target : target.slice(slash + 1);
  const info = resolveResourceType(typeText);
  if (!info) return { error: `error: the server doesn't have a resource type "${typeText}"` };
  const call = apiCall(env, { group: info.group, version: info.version, resource: info.resource, namespace: env.namespace, name, verb: 'get' }, () => {
    const object = (env.cluster.byKind.get(info.kind) ?? []).find((o) => nameOf(o) === name && namespaceOf(o) === env.namespace);
    return { status: object ? 200 : 404, value: object };
  });
  if (!call.ok) return { error: statusText(call.error) };
  if (!call.value) return { error: statusText(notFound(info.group ? `${info.resource}.${info.group}` : info.resource, name)) };
  if (info.kind === 'Pod') return { pod: podInfoOf(env, env.namespace, name) };
  const pods = podsOf(env.cluster, call.value as KubeObject).sort((a, b) => a.name.localeCompare(b.name));
  return pods.length > 0 ? { pod: pods[0] } : { error: `error: cannot attach to ${call.value.kind} ${name}: no pods found` };
}

function pickContainer(env: Env, pod: PodInfo, wanted: string | undefined): { name?: string; notice?: string; error?: string } {
  const names = containersOf(pod.object.spec).map((c) => str(c.name));
  if (wanted !== undefined)
    return names.includes(wanted) ? { name: wanted } : { error: `error: unable to upgrade connection: container not found ("${wanted}")` };
  const annotated = str(rec(pod.object.metadata.annotations)['kubectl.kubernetes.io/default-container']);
  const chosen = names.includes(annotated) ? annotated : names[0];
  return { name: chosen, notice: names.length > 1 ? `Defaulted container "${chosen}" out of: ${names.join(', ')}` : undefined };
}

const SHELLS = new Set(['sh', 'bash', 'ash', '/bin/sh', '/bin/bash', '/bin/ash']);

function execute(env: Env, pod: PodInfo, argv: string[]): ProcessResult {
  if (argv.length === 1 && SHELLS.has(argv[0])) return { out: [noteLine('stderr', msg('kubectl.refuse.interactiveExec', {}))], exitCode: 1 };
  const ctx: ProcessContext = { cluster: env.cluster, pod, turn: env.tick, token: automountsToken(env.cluster, pod.object) };
  return runProcess(ctx, argv);
}

/** Run `kubectl exec`. */
export function runExec(env: Env, parsed: ParsedArgs): number {
  const target = parsed.positional[0];
  if (!target) {
    printErr(env, usageError('exec', 'pod, type/name or --filename must be specified'));
    return 1;
  }
  if (!parsed.dashArgs || parsed.dashArgs.length === 0) {
    printErr(
      env,
      parsed.positional.length > 1
        ? 'error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead'
        : 'error: you must specify at least one command for the container',
    );
    return 1;
  }
  const found = findExecPod(env, target);
  if (!found.pod) {
    printErr(env, found.error ?? 'error: pod not found');
    return 1;
  }
  const pod = found.pod;
  const container = pickContainer(env, pod, flagString(parsed, 'container'));
  if (!container.name) {
    printErr(env, container.error ?? '');
    return 1;
  }
  const call = connectCall(env, { subresource: 'exec', namespace: pod.namespace, name: pod.name });
  if (!call.ok) {
    printStatus(env, call.error);
    return 1;
  }
  if (container.notice) printErr(env, container.notice);
  const result = execute(env, pod, parsed.dashArgs);
  printLines(env, result.out);
  if (result.exitCode !== 0) printErr(env, `command terminated with exit code ${result.exitCode}`);
  return result.exitCode;
}

function runPodObject(env: Env, parsed: ParsedArgs, name: string, image: string): KubeObject {
  const labels = Object.fromEntries(
    (flagString(parsed, 'labels') ?? `run=${name}`)
      .split(',')
      .filter((p) => p.includes('='))
      .map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]),
  );
  const args = parsed.dashArgs ?? [];
  const env_ = flagList(parsed, 'env').map((e) => ({ name: e.split('=')[0], value: e.split('=').slice(1).join('=') }));
  const port = flagString(parsed, 'port');
  const container: Record<string, unknown> = {
    name,
    image,
    ...(args.length ? (flagBool(parsed, 'command') ? { command: args } : { args }) : {}),
    ...(env_.length ? { env: env_ } : {}),
    ...(port ? { ports: [{ containerPort: Number(port) }] } : {}),
    ...(flagBool(parsed, 'stdin') ? { stdin: true, stdinOnce: true } : {}),
    ...(flagBool(parsed, 'tty') ? { tty: true } : {}),
  };
  const sa = flagString(parsed, 'serviceaccount');
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: env.namespace, labels },
    spec: { containers: [container], restartPolicy: flagString(parsed, 'restart') ?? 'Always', ...(sa ? { serviceAccountName: sa } : {}) },
  };
}

/** Run `kubectl run`. */
export function runRun(env: Env, parsed: ParsedArgs): number {
  const name = parsed.positional[0];
  if (!name) {
    printErr(env, usageError('run', 'NAME is required for run'));
    return 1;
  }
  const image = flagString(parsed, 'image');
  if (!image) {
    printErr(env, 'error: required flag(s) "image" not set');
    return 1;
  }
  const attach = flagBool(parsed, 'stdin') || flagBool(parsed, 'attach');
  if (flagBool(parsed, 'rm') && !attach) {
    printErr(env, 'error: --rm should only be used for attached containers');
    return 1;
  }
  const overridden = applyOverrides(runPodObject(env, parsed, name, image), flagString(parsed, 'overrides'), flagString(parsed, 'override-type'));
  if ('error' in overridden) {
    printErr(env, overridden.error);
    return 1;
  }
  const pod = overridden.object;
  const dryRunFlag = flagString(parsed, 'dry-run');
  const output = flagString(parsed, 'output');
  if (output !== undefined && !attach)
    return writeWithOutput(env, pod, dryRunFlag === 'client' ? 'client' : dryRunFlag === 'server' ? 'server' : undefined, output);
  const written = writeObject(env, pod, { mode: 'create', dryRun: dryRunFlag === 'client' ? 'client' : dryRunFlag === 'server' ? 'server' : undefined });
  if (!written.ok || !attach || dryRunFlag) {
    printWrite(env, written);
    return written.ok ? 0 : 1;
  }
  printWarnings(env, written.warnings);
  const info = podInfoOf(env, env.namespace, name);
  const call = connectCall(env, { subresource: 'attach', namespace: env.namespace, name });
  if (!call.ok) {
    printStatus(env, call.error);
    return 1;
  }
  const argv = parsed.dashArgs && parsed.dashArgs.length > 0 ? parsed.dashArgs : ['sh'];
  const result = info ? execute(env, info, argv) : { out: [], exitCode: 0 };
  printLines(env, result.out);
  if (flagBool(parsed, 'rm')) {
    apiCall(env, { version: 'v1', resource: 'pods', namespace: env.namespace, name, verb: 'delete' }, () => {
      env.cluster = removeObjects(
        env.cluster,
        (o) =>
          (o.kind === 'Pod' && nameOf(o) === name && namespaceOf(o) === env.namespace && labelsOf(o).run !== undefined) ||
          (o.kind === 'Pod' && nameOf(o) === name && namespaceOf(o) === env.namespace),
      );
      return { status: 200, value: true };
    });
    print(env, `pod "${name}" deleted`);
  }
  if (result.exitCode !== 0) printErr(env, `pod ${env.namespace}/${name} terminated (Error)`);
  return result.exitCode;
}
