/**
 * `kubectl auth can-i` (a SelfSubjectAccessReview, or a SelfSubjectRulesReview with --list)
 * and `kubectl auth whoami` (a SelfSubjectReview), as the impersonated user when `--as` is
 * given. Upstream: kubectl pkg/cmd/auth/cani.go, whoami.go; semantics/rbac.md §9.
 */
import { authorize, formatPermissionTable, listPermissions, permissionListWarning, rbacDenialReason } from '../rbac';
import { apiCall } from '../apiserver/apiServer';
import { flagBool, flagString, type FlagSpec, type ParsedArgs } from './flags';
import { resolveResourceType } from '../apiserver/resourceTypes';
import { formatTable } from './tabwriter';
import { ownTable } from '../apiserver/objectData';
import type { Env, Who } from './types';
import { usageError } from './usage';
import { print, printErr, printStatus } from './output';

export const AUTH_SUBCOMMANDS: Record<string, FlagSpec[]> = ownTable({
  'can-i': [
    { name: 'all-namespaces', short: 'A', type: 'bool' },
    { name: 'list', type: 'bool' },
    { name: 'quiet', short: 'q', type: 'bool' },
    { name: 'subresource', type: 'string' },
    { name: 'no-headers', type: 'bool' },
  ],
  whoami: [{ name: 'output', short: 'o', type: 'string' }],
});

const RESOURCE_VERBS = [
  'get',
  'list',
  'watch',
  'create',
  'update',
  'patch',
  'delete',
  'deletecollection',
  'use',
  'bind',
  'impersonate',
  '*',
  'approve',
  'sign',
  'escalate',
  'attest',
];
const NON_RESOURCE_VERBS = ['get', 'put', 'post', 'head', 'options', 'delete', 'patch', '*'];
const AUTHZ = { group: 'authorization.k8s.io', version: 'v1' };

interface CanIQuestion {
  verb: string;
  group: string;
  resource: string;
  name: string;
  path?: string;
  warnings: string[];
  namespaced: boolean;
}

function question(verb: string, target: string): CanIQuestion {
  const warnings: string[] = [];
  if (target.startsWith('/')) {
    if (!NON_RESOURCE_VERBS.includes(verb)) warnings.push(`Warning: verb '${verb}' is not a known verb`);
    return { verb, group: '', resource: '', name: '', path: target, warnings, namespaced: false };
  }
  const [typeText, name = ''] = target.split(/\/(.*)/s);
  if (typeText === '*') return { verb, group: '', resource: '*', name, warnings, namespaced: true };
  const info = resolveResourceType(typeText);
  if (!info) {
    const dot = typeText.indexOf('.');
    const resource = (dot < 0 ? typeText : typeText.slice(0, dot)).toLowerCase();
    const group = dot < 0 ? '' : typeText.slice(dot + 1).toLowerCase();
    warnings.push(
      group
        ? `Warning: the server doesn't have a resource type '${resource}' in group '${group}'`
        : `Warning: the server doesn't have a resource type '${resource}'`,
    );
    if (verb !== '*' && !RESOURCE_VERBS.includes(verb)) warnings.push(`Warning: verb '${verb}' is not a known verb`);
    return { verb, group, resource, name, warnings, namespaced: true };
  }
  if (verb !== '*' && !RESOURCE_VERBS.includes(verb)) warnings.push(`Warning: verb '${verb}' is not a known verb`);
  return { verb, group: info.group, resource: info.resource, name, warnings, namespaced: info.namespaced };
}

/** `--list`: Complete rejects arguments first, then Validate the flags it cannot go with (cani.go, their wording). */
function runList(env: Env, parsed: ParsedArgs): number {
  if (parsed.positional.length > 1) {
    printErr(env, 'error: list option must be specified with no arguments');
    return 1;
  }
  if (flagBool(parsed, 'quiet') || flagBool(parsed, 'all-namespaces') || (flagString(parsed, 'subresource') ?? '') !== '') {
    printErr(env, "error: list option can't be specified with neither quiet, all-namespaces nor subresource options");
    return 1;
  }
  const call = apiCall(
    env,
    {
      ...AUTHZ,
      verb: 'create',
      resource: 'selfsubjectrulesreviews',
      body: { kind: 'SelfSubjectRulesReview', apiVersion: 'authorization.k8s.io/v1', spec: { namespace: env.namespace } },
    },
    (who: Who) => {
      const list = listPermissions(env.cluster, { user: who.user, groups: who.groups, namespace: env.namespace });
      return { status: 201, value: list };
    },
    { skipAuthz: true },
  );
  if (!call.ok) {
    printStatus(env, call.error);
    return 1;
  }
  const warning = permissionListWarning(call.value);
  if (warning) printErr(env, warning);
  print(env, formatPermissionTable(call.value, { noHeaders: flagBool(parsed, 'no-headers') }));
  return 0;
}

/** Run `kubectl auth can-i`. */
export function runCanI(env: Env, parsed: ParsedArgs): number {
  if (flagBool(parsed, 'list')) return runList(env, parsed);
  const args = parsed.positional.slice(1);
  if (args.length !== 2) {
    printErr(env, [
      'error: you must specify two arguments: verb resource or verb resource/resourceName.',
      "See 'kubectl auth can-i -h' for help and examples.",
    ]);
    return 1;
  }
  const q = question(args[0], args[1]);
  const subresource = flagString(parsed, 'subresource') ?? '';
  if (q.path !== undefined && subresource) {
    printErr(env, 'error: --subresource can not be used with NonResourceURL');
    return 1;
  }
  const allNamespaces = flagBool(parsed, 'all-namespaces');
  const namespace = allNamespaces ? '' : env.namespace;
  if (q.path === undefined && !q.namespaced && !allNamespaces)
    q.warnings.push(
      q.group ? `Warning: resource '${q.resource}' is not namespace scoped in group '${q.group}'` : `Warning: resource '${q.resource}' is not namespace scoped`,
    );
  // Validate: the warnings are printed, then --no-headers without --list is refused.
  if (flagBool(parsed, 'no-headers')) {
    printErr(env, [...q.warnings, 'error: --no-headers cannot be set without --list specified']);
    return 1;
  }
  const spec =
    q.path !== undefined
      ? { nonResourceAttributes: { verb: q.verb, path: q.path } }
      : {
          resourceAttributes: {
            namespace,
            verb: q.verb,
            group: q.group,
            resource: q.resource,
            ...(subresource ? { subresource } : {}),
            ...(q.name ? { name: q.name } : {}),
          },
        };
  const call = apiCall(
    env,
    { ...AUTHZ, verb: 'create', resource: 'selfsubjectaccessreviews', body: { kind: 'SelfSubjectAccessReview', apiVersion: 'authorization.k8s.io/v1', spec } },
    (who: Who) => {
      const verdict = authorize(env.cluster, { user: who.user, groups: who.groups, ...spec });
      return { status: 201, value: verdict };
    },
    { skipAuthz: true },
  );
  if (!call.ok) {
    printStatus(env, call.error);
    return 1;
  }
  const quiet = flagBool(parsed, 'quiet');
  if (!quiet) printErr(env, q.warnings);
  const verdict = call.value;
  const reason = verdict.allowed ? '' : rbacDenialReason(verdict);
  if (!quiet) print(env, verdict.allowed ? 'yes' : `no${reason ? ` - ${reason}` : ''}`);
  return verdict.allowed ? 0 : 1;
}

/** Run `kubectl auth whoami`. */
export function runWhoAmI(env: Env, parsed: ParsedArgs): number {
  const call = apiCall(
    env,
    {
      group: 'authentication.k8s.io',
      version: 'v1',
      verb: 'create',
      resource: 'selfsubjectreviews',
      body: { kind: 'SelfSubjectReview', apiVersion: 'authentication.k8s.io/v1' },
    },
    (who: Who) => ({ status: 201, value: who }),
    { skipAuthz: true },
  );
  if (!call.ok) {
    printStatus(env, call.error);
    return 1;
  }
  const who = call.value;
  const output = flagString(parsed, 'output');
  const review = {
    kind: 'SelfSubjectReview',
    apiVersion: 'authentication.k8s.io/v1',
    metadata: { creationTimestamp: null },
    status: { userInfo: { username: who.user, groups: who.groups } },
  };
  if (output === 'json') {
    print(env, JSON.stringify(review, null, 4).split('\n'));
    return 0;
  }
  if (output === 'yaml') {
    print(env, [
      'apiVersion: authentication.k8s.io/v1',
      'kind: SelfSubjectReview',
      'metadata:',
      '  creationTimestamp: null',
      'status:',
      '  userInfo:',
      ...(who.groups.length ? ['    groups:', ...who.groups.map((g) => `    - ${g}`)] : []),
      `    username: ${who.user}`,
    ]);
    return 0;
  }
  const rows = [['Username', who.user], ...(who.groups.length > 0 ? [['Groups', `[${who.groups.join(' ')}]`]] : [])];
  print(env, formatTable(['ATTRIBUTE', 'VALUE'], rows));
  return 0;
}

/** Run `kubectl auth <subcommand>`. */
export function runAuth(env: Env, parsed: ParsedArgs): number {
  const sub = parsed.positional[0];
  if (sub === 'can-i') return runCanI(env, parsed);
  if (sub === 'whoami') return runWhoAmI(env, parsed);
  if (sub === undefined) {
    print(env, [
      'Inspect authorization',
      '',
      'Available Commands:',
      '  can-i         Check whether an action is allowed',
      '  reconcile     Reconciles rules for RBAC role, role binding, cluster role, and cluster role binding objects',
      '  whoami        Experimental: Check self subject attributes',
      '',
      'Usage:',
      '  kubectl auth [flags] [options]',
    ]);
    return 0;
  }
  printErr(env, usageError('auth', `unknown command "${sub}" for "kubectl auth"`));
  return 1;
}
