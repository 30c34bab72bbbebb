import type { AuditAttributes } from './types';

const COLLECTION_VERBS = new Set(['list', 'watch', 'deletecollection']);

function segment(value: string): string {
  return encodeURIComponent(value);
}

/**
 * The request URI kubectl would send for these attributes (the inverse of k8s.io/apiserver
 * `pkg/endpoints/request/requestinfo.go`), e.g. `list secrets` in `default` →
 * `/api/v1/namespaces/default/secrets?limit=500` as in the talk's audit event.
 * SIMPLIFICATION(k8s): query parameters are kubectl's usual ones (limit=500 for lists,
 * watch=true, a name fieldSelector for named watches); others (exec commands, dry-run) are left out.
 */
export function buildRequestUri(attrs: AuditAttributes): string {
  if (!attrs.isResourceRequest) return attrs.path || '/';
  const prefix = attrs.group === '' ? `/api/${segment(attrs.version)}` : `/apis/${segment(attrs.group)}/${segment(attrs.version)}`;
  const isNamespaceObject = attrs.group === '' && attrs.resource === 'namespaces';
  const scope = attrs.namespace !== '' && !isNamespaceObject ? `/namespaces/${segment(attrs.namespace)}` : '';
  const collection = `${prefix}${scope}/${segment(attrs.resource)}`;
  const nameInPath = attrs.name !== '' && !COLLECTION_VERBS.has(attrs.verb) && (attrs.verb !== 'create' || attrs.subresource !== '');
  let path = collection;
  if (nameInPath) path += `/${segment(attrs.name)}`;
  else if (isNamespaceObject && attrs.namespace !== '' && !COLLECTION_VERBS.has(attrs.verb) && attrs.verb !== 'create') {
    path += `/${segment(attrs.namespace)}`;
  }
  if (attrs.subresource !== '' && nameInPath) path += `/${segment(attrs.subresource)}`;
  if (attrs.verb === 'list') return `${path}?limit=500`;
  if (attrs.verb === 'watch') {
    return attrs.name !== '' ? `${path}?fieldSelector=metadata.name%3D${segment(attrs.name)}&watch=true` : `${path}?watch=true`;
  }
  return path;
}
