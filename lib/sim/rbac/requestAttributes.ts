/**
 * Reading an AccessRequest (a SubjectAccessReview spec) defensively: absent fields are '',
 * groups are taken exactly as given, and a malformed review becomes an `invalid` reason
 * instead of an exception.
 */
import type { AccessRequest } from '../types';
import { isRecord, readString, readStringList } from './read';
import type { Identity, NormalizedAttributes } from './types';

/** SubjectAccessReview spec.user and spec.groups, groups taken exactly as given. */
export function readIdentity(request: unknown): Identity {
  const body = isRecord(request) ? request : {};
  return { user: readString(body.user), groups: readStringList(body.groups) };
}

/**
 * Resource or non-resource attributes, or why the review is invalid (SubjectAccessReview
 * validation: exactly one of resourceAttributes / nonResourceAttributes).
 */
export function readAttributes(request: AccessRequest | unknown): NormalizedAttributes | { invalid: string } {
  const body = isRecord(request) ? request : {};
  const resource = body.resourceAttributes;
  const nonResource = body.nonResourceAttributes;
  const hasResource = isRecord(resource);
  const hasNonResource = isRecord(nonResource);
  if (hasResource && hasNonResource) return { invalid: 'resourceAttributes and nonResourceAttributes are mutually exclusive' };
  if (hasNonResource) return { kind: 'nonResource', verb: readString(nonResource.verb), path: readString(nonResource.path) };
  if (!hasResource) return { invalid: 'exactly one of resourceAttributes or nonResourceAttributes must be specified' };
  return {
    kind: 'resource',
    verb: readString(resource.verb),
    group: readString(resource.group),
    resource: readString(resource.resource),
    subresource: readString(resource.subresource),
    namespace: readString(resource.namespace),
    name: readString(resource.name),
  };
}

/** Plain attributes (what types.ts calls ResourceAttributes/NonResourceAttributes) as normalized ones. */
export function normalizeAttributes(attributes: unknown): NormalizedAttributes | { invalid: string } {
  if (!isRecord(attributes)) return { invalid: 'attributes must be an object' };
  if ('path' in attributes && !('resource' in attributes)) return readAttributes({ nonResourceAttributes: attributes });
  return readAttributes({ resourceAttributes: attributes });
}
