/**
 * Resource types as kubectl resolves them through discovery: plural (`pods`), singular
 * (`pod`), short names (`po`), `resource.group` (`deployments.apps`), case-insensitive.
 * The kind table is the admission module's (`RESOURCES`), the single source in the simulator.
 */
import { RESOURCES, type ResourceInfo } from '../admission';

export type { ResourceInfo };

/** Kinds `kubectl get` can list in the lab (the rest of RESOURCES are review/virtual kinds). */
const NOT_LISTABLE = new Set([
  'TokenReview',
  'SubjectAccessReview',
  'SelfSubjectAccessReview',
  'SelfSubjectRulesReview',
  'LocalSubjectAccessReview',
  'SelfSubjectReview',
  'Eviction',
]);

/** `kubectl get all`: the "all" category (kubectl api-resources --categories=all). */
export const ALL_CATEGORY = ['Pod', 'Service', 'DaemonSet', 'Deployment', 'ReplicaSet', 'StatefulSet', 'Job', 'CronJob'];

const BY_NAME = new Map<string, ResourceInfo>();
for (const info of RESOURCES) {
  const names = [info.resource, info.kind.toLowerCase(), ...(info.shortNames ?? [])];
  for (const name of names) {
    if (!BY_NAME.has(name)) BY_NAME.set(name, info);
    BY_NAME.set(`${name}.${info.group}`, info);
  }
}

/** Look a type up (`po`, `pods`, `Pod`, `deployments.apps`, `roles.rbac.authorization.k8s.io`). */
export function resolveResourceType(text: string): ResourceInfo | undefined {
  const name = text.toLowerCase();
  const direct = BY_NAME.get(name);
  if (direct) return direct;
  // `deployments.v1.apps` (resource.version.group)
  const parts = name.split('.');
  if (parts.length >= 3) return BY_NAME.get(`${parts[0]}.${parts.slice(2).join('.')}`);
  return undefined;
}

/** Can `kubectl get` list this type? */
export function isListable(info: ResourceInfo): boolean {
  return !NOT_LISTABLE.has(info.kind);
}

/** `pod`, `deployment.apps`, `role.rbac.authorization.k8s.io`: how kubectl names a kind in `kind/name` output. */
export function qualifiedKind(info: Pick<ResourceInfo, 'kind' | 'group'>): string {
  const kind = info.kind.toLowerCase();
  return info.group ? `${kind}.${info.group}` : kind;
}

/** `pods`, `deployments.apps`: the resource as API errors name it. */
export function qualifiedResource(info: Pick<ResourceInfo, 'resource' | 'group'>): string {
  return info.group ? `${info.resource}.${info.group}` : info.resource;
}

/** Every listable type, for completion and help. */
export function listableTypes(): ResourceInfo[] {
  return RESOURCES.filter(isListable);
}

/** The ResourceInfo of a kind (`Role`), if known. */
export function resourceOfKind(kind: string): ResourceInfo | undefined {
  return RESOURCES.find((r) => r.kind === kind);
}
