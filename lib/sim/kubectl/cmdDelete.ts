/**
 * `kubectl delete TYPE NAME... | TYPE/NAME | -f FILE | -l SELECTOR | --all`: one DELETE per
 * object (authorized, admitted, audited). Deleting a namespace deletes what it holds.
 * Upstream: kubectl pkg/cmd/delete/delete.go; namespace lifecycle admission.
 * SIMPLIFICATION(k8s): objects a controller owns (a Deployment's pods) come back at once,
 * under the same name (names are derived from the owner).
 */
import { admit } from '../admission';
import { parseManifests } from '../parse';
import type { KubeObject } from '../types';
import { apiCall, effectiveIdentity } from '../apiserver/apiServer';
import { forbidden, isNotFound, notFound, status, toReason, type Status } from '../apiserver/status';
import { deletedResponse, deleteOptions } from '../apiserver/deleteBodies';
import { dryRunOf, dryRunSuffix, type DryRun } from './dryRun';
import { flagBool, flagList, flagString, type FlagSpec, type ParsedArgs } from './flags';
import { labelsOf, nameOf, namespaceOf } from '../apiserver/objectData';
import { qualifiedKind, qualifiedResource, resourceOfKind, type ResourceInfo } from '../apiserver/resourceTypes';
import { parseSelector, requirementsMatch } from './selectorText';
import { findObject, isDeclaredKey, listObjects, objectKey, removeObjects } from '../apiserver/store';
import { parseTargets, type Target } from './targets';
import type { Env } from './types';
import { usageError } from './usage';
import { print, printErr, printStatus, statusText } from './output';

export const DELETE_FLAGS: FlagSpec[] = [
  { name: 'filename', short: 'f', type: 'list' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'all', type: 'bool' },
  { name: 'all-namespaces', short: 'A', type: 'bool' },
  { name: 'ignore-not-found', type: 'bool' },
  { name: 'force', type: 'bool' },
  { name: 'grace-period', type: 'string' },
  { name: 'now', type: 'bool' },
  { name: 'wait', type: 'bool' },
  { name: 'dry-run', type: 'string' },
];

const PROTECTED_NAMESPACES = ['default', 'kube-system', 'kube-public'];

/**
 * Kinds whose deletion changes neither who may delete the next object (RBAC) nor how it is
 * admitted (admission configuration, namespaces): several DELETEs of these share one rebuild
 * of the cluster, so `kubectl delete pods --all` is linear in the pods, not quadratic.
 */
const BATCHABLE = new Set([
  'Pod',
  'Deployment',
  'ReplicaSet',
  'ReplicationController',
  'StatefulSet',
  'DaemonSet',
  'Job',
  'CronJob',
  'Service',
  'ConfigMap',
  'Secret',
  'NetworkPolicy',
  'Ingress',
  'PersistentVolumeClaim',
  'EndpointSlice',
]);
const ADMISSION_KINDS = [
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'MutatingAdmissionPolicy',
  'MutatingAdmissionPolicyBinding',
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration',
];

/**
 * Declared objects deleted but not yet removed from the snapshot. Each DELETE still goes
 * through authorization, admission and audit against a cluster where the earlier deletions
 * are gone (a pending one is not found again); the snapshot is rebuilt once per batch. An
 * object a controller made is not pending: it comes back at once (see the file comment).
 */
class DeleteBatch {
  private readonly pending = new Set<string>();

  constructor(private readonly env: Env) {}

  batchable(info: ResourceInfo): boolean {
    return BATCHABLE.has(info.kind) && !ADMISSION_KINDS.some((kind) => (this.env.cluster.byKind.get(kind)?.length ?? 0) > 0);
  }

  isPending(info: ResourceInfo, namespace: string, name: string): boolean {
    return this.pending.has(objectKey(info.kind, namespace, name));
  }

  remove(info: ResourceInfo, namespace: string, name: string): void {
    const matches = (o: KubeObject) =>
      (o.kind === info.kind && nameOf(o) === name && namespaceOf(o) === namespace) || (info.kind === 'Namespace' && namespaceOf(o) === name);
    if (!this.batchable(info)) {
      this.flush();
      this.env.cluster = removeObjects(this.env.cluster, matches);
    } else if (isDeclaredKey(this.env.cluster, info.kind, namespace, name)) {
      this.pending.add(objectKey(info.kind, namespace, name));
    } else {
      this.env.cluster = removeObjects(this.env.cluster, matches);
    }
  }

  flush(): void {
    if (this.pending.size === 0) return;
    const pending = new Set(this.pending);
    this.pending.clear();
    this.env.cluster = removeObjects(this.env.cluster, (o) => pending.has(objectKey(o.kind, namespaceOf(o), nameOf(o))));
  }
}

/** One delete's outcome: what kubectl prints on success, or the Status the server refused with. */
type DeleteOutcome = { ok: true; done: string } | { ok: false; error: Status };

function deleteOne(env: Env, batch: DeleteBatch, info: ResourceInfo, namespace: string, name: string, dryRun?: DryRun): DeleteOutcome {
  const ns = info.namespaced ? namespace : '';
  if (dryRun === 'client') return clientDryRun(env, info, ns, name);
  let rejection: Status | undefined;
  if (!batch.batchable(info)) batch.flush();
  const call = apiCall(
    env,
    { group: info.group, version: info.version, resource: info.resource, namespace: ns, name, verb: 'delete', body: deleteOptions(dryRun) },
    () => {
      const found = batch.isPending(info, ns, name) ? undefined : findObject(env.cluster, info, ns, name, env.tick);
      if (!found) return { status: 404, value: false };
      if (info.kind === 'Namespace' && PROTECTED_NAMESPACES.includes(name)) {
        const message = `namespaces "${name}" is forbidden: this namespace may not be deleted`;
        rejection = forbidden(message);
        return { status: 403, value: false, failure: rejection };
      }
      const who = effectiveIdentity(env);
      const verdict = admit(env.cluster, {
        operation: 'DELETE',
        oldObject: found,
        user: who.user,
        groups: who.groups,
        namespace: ns,
        name,
        dryRun: dryRun === 'server',
      });
      if (!verdict.allowed && !verdict.steps.some((s) => s.phase === 'authorization' && s.outcome === 'denied')) {
        rejection = status(verdict.code ?? 403, verdict.reason === undefined ? 'Forbidden' : toReason(verdict.reason), verdict.message ?? '');
        return { status: rejection.code, value: false, failure: rejection };
      }
      if (dryRun !== 'server') batch.remove(info, ns, name);
      return { status: 200, value: true, response: deletedResponse(env, info, found) };
    },
  );
  if (!call.ok) return { ok: false, error: call.error };
  if (rejection) return { ok: false, error: rejection };
  if (!call.value) return { ok: false, error: notFound(qualifiedResource(info), name) };
  return { ok: true, done: `${qualifiedKind(info)} "${name}" deleted${dryRunSuffix(dryRun)}` };
}

/** `--dry-run=client`: kubectl only reads the object (GET) and prints what it would delete. */
function clientDryRun(env: Env, info: ResourceInfo, ns: string, name: string): DeleteOutcome {
  const call = apiCall(env, { group: info.group, version: info.version, resource: info.resource, namespace: ns, name, verb: 'get' }, () => {
    const found = findObject(env.cluster, info, ns, name, env.tick);
    return { status: found ? 200 : 404, value: found !== undefined };
  });
  if (!call.ok) return { ok: false, error: call.error };
  if (!call.value) return { ok: false, error: notFound(qualifiedResource(info), name) };
  return { ok: true, done: `${qualifiedKind(info)} "${name}" deleted (dry run)` };
}

function objectsFromFiles(env: Env, files: string[]): { targets: { info: ResourceInfo; namespace: string; name: string }[]; errors: string[] } {
  const targets: { info: ResourceInfo; namespace: string; name: string }[] = [];
  const errors: string[] = [];
  for (const file of files) {
    const text = file === '-' ? (env.stdin ?? '') : env.files[file];
    if (typeof text !== 'string') {
      errors.push(`error: the path "${file}" does not exist`);
      continue;
    }
    for (const object of parseManifests(text, { file: file === '-' ? 'STDIN' : file }).objects as KubeObject[]) {
      const info = resourceOfKind(object.kind);
      if (info) targets.push({ info, namespace: namespaceOf(object) || env.namespace, name: nameOf(object) });
    }
  }
  return { targets, errors };
}

function selected(env: Env, target: Target, namespace: string, selector: string): { names: string[]; error?: string } {
  const requirements = parseSelector(selector);
  if (typeof requirements === 'string') return { names: [], error: `error: ${requirements}` };
  const { info } = target;
  const call = apiCall(
    env,
    { group: info.group, version: info.version, resource: info.resource, namespace: info.namespaced ? namespace : '', verb: 'list' },
    () => ({ status: 200, value: listObjects(env.cluster, info, info.namespaced ? namespace : '', env.tick) }),
  );
  if (!call.ok) return { names: [], error: statusText(call.error) };
  return { names: call.value.filter((o) => requirementsMatch(requirements, labelsOf(o))).map(nameOf) };
}

/** Run `kubectl delete`. */
export function runDelete(env: Env, parsed: ParsedArgs): number {
  const ignore = flagBool(parsed, 'ignore-not-found');
  const dryRun = dryRunOf(parsed);
  if (dryRun.error) {
    printErr(env, dryRun.error);
    return 1;
  }
  const jobs: { info: ResourceInfo; namespace: string; name: string }[] = [];
  const errors: string[] = [];
  const files = flagList(parsed, 'filename');
  if (files.length > 0) {
    const fromFiles = objectsFromFiles(env, files);
    jobs.push(...fromFiles.targets);
    errors.push(...fromFiles.errors);
  } else {
    if (parsed.positional.length === 0) {
      printErr(
        env,
        usageError(
          'delete',
          "You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'",
        ),
      );
      return 1;
    }
    const targets = parseTargets(parsed.positional);
    if (!targets.ok) {
      printErr(env, `error: ${targets.error}`);
      return 1;
    }
    const selector = flagString(parsed, 'selector');
    const all = flagBool(parsed, 'all');
    for (const target of targets.targets) {
      if (target.names.length === 0 && selector === undefined && !all) {
        printErr(env, 'error: resource(s) were provided, but no name was specified');
        return 1;
      }
      const names = target.names.length > 0 ? { names: target.names } : selected(env, target, env.namespace, selector ?? '');
      if (names.error) errors.push(names.error);
      for (const name of names.names) jobs.push({ info: target.info, namespace: env.namespace, name });
    }
  }
  let failed = errors.length > 0;
  const batch = new DeleteBatch(env);
  for (const job of jobs) {
    const result = deleteOne(env, batch, job.info, job.namespace, job.name, dryRun.mode);
    if (result.ok) {
      print(env, result.done);
      continue;
    }
    // delete.go: --ignore-not-found drops errors.IsNotFound (the Status reason), nothing else.
    if (ignore && isNotFound(result.error)) continue;
    printStatus(env, result.error);
    failed = true;
  }
  batch.flush();
  if (jobs.length === 0 && errors.length === 0 && files.length === 0) printErr(env, `No resources found`);
  printErr(env, errors);
  return failed ? 1 : 0;
}
