/**
 * The API server's exact 403 text for a denied request: k8s.io/apiserver
 * `pkg/endpoints/handlers/responsewriters/errors.go` (forbiddenMessage, sanitized) wrapped by
 * apimachinery `errors.NewForbidden`. kubectl prints it after "Error from server (Forbidden): ".
 */
import type { AccessRequest, AuthorizationVerdict } from '../types';
import { aggregateErrors } from './applicableBindings';
import { goQuote } from '../support/goText';
import { readAttributes, readIdentity } from './requestAttributes';

/** Avoid emitting errors that look like HTML, as the API server does. */
function sanitize(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * `pods "web" is forbidden: User "alice" cannot delete resource "pods" in API group "" in the
 * namespace "dev"`, `forbidden: User "alice" cannot get path "/metrics"`, with
 * `: RBAC: <errors>` appended when the authorizer met missing roles.
 */
export function forbiddenMessage(request: AccessRequest, verdict?: AuthorizationVerdict): string {
  const user = readIdentity(request).user;
  const attributes = readAttributes(request);
  const errors = Array.isArray(verdict?.errors) ? verdict.errors.filter((e): e is string => typeof e === 'string') : [];
  const reason = errors.length > 0 ? `: RBAC: ${aggregateErrors(errors)}` : '';
  if ('invalid' in attributes || attributes.kind === 'nonResource') {
    const verb = 'invalid' in attributes ? '' : attributes.verb;
    const path = 'invalid' in attributes ? '' : attributes.path;
    return `forbidden: ${sanitize(`User ${goQuote(user)} cannot ${verb} path ${goQuote(path)}`)}${reason}`;
  }
  const { verb, group, resource, subresource, namespace, name } = attributes;
  const combined = subresource ? `${resource}/${subresource}` : resource;
  const scope = namespace ? `in the namespace ${goQuote(namespace)}` : 'at the cluster scope';
  const message = sanitize(`User ${goQuote(user)} cannot ${verb} resource ${goQuote(combined)} in API group ${goQuote(group)} ${scope}`);
  const qualified = group ? `${resource}.${group}` : resource;
  if (qualified === '') return `forbidden: ${message}${reason}`;
  return name ? `${qualified} ${goQuote(name)} is forbidden: ${message}${reason}` : `${qualified} is forbidden: ${message}${reason}`;
}
