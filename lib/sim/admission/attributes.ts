// Turning a request into admission attributes (k8s.io/apiserver pkg/admission/attributes.go).
import { resourceByName, resourceForKind, splitApiVersion } from './resources';
import type { AdmissionOperation, RequestAttributes } from './types';
import { isRecord } from '../support/record';
import { msg, type Message } from '../messages';
export { isRecord };

const OPERATIONS: readonly string[] = ['CREATE', 'UPDATE', 'DELETE', 'CONNECT'];

export function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function metadataOf(object: unknown): Record<string, unknown> {
  return isRecord(object) && isRecord(object.metadata) ? object.metadata : {};
}

export function labelsOf(object: unknown): Record<string, string> {
  const labels = metadataOf(object).labels;
  if (!isRecord(labels)) return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(labels)) if (typeof v === 'string') out[k] = v;
  return out;
}

export type AttributesResult = { ok: true; attributes: RequestAttributes } | { ok: false; text: Message };

/**
 * Builds admission attributes from a request: group/version/resource from the object's
 * apiVersion and kind, name and namespace from its metadata (the request's namespace wins),
 * `default` for namespaced resources without one, `''` for cluster-scoped ones and Namespaces.
 */
export function buildAttributes(request: unknown): AttributesResult {
  if (!isRecord(request)) return bad(msg('admission.bad.notObject', {}));
  const operation = request.operation;
  if (typeof operation !== 'string' || !OPERATIONS.includes(operation)) {
    return bad(msg('admission.bad.operation', { operation: JSON.stringify(operation) ?? 'undefined' }));
  }
  const object = isRecord(request.object) ? request.object : null;
  const oldObject = isRecord(request.oldObject) ? request.oldObject : null;
  if ((operation === 'CREATE' || operation === 'UPDATE') && !object) {
    return bad(msg('admission.bad.needsObject', { operation }));
  }
  if (operation === 'UPDATE' && !oldObject && !isRecord(request.oldObject) && request.oldObject !== undefined) {
    return bad(msg('admission.bad.oldObject', {}));
  }
  const source = (operation === 'DELETE' ? (oldObject ?? object) : (object ?? oldObject)) ?? {};
  const target = resolveResource(request, source, operation as AdmissionOperation);
  if (!target) return bad(msg('admission.bad.target', {}));
  const name = str(metadataOf(source).name) || str(request.name);
  const nsGiven = str(request.namespace) || str(metadataOf(source).namespace);
  const isNamespace = target.resource === 'namespaces' && target.group === '';
  const namespace = !target.namespaced || isNamespace ? '' : nsGiven || 'default';
  const groups = Array.isArray(request.groups) ? request.groups.filter((g): g is string => typeof g === 'string') : [];
  const subresource = str(request.subresource);
  const admitted = operation === 'CONNECT' ? connectOptions(target.resource, subresource, object) : operation === 'DELETE' ? null : object;
  return {
    ok: true,
    attributes: {
      operation: operation as AdmissionOperation,
      ...target,
      subresource,
      namespace,
      name,
      object: admitted,
      oldObject: operation === 'CREATE' || operation === 'CONNECT' ? null : oldObject,
      user: str(request.user),
      groups,
      dryRun: request.dryRun === true,
    },
  };
}

function resolveResource(request: Record<string, unknown>, source: Record<string, unknown>, operation: AdmissionOperation) {
  const kind = str(source.kind);
  const resourceName = str(request.resource);
  if (kind && operation !== 'CONNECT') {
    const info = resourceForKind(kind, str(source.apiVersion) || undefined);
    return { group: info.group, version: info.version, resource: info.resource, kind: info.kind, namespaced: info.namespaced };
  }
  if (resourceName) {
    const info = resourceByName(resourceName);
    const { group, version } = splitApiVersion(request.apiVersion);
    if (info) return { group: info.group, version: version || info.version, resource: info.resource, kind: info.kind, namespaced: info.namespaced };
    return { group, version, resource: resourceName, kind: '', namespaced: true };
  }
  if (operation === 'CONNECT') {
    return { group: '', version: 'v1', resource: 'pods', kind: 'Pod', namespaced: true };
  }
  return null;
}

const OPTIONS_KINDS: Record<string, string> = {
  'pods/exec': 'PodExecOptions',
  'pods/attach': 'PodAttachOptions',
  'pods/portforward': 'PodPortForwardOptions',
  'pods/proxy': 'PodProxyOptions',
  'services/proxy': 'ServiceProxyOptions',
  'nodes/proxy': 'NodeProxyOptions',
};

/**
 * A CONNECT request admits its options object (PodExecOptions, ...), never the pod: it has no
 * metadata, so a non-empty objectSelector never matches and CEL `object` is the options
 * (k8s.io/apiserver pkg/endpoints/handlers/rest.go ConnectResource; webhook predicates/object/matcher.go).
 * Given options keep their fields (command, container, stdin...); anything else is replaced.
 */
function connectOptions(resource: string, subresource: string, given: Record<string, unknown> | null): Record<string, unknown> {
  const kind = OPTIONS_KINDS[`${resource}/${subresource}`] ?? 'PodExecOptions';
  if (given && given.kind === kind) {
    const { metadata: _metadata, ...fields } = given;
    return { ...fields, apiVersion: 'v1' };
  }
  return { kind, apiVersion: 'v1' };
}

function bad(text: Message): AttributesResult {
  return { ok: false, text };
}

/** `pods`, `deployments.apps` — how the API server names a resource in messages. */
export function qualifiedResource(a: { resource: string; group: string }): string {
  return a.group ? `${a.resource}.${a.group}` : a.resource;
}
