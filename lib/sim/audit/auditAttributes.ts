/**
 * The request attributes audit rules see: the authorization attributes of the request,
 * computed before impersonation (k8s.io/apiserver `pkg/endpoints/request/requestinfo.go`,
 * `pkg/endpoints/filters/audit.go`).
 */
import type { AuditAttributes } from './types';
import { isRecord } from './policyChecks';

function str(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Preferred version of the API groups lessons use (what kubectl would request). */
const GROUP_VERSIONS: Record<string, string> = {
  '': 'v1',
  apps: 'v1',
  batch: 'v1',
  'rbac.authorization.k8s.io': 'v1',
  'networking.k8s.io': 'v1',
  policy: 'v1',
  autoscaling: 'v2',
  'storage.k8s.io': 'v1',
  'admissionregistration.k8s.io': 'v1',
  'apiextensions.k8s.io': 'v1',
  'coordination.k8s.io': 'v1',
  'certificates.k8s.io': 'v1',
  'authorization.k8s.io': 'v1',
  'authentication.k8s.io': 'v1',
  'discovery.k8s.io': 'v1',
  'events.k8s.io': 'v1',
  'scheduling.k8s.io': 'v1',
  'node.k8s.io': 'v1',
  'flowcontrol.apiserver.k8s.io': 'v1',
  'apiregistration.k8s.io': 'v1',
};

/** The version a request for this group uses when the request does not say. */
export function defaultGroupVersion(group: string): string {
  return Object.hasOwn(GROUP_VERSIONS, group) ? GROUP_VERSIONS[group] : 'v1';
}

/**
 * Build the attributes of an AuditRequest (any shape; never throws). Non-resource verbs are the
 * lowercase HTTP method; a request for the namespace object `namespaces/foo` has namespace `foo`.
 */
export function buildAuditAttributes(request: unknown): AuditAttributes {
  const r = isRecord(request) ? request : {};
  const base = { user: str(r.user), groups: strings(r.groups) };
  const ra = isRecord(r.resourceAttributes) ? r.resourceAttributes : null;
  if (ra) {
    const group = str(ra.group);
    const resource = str(ra.resource);
    const name = str(ra.name);
    let namespace = str(ra.namespace);
    if (group === '' && resource === 'namespaces' && namespace === '' && name !== '') namespace = name;
    return {
      ...base,
      verb: str(ra.verb),
      isResourceRequest: true,
      group,
      version: str(ra.version) || defaultGroupVersion(group),
      resource,
      subresource: str(ra.subresource),
      namespace,
      name,
      path: '',
    };
  }
  const nra = isRecord(r.nonResourceAttributes) ? r.nonResourceAttributes : {};
  return {
    ...base,
    verb: str(nra.verb).toLowerCase(),
    isResourceRequest: false,
    group: '',
    version: '',
    resource: '',
    subresource: '',
    namespace: '',
    name: '',
    path: str(nra.path),
  };
}
