/**
 * One object written through the API server: authorization, admission (mutating and
 * validating plugins, `admit`), RBAC escalation checks on RBAC objects, then storage with the
 * server-set metadata. Shared by apply, create, run and the imperative creators.
 * Upstream: k8s.io/apiserver pkg/endpoints/handlers/create.go, patch.go; kubectl apply.go.
 */
import { admit, type InvalidStatusDetails } from '../admission';
import { checkRbacWrite } from '../rbac';
import type { KubeObject } from '../types';
import { apiCall, effectiveIdentity } from './apiServer';
import { alreadyExists, forbidden, notFound, status, toReason, type Status } from './status';
import { formatRfc3339, nowAt } from './clock';
import { createdAt } from './events';
import { cloneJson, isRecord, nameOf, namespaceOf, rec, stableJson, strMap } from './objectData';
import { qualifiedKind, qualifiedResource, resourceOfKind, type ResourceInfo } from './resourceTypes';
import { serverView } from './serverView';
import { findObject, putObject } from './store';
import type { RequestContext } from './types';
import { accountKeys, createCluster, missingServiceAccount } from '../cluster';
import { newInvalid } from './invalid';
import { objectMetaErrors } from './objectMetaErrors';
import { updateErrors } from './updateValidation';
import type { WriteBatch } from './writeBatch';

/**
 * The registry's validation of the object's metadata (the strategy's Validate in the create and
 * update handlers, apiserver pkg/registry/rest/create.go BeforeCreate): a 422 Invalid, or undefined.
 * SIMPLIFICATION(k8s): checked before mutating admission (upstream: after it).
 */
function validationFailure(info: ResourceInfo, object: KubeObject): Status | undefined {
  const errors = objectMetaErrors(object, info.namespaced);
  return errors.length === 0 ? undefined : newInvalid(info.group, info.kind, nameOf(object), errors);
}

/**
 * An RBAC write refused: escalation is 403 Forbidden; a roleRef.kind the binding cannot name is
 * the registry's 422 Invalid (pkg/apis/rbac/validation ValidateRoleBinding), which kubectl prints
 * from its details: `The RoleBinding "x" is invalid: roleRef.kind: Unsupported value: ...`.
 */
function rbacRejection(rbac: { via?: string; message?: string }, where: string): Status {
  const message = rbac.message ?? '';
  const invalid = rbac.via === 'invalid' ? /^(\w+)(?:\.([\w.]+))? "(.*)" is invalid: ([^:]+): (.*)$/s.exec(message) : null;
  if (!invalid) return forbidden(`${where}${message}`);
  return status(422, 'Invalid', message, { name: invalid[3], group: invalid[2] ?? '', kind: invalid[1], causes: [{ field: invalid[4], message: invalid[5] }] });
}

export type WriteMode = 'apply' | 'create';

export interface WriteOptions {
  mode: WriteMode;
  /** File the object came from (error texts name it). */
  source?: string;
  dryRun?: 'client' | 'server';
  /** Save kubectl.kubernetes.io/last-applied-configuration (apply, --save-config). */
  saveConfig?: boolean;
  /** The command's batch: a write it accepts is stored with the others, in one rebuild (writeBatch.ts). */
  batch?: WriteBatch;
}

export interface WriteResult {
  ok: boolean;
  /** Admission warnings (the response's `Warning:` headers; kubectl prints them on stderr). */
  warnings: string[];
  /** What happened, as kubectl reports it on stdout: `pod/web created`, `... configured (dry run)`. */
  done?: string;
  /** The server's refusal (its message carries the file, as kubectl's AddSourceToErr puts it). */
  error?: Status;
  /** A refusal kubectl makes itself before any request (no `error: ` prefix). */
  clientError?: string;
  /** The object the server returned (created or patched), for `-o yaml|json`. */
  object?: KubeObject;
}

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

function lastApplied(object: KubeObject): string {
  const copy = cloneJson(object);
  const annotations = strMap(copy.metadata.annotations);
  delete annotations[LAST_APPLIED];
  copy.metadata = { ...copy.metadata, annotations };
  if (Object.keys(annotations).length === 0) delete copy.metadata.annotations;
  return `${stableJson(copy)}\n`;
}

/** The object as createCluster would default it, for "unchanged" comparisons. */
function defaulted(object: KubeObject): KubeObject {
  return createCluster([object]).declared[0] ?? object;
}

const SERVER_FIELDS = ['creationTimestamp', 'uid', 'resourceVersion', 'generation'];

function comparable(object: KubeObject): string {
  const copy = cloneJson(object);
  const meta = { ...copy.metadata };
  for (const key of SERVER_FIELDS) delete meta[key];
  const annotations = strMap(meta.annotations);
  delete annotations[LAST_APPLIED];
  meta.annotations = Object.keys(annotations).length ? annotations : undefined;
  copy.metadata = meta;
  delete copy.status;
  return stableJson(copy);
}

/** Keep what the server assigned (addresses, node, timestamps) when an object is replaced. */
function carryServerFields(next: KubeObject, live: KubeObject): void {
  for (const key of SERVER_FIELDS) if (live.metadata[key] !== undefined) next.metadata[key] = live.metadata[key];
  const spec = rec(next.spec);
  const liveSpec = rec(live.spec);
  if (next.kind === 'Service' && isRecord(next.spec)) {
    if (spec.clusterIP === undefined && liveSpec.clusterIP !== undefined) spec.clusterIP = liveSpec.clusterIP;
    if (spec.clusterIPs === undefined && liveSpec.clusterIPs !== undefined) spec.clusterIPs = liveSpec.clusterIPs;
  }
  if (next.kind === 'Pod') {
    if (spec.nodeName === undefined && liveSpec.nodeName !== undefined && isRecord(next.spec)) spec.nodeName = liveSpec.nodeName;
    if (next.status === undefined && live.status !== undefined) next.status = cloneJson(live.status);
  }
}

function suffix(options: WriteOptions): string {
  return options.dryRun === 'client' ? ' (dry run)' : options.dryRun === 'server' ? ' (server dry run)' : '';
}

function admission(env: RequestContext, operation: 'CREATE' | 'UPDATE', object: KubeObject, old: KubeObject | undefined): ReturnType<typeof admit> {
  const who = effectiveIdentity(env);
  const request = { operation, object, ...(old ? { oldObject: old } : {}), user: who.user, groups: who.groups, namespace: namespaceOf(object) };
  let verdict = admit(env.cluster, request);
  // SIMPLIFICATION(k8s): apply sends a PATCH (RBAC verb `patch`, checked before); admit asks
  // `update`, so an allowed patch is re-admitted past authorization.
  if (!verdict.allowed && verdict.steps.some((s) => s.phase === 'authorization' && s.outcome === 'denied') && operation === 'UPDATE') {
    verdict = admit(env.cluster, { ...request, groups: [...who.groups, 'system:masters'] });
  }
  return verdict;
}

/**
 * The Status of a rejected write. A 422 Invalid carries its cause in the details (kubectl prints
 * it from there: `The <resource> "<name>" is invalid: : <cause>`, without the file).
 */
function rejectionStatus(
  verdict: { reason?: string; message?: string; code?: number; details?: InvalidStatusDetails },
  action: string,
  info: ResourceInfo,
  name: string,
): Status {
  const message = verdict.message ?? '';
  const reason = toReason(verdict.reason);
  // A plugin that answered with field causes (PodSecurity's namespace labels): `The Namespace "x" is invalid: <field>: ...`.
  if (verdict.code === 422 && reason === 'Invalid' && verdict.details) return status(422, 'Invalid', message, verdict.details);
  if (verdict.code === 422 && reason === 'Invalid') {
    const cause = message.replace(/^\S+ "[^"]*" is forbidden: /, '');
    return status(422, 'Invalid', message, { name, kind: info.resource, causes: [{ field: '', message: cause }] });
  }
  return status(verdict.code ?? 403, reason, `${action}${message}`);
}

/** A Status whose message names the file: kubectl's AddSourceToErr (`error when creating "f": ...`). */
function withSource(error: Status, where: string): Status {
  return where === '' ? error : { ...error, message: `${where}${error.message}` };
}

function store(env: RequestContext, object: KubeObject, live: KubeObject | undefined, options: WriteOptions): KubeObject {
  const stored = cloneJson(object);
  if (live) carryServerFields(stored, live);
  stored.metadata.creationTimestamp ??= formatRfc3339(live ? createdAt(live) : nowAt(env.tick));
  stored.metadata.resourceVersion = String(1000 + env.tick * 10 + env.requests);
  if (options.dryRun) return stored;
  if (options.batch?.accepts(stored)) options.batch.add(stored);
  else env.cluster = putObject(env.cluster, stored);
  return stored;
}

/** The ServiceAccounts of a snapshot, computed once per snapshot (a batch writes many pods against one). */
const accountIndexes = new WeakMap<object, Set<string>>();

function serviceAccounts(cluster: RequestContext['cluster']): Set<string> {
  let keys = accountIndexes.get(cluster);
  if (!keys) accountIndexes.set(cluster, (keys = accountKeys(cluster.objects)));
  return keys;
}

function createNew(env: RequestContext, info: ResourceInfo, object: KubeObject, options: WriteOptions): WriteResult {
  const base = { group: info.group, version: info.version, resource: info.resource, namespace: info.namespaced ? namespaceOf(object) : '' };
  const where = options.source !== undefined ? `error when creating "${options.source}": ` : '';
  let rejection: Status | undefined;
  const warnings: string[] = [];
  const call = apiCall(env, { ...base, verb: 'create', body: object }, () => {
    if (findObject(env.cluster, info, base.namespace, nameOf(object), env.tick)) {
      rejection = withSource(alreadyExists(qualifiedResource(info), nameOf(object)), where);
      return { status: 409, value: undefined };
    }
    const invalid = validationFailure(info, object);
    if (invalid) {
      rejection = withSource(invalid, where);
      return { status: 422, value: undefined, failure: invalid };
    }
    const missing =
      object.kind === 'Pod'
        ? missingServiceAccount({ ...object, metadata: { ...object.metadata, namespace: base.namespace } }, serviceAccounts(env.cluster))
        : undefined;
    if (missing !== undefined) {
      // ServiceAccount admission (plugin/pkg/admission/serviceaccount/admission.go).
      rejection = forbidden(
        `${where}pods "${nameOf(object)}" is forbidden: error looking up service account ${base.namespace}/${missing}: serviceaccount "${missing}" not found`,
      );
      return { status: 403, value: undefined };
    }
    const verdict = admission(env, 'CREATE', object, undefined);
    warnings.push(...verdict.warnings);
    if (!verdict.allowed) {
      rejection = rejectionStatus(verdict, where, info, nameOf(object));
      return { status: verdict.code ?? 403, value: undefined };
    }
    const admitted = isRecord(verdict.object) ? (verdict.object as KubeObject) : object;
    const rbac = checkRbacWrite(env.cluster, effectiveIdentity(env), admitted, { operation: 'create', namespace: namespaceOf(admitted) });
    if (!rbac.allowed) {
      rejection = rbacRejection(rbac, where);
      return { status: rejection.code, value: undefined };
    }
    const stored = store(env, admitted, undefined, options);
    return { status: 201, value: stored, response: serverView(env.cluster, stored), annotations: verdict.auditAnnotations };
  });
  if (!call.ok) return { ok: false, warnings: [], error: withSource(call.error, where) };
  if (rejection) return { ok: false, warnings, error: rejection };
  return { ok: true, warnings, done: `${qualifiedKind(info)}/${nameOf(object)} created${suffix(options)}`, ...(call.value ? { object: call.value } : {}) };
}

function patchExisting(env: RequestContext, info: ResourceInfo, object: KubeObject, live: KubeObject, options: WriteOptions): WriteResult {
  const candidate = cloneJson(object);
  carryServerFields(candidate, live);
  if (comparable(defaulted(candidate)) === comparable(live))
    return { ok: true, warnings: [], done: `${qualifiedKind(info)}/${nameOf(object)} unchanged${suffix(options)}` };
  const base = {
    group: info.group,
    version: info.version,
    resource: info.resource,
    namespace: info.namespaced ? namespaceOf(object) : '',
    name: nameOf(object),
  };
  const where = options.source !== undefined ? `error when patching "${options.source}": ` : '';
  const immutable = updateErrors(defaulted(candidate), live);
  if (immutable.length > 0) {
    // The registry's ValidateUpdate (updateValidation.ts): 422 Invalid, printed by kubectl from its causes.
    const texts = immutable.map((e) => `${e.field}: ${e.message}`);
    const aggregate = texts.length === 1 ? texts[0] : `[${texts.join(', ')}]`;
    return {
      ok: false,
      warnings: [],
      error: status(422, 'Invalid', `${object.kind}.${info.group} "${nameOf(object)}" is invalid: ${aggregate}`, {
        name: nameOf(object),
        group: info.group,
        kind: object.kind,
        causes: immutable,
      }),
    };
  }
  let rejection: Status | undefined;
  const warnings: string[] = [];
  const call = apiCall(env, { ...base, verb: 'patch', body: object }, () => {
    const invalid = validationFailure(info, candidate);
    if (invalid) {
      rejection = withSource(invalid, where);
      return { status: 422, value: undefined, failure: invalid };
    }
    const verdict = admission(env, 'UPDATE', candidate, live);
    warnings.push(...verdict.warnings);
    if (!verdict.allowed) {
      rejection = rejectionStatus(verdict, where, info, nameOf(object));
      return { status: verdict.code ?? 403, value: undefined };
    }
    const admitted = isRecord(verdict.object) ? (verdict.object as KubeObject) : candidate;
    const rbac = checkRbacWrite(env.cluster, effectiveIdentity(env), admitted, { operation: 'update', namespace: namespaceOf(admitted) });
    if (!rbac.allowed) {
      rejection = rbacRejection(rbac, where);
      return { status: rejection.code, value: undefined };
    }
    const stored = store(env, admitted, live, options);
    return { status: 200, value: stored, response: serverView(env.cluster, stored), annotations: verdict.auditAnnotations };
  });
  if (!call.ok) return { ok: false, warnings: [], error: withSource(call.error, where) };
  if (rejection) return { ok: false, warnings, error: rejection };
  return { ok: true, warnings, done: `${qualifiedKind(info)}/${nameOf(object)} configured${suffix(options)}` };
}

/** Write one object (already in its namespace) as `kubectl apply` or `kubectl create` would. */
export function writeObject(env: RequestContext, input: KubeObject, options: WriteOptions): WriteResult {
  const info = resourceOfKind(input.kind);
  // The RESTMapper's NoKindMatchError, wrapped by kubectl (apply.go): no request is made.
  if (!info)
    return {
      ok: false,
      warnings: [],
      clientError: `resource mapping not found for name: "${nameOf(input)}" namespace: "${namespaceOf(input)}" from "${options.source ?? ''}": no matches for kind "${input.kind}" in version "${input.apiVersion}"\nensure CRDs are installed first`,
    };
  // Any write the batch does not hold sees the pending ones stored first, as upstream's next request would.
  if (options.batch && !options.batch.accepts(input)) options.batch.flush();
  const object = cloneJson(input);
  if (options.saveConfig) object.metadata.annotations = { ...strMap(object.metadata.annotations), [LAST_APPLIED]: lastApplied(input) };
  const namespace = info.namespaced ? namespaceOf(object) : '';
  if (info.namespaced && !env.cluster.namespaces.has(namespace)) {
    apiCall(env, { group: info.group, version: info.version, resource: info.resource, namespace, verb: 'create', body: object }, () => ({
      status: 404,
      value: undefined,
    }));
    return { ok: false, warnings: [], error: withSource(notFound('namespaces', namespace), `error when creating "${options.source ?? ''}": `) };
  }
  if (options.mode === 'create') return createNew(env, info, object, options);
  const live = apiCall(env, { group: info.group, version: info.version, resource: info.resource, namespace, name: nameOf(object), verb: 'get' }, () => {
    const found = findObject(env.cluster, info, namespace, nameOf(object), env.tick);
    return found ? { status: 200, value: found, response: serverView(env.cluster, found) } : { status: 404, value: undefined };
  });
  if (!live.ok) {
    const group = info.group ? `${info.group}/${info.version}` : info.version;
    return {
      ok: false,
      warnings: [],
      error: withSource(
        live.error,
        `error when retrieving current configuration of:\nResource: "${group}, Resource=${info.resource}", GroupVersionKind: "${group}, Kind=${info.kind}"\nName: "${nameOf(object)}", Namespace: "${namespace}"\nfrom server for: "${options.source ?? ''}": `,
      ),
    };
  }
  return live.value ? patchExisting(env, info, object, live.value, options) : createNew(env, info, object, options);
}
