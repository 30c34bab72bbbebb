/**
 * `kubectl get`: list or fetch objects (each a `list`/`get` request the API server authorizes
 * and audits) and print them. Upstream: kubectl pkg/cmd/get/get.go.
 */
import type { KubeObject } from '../types';
import { msg } from '../messages';
import { runRawGet } from './rawGet';
import { apiCall } from '../apiserver/apiServer';
import { isNotFound, notFound, status, type Status } from '../apiserver/status';
import { flagBool, flagString, type FlagSpec, type ParsedArgs } from './flags';
import { labelsOf, nameOf, rec, str } from '../apiserver/objectData';
import { printObjects, type PrintGroup } from './printObjects';
import { sortByPath } from './customColumns';
import { isListable, qualifiedResource, type ResourceInfo } from '../apiserver/resourceTypes';
import { parseSelector, requirementsMatch, type Requirement } from './selectorText';
import { serverView } from '../apiserver/serverView';
import { findObject, listObjects } from '../apiserver/store';
import { parseTargets, type Target } from './targets';
import type { Env } from './types';
import { seeHelp } from './usage';
import { print, printErr, printStatus } from './output';

export const GET_FLAGS: FlagSpec[] = [
  { name: 'output', short: 'o', type: 'string' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'all-namespaces', short: 'A', type: 'bool' },
  { name: 'show-labels', type: 'bool' },
  { name: 'no-headers', type: 'bool' },
  { name: 'field-selector', type: 'string' },
  { name: 'watch', short: 'w', type: 'bool' },
  { name: 'show-kind', type: 'bool' },
  { name: 'ignore-not-found', type: 'bool' },
  { name: 'raw', type: 'string' },
  { name: 'chunk-size', type: 'string' },
  { name: 'sort-by', type: 'string' },
];

const NO_TYPE = [
  'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.',
  '',
  'error: Required resource not specified.',
  'Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).',
  "See 'kubectl get -h' for help and examples",
];

function fieldMatches(object: KubeObject, selector: string): boolean {
  if (selector.trim() === '') return true;
  return selector.split(',').every((term) => {
    const m = /^([^!=]+)(==|=|!=)(.*)$/.exec(term.trim());
    if (!m) return true;
    const path = m[1].trim().split('.');
    let value: unknown = object;
    for (const key of path) value = rec(value)[key];
    const equal = str(value) === m[3].trim();
    return m[2] === '!=' ? !equal : equal;
  });
}

interface Fetch {
  group: PrintGroup;
  errors: Status[];
  forbidden: boolean;
}

function fetchTarget(env: Env, target: Target, scope: string, requirements: Requirement[], fieldSelector: string): Fetch {
  const { info } = target;
  if (!isListable(info))
    return {
      group: { info, objects: [] },
      errors: [status(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource')],
      forbidden: false,
    };
  const namespace = info.namespaced ? scope : '';
  const base = { group: info.group, version: info.version, resource: info.resource };
  if (target.names.length === 0) {
    const call = apiCall(env, { ...base, verb: 'list', namespace }, () => {
      const items = listObjects(env.cluster, info, namespace, env.tick).filter(
        (o) => requirementsMatch(requirements, labelsOf(o)) && fieldMatches(o, fieldSelector),
      );
      // The list body is only built when an audit policy could log it.
      const response =
        env.auditPolicy === undefined
          ? undefined
          : {
              kind: `${info.kind}List`,
              apiVersion: info.group ? `${info.group}/${info.version}` : info.version,
              metadata: {},
              items: items.map((o) => serverView(env.cluster, o)),
            };
      return { status: 200, value: items, response };
    });
    if (!call.ok) return { group: { info, objects: [] }, errors: [call.error], forbidden: true };
    return { group: { info, objects: call.value }, errors: [], forbidden: false };
  }
  const objects: KubeObject[] = [];
  const errors: Status[] = [];
  let forbidden = false;
  for (const name of target.names) {
    const call = apiCall(env, { ...base, verb: 'get', namespace, name }, () => {
      const found = findObject(env.cluster, info, namespace, name, env.tick);
      return found ? { status: 200, value: found, response: serverView(env.cluster, found) } : { status: 404, value: undefined };
    });
    if (!call.ok) {
      errors.push(call.error);
      forbidden = true;
      continue;
    }
    if (call.value) objects.push(call.value);
    else errors.push(notFound(qualifiedResource(info), name));
  }
  return { group: { info, objects }, errors, forbidden };
}

function emptyMessage(env: Env, targets: Target[], allNamespaces: boolean): string {
  const namespaced = targets.some((t) => t.info.namespaced);
  return !namespaced || allNamespaces ? 'No resources found' : `No resources found in ${env.namespace} namespace.`;
}

/** `--sort-by`: each type's objects ordered by the field, as the server returns them (sorter.go). */
function sortGroups(env: Env, groups: PrintGroup[], sortBy: string | undefined): { groups: PrintGroup[] } | { error: string } {
  if (sortBy === undefined || sortBy === '') return { groups };
  const out: PrintGroup[] = [];
  for (const group of groups) {
    const objects = sortByPath(group.objects, (o) => serverView(env.cluster, o), sortBy);
    if ('error' in objects) return objects;
    out.push({ ...group, objects });
  }
  return { groups: out };
}

/** Run `kubectl get`; returns the exit code. */
export function runGet(env: Env, parsed: ParsedArgs): number {
  const raw = flagString(parsed, 'raw');
  if (raw !== undefined) return runRawGet(env, raw, parsed.positional);
  if (parsed.positional.length === 0) {
    printErr(env, NO_TYPE);
    return 1;
  }
  const parsedTargets = parseTargets(parsed.positional);
  if (!parsedTargets.ok) {
    printErr(env, `error: ${parsedTargets.error}`);
    return 1;
  }
  if (flagBool(parsed, 'watch')) {
    printErr(env, [msg('kubectl.refuse.watch', {}), seeHelp('get')]);
    return 1;
  }
  const targets = parsedTargets.targets;
  const selectorText = flagString(parsed, 'selector') ?? '';
  const requirements = parseSelector(selectorText);
  if (typeof requirements === 'string') {
    printErr(env, `error: ${requirements}`);
    return 1;
  }
  if (selectorText !== '' && targets.some((t) => t.names.length > 0)) {
    printErr(env, 'error: name cannot be provided when a selector is specified');
    return 1;
  }
  const allNamespaces = flagBool(parsed, 'all-namespaces');
  const scope = allNamespaces ? '' : env.namespace;
  const fetched = targets.map((t) => fetchTarget(env, t, scope, requirements, flagString(parsed, 'field-selector') ?? ''));
  const sorted = sortGroups(
    env,
    fetched.map((f) => f.group),
    flagString(parsed, 'sort-by'),
  );
  if ('error' in sorted) {
    printErr(env, `error: ${sorted.error}`);
    return 1;
  }
  const groups = sorted.groups;
  const errors = fetched.flatMap((f) => f.errors);
  const anyNamed = targets.some((t) => t.names.length > 0);
  const output = flagString(parsed, 'output') ?? '';
  const printed = printObjects(env.cluster, env.tick, groups, {
    output,
    allNamespaces,
    showLabels: flagBool(parsed, 'show-labels'),
    noHeaders: flagBool(parsed, 'no-headers'),
    withKind: targets.length > 1 || flagBool(parsed, 'show-kind'),
    single: anyNamed && targets.length === 1 && targets[0].names.length === 1,
  });
  if (!Array.isArray(printed)) {
    printErr(env, typeof printed.error === 'string' ? `error: ${printed.error}` : printed.error);
    return 1;
  }
  const ignoreNotFound = flagBool(parsed, 'ignore-not-found');
  // get.go: with --ignore-not-found, errors.IsNotFound ones are dropped (decided by the Status reason).
  const shownErrors = ignoreNotFound ? errors.filter((e) => !isNotFound(e)) : errors;
  print(env, printed);
  const nothing = groups.every((g) => g.objects.length === 0);
  if (nothing && shownErrors.length === 0 && !anyNamed && (output === '' || output === 'wide')) printErr(env, emptyMessage(env, targets, allNamespaces));
  for (const error of shownErrors) printStatus(env, error);
  return shownErrors.length > 0 ? 1 : 0;
}

/** Names of objects of a type in a namespace (tab completion). */
export function namesForCompletion(env: Env, info: ResourceInfo): string[] {
  return listObjects(env.cluster, info, info.namespaced ? env.namespace : '', env.tick).map(nameOf);
}
