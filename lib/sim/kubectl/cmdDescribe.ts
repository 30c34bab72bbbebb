/**
 * `kubectl describe TYPE [NAME_PREFIX] | TYPE/NAME`: fetch (get, or list when matching a name
 * prefix) and print each object with its kind's describer. Upstream: kubectl
 * pkg/cmd/describe/describe.go and pkg/describe/describe.go.
 */
import type { KubeObject } from '../types';
import { apiCall } from '../apiserver/apiServer';
import { notFound } from '../apiserver/status';
import { describeConfigMap, describeGeneric, describeNamespace, describeSecret, describeService, describeServiceAccount } from './describeCore';
import { describeDeployment } from './describeDeployment';
import { describeNetworkPolicy } from './describeNetpol';
import { describePod } from './describePod';
import { describeBinding, describeRole } from './describeRbac';
import { finishDescribe } from './describeText';
import { flagBool, flagString, type FlagSpec, type ParsedArgs } from './flags';
import { labelsOf, nameOf } from '../apiserver/objectData';
import { qualifiedResource, type ResourceInfo } from '../apiserver/resourceTypes';
import { parseSelector, requirementsMatch } from './selectorText';
import { serverView } from '../apiserver/serverView';
import { listObjects } from '../apiserver/store';
import { parseTargets } from './targets';
import type { Env } from './types';
import { print, printErr, statusText } from './output';

export const DESCRIBE_FLAGS: FlagSpec[] = [
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'all-namespaces', short: 'A', type: 'bool' },
  { name: 'show-events', type: 'bool' },
];

function describeObject(env: Env, object: KubeObject): string[] {
  switch (object.kind) {
    case 'Pod':
      return describePod(env.cluster, object, env.tick);
    case 'Deployment':
      return describeDeployment(env.cluster, object, env.tick);
    case 'Role':
    case 'ClusterRole':
      return describeRole(env.cluster, object);
    case 'RoleBinding':
    case 'ClusterRoleBinding':
      return describeBinding(object);
    case 'NetworkPolicy':
      return describeNetworkPolicy(object);
    case 'Service':
      return describeService(env.cluster, object, env.tick);
    case 'ServiceAccount':
      return describeServiceAccount(object);
    case 'ConfigMap':
      return describeConfigMap(object);
    case 'Secret':
      return describeSecret(object);
    case 'Namespace':
      return describeNamespace(object);
    default:
      return describeGeneric(serverView(env.cluster, object));
  }
}

function fetchForDescribe(env: Env, info: ResourceInfo, namespace: string, names: string[], selector: string): { objects: KubeObject[]; errors: string[] } {
  const base = { group: info.group, version: info.version, resource: info.resource, namespace: info.namespaced ? namespace : '' };
  const requirements = parseSelector(selector);
  if (typeof requirements === 'string') return { objects: [], errors: [`error: ${requirements}`] };
  const listing = apiCall(env, { ...base, verb: names.length === 1 ? 'get' : 'list', ...(names.length === 1 ? { name: names[0] } : {}) }, () => ({
    status: 200,
    value: listObjects(env.cluster, info, base.namespace, env.tick),
  }));
  if (!listing.ok) return { objects: [], errors: [statusText(listing.error)] };
  const all = listing.value.filter((o) => requirementsMatch(requirements, labelsOf(o)));
  if (names.length === 0) return { objects: all, errors: [] };
  const objects: KubeObject[] = [];
  const errors: string[] = [];
  for (const name of names) {
    const exact = all.filter((o) => nameOf(o) === name);
    const matches = exact.length > 0 ? exact : all.filter((o) => nameOf(o).startsWith(name));
    if (matches.length === 0) errors.push(statusText(notFound(qualifiedResource(info), name)));
    objects.push(...matches);
  }
  return { objects, errors };
}

/** Run `kubectl describe`. */
export function runDescribe(env: Env, parsed: ParsedArgs): number {
  if (parsed.positional.length === 0) {
    printErr(env, [
      'You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.',
      '',
      'error: Required resource not specified.',
      "See 'kubectl describe -h' for help and examples",
    ]);
    return 1;
  }
  const targets = parseTargets(parsed.positional);
  if (!targets.ok) {
    printErr(env, `error: ${targets.error}`);
    return 1;
  }
  const namespace = flagBool(parsed, 'all-namespaces') ? '' : env.namespace;
  const blocks: string[][] = [];
  const errors: string[] = [];
  for (const target of targets.targets) {
    const { objects, errors: more } = fetchForDescribe(env, target.info, namespace, target.names, flagString(parsed, 'selector') ?? '');
    errors.push(...more);
    for (const object of objects) blocks.push(finishDescribe(describeObject(env, object)));
  }
  blocks.forEach((block, i) => {
    if (i > 0) print(env, ['', '']);
    print(env, block);
  });
  if (blocks.length === 0 && errors.length === 0)
    printErr(env, namespace === '' || !targets.targets.some((t) => t.info.namespaced) ? 'No resources found' : `No resources found in ${namespace} namespace.`);
  printErr(env, errors);
  return errors.length > 0 ? 1 : 0;
}
