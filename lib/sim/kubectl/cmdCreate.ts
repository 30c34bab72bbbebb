/**
 * `kubectl create -f FILE` and the imperative creators: namespace, serviceaccount, role,
 * clusterrole, rolebinding, clusterrolebinding, configmap, secret generic, deployment.
 * Upstream: kubectl pkg/cmd/create/*.go.
 */
import { ownTable } from '../apiserver/objectData';
import type { KubeObject } from '../types';
import { runApplyFiles } from './cmdApply';
import { dryRunOf, type DryRun } from './dryRun';
import { classicManifest, isObjectOutput, objectOutput } from './manifestOutput';
import { flagList, flagString, type FlagSpec, type ParsedArgs } from './flags';
import { buildBinding, buildPolicyRules, buildSubjects, literalData } from './imperativeObjects';
import type { Env } from './types';
import { usageError } from './usage';
import { writeObject } from '../apiserver/writeObject';
import { findObject } from '../apiserver/store';
import { qualifiedKind, resourceOfKind } from '../apiserver/resourceTypes';
import { base64 } from '../support/hash';
import { print, printErr, printWarnings, printWrite } from './output';

const COMMON: FlagSpec[] = [
  { name: 'dry-run', type: 'string' },
  { name: 'output', short: 'o', type: 'string' },
  { name: 'save-config', type: 'bool' },
  { name: 'validate', type: 'string' },
  { name: 'field-manager', type: 'string' },
];
const RULE_FLAGS: FlagSpec[] = [
  { name: 'verb', type: 'list' },
  { name: 'resource', type: 'list' },
  { name: 'resource-name', type: 'list' },
];
const SUBJECT_FLAGS: FlagSpec[] = [
  { name: 'user', type: 'list' },
  { name: 'group', type: 'list' },
  { name: 'serviceaccount', type: 'list' },
];

export const CREATE_FLAGS: FlagSpec[] = [...COMMON, { name: 'filename', short: 'f', type: 'list' }, { name: 'recursive', short: 'R', type: 'bool' }];

/** Flags of each `kubectl create` subcommand. */
export const CREATE_SUBCOMMANDS: Record<string, FlagSpec[]> = ownTable({
  namespace: [],
  ns: [],
  serviceaccount: [],
  sa: [],
  role: RULE_FLAGS,
  clusterrole: [...RULE_FLAGS, { name: 'non-resource-url', type: 'list' }, { name: 'aggregation-rule', type: 'string' }],
  rolebinding: [{ name: 'role', type: 'string' }, { name: 'clusterrole', type: 'string' }, ...SUBJECT_FLAGS],
  clusterrolebinding: [{ name: 'clusterrole', type: 'string' }, ...SUBJECT_FLAGS],
  configmap: [{ name: 'from-literal', type: 'list' }],
  cm: [{ name: 'from-literal', type: 'list' }],
  secret: [
    { name: 'from-literal', type: 'list' },
    { name: 'type', type: 'string' },
  ],
  deployment: [
    { name: 'image', type: 'list' },
    { name: 'replicas', short: 'r', type: 'string' },
    { name: 'port', type: 'string' },
  ],
});

type Built = { object: KubeObject; warnings?: string[] } | string | { error: string; warnings: string[] };

function rawList(parsed: ParsedArgs, name: string): string[] {
  return parsed.values.get(name) ?? [];
}

function buildRole(env: Env, parsed: ParsedArgs, name: string, cluster: boolean): Built {
  const aggregation = flagString(parsed, 'aggregation-rule');
  if (cluster && aggregation) {
    const matchLabels = Object.fromEntries(
      aggregation
        .split(',')
        .map((p) => p.split('='))
        .map(([k, v]) => [k, v ?? '']),
    );
    return {
      object: {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'ClusterRole',
        metadata: { name },
        aggregationRule: { clusterRoleSelectors: [{ matchLabels }] },
      },
    };
  }
  const built = buildPolicyRules({
    verbs: flagList(parsed, 'verb'),
    resources: flagList(parsed, 'resource'),
    resourceNames: rawList(parsed, 'resource-name'),
    nonResourceURLs: cluster ? flagList(parsed, 'non-resource-url') : [],
  });
  if ('error' in built) return built;
  const metadata = cluster ? { name } : { name, namespace: env.namespace };
  return {
    object: { apiVersion: 'rbac.authorization.k8s.io/v1', kind: cluster ? 'ClusterRole' : 'Role', metadata, rules: built.rules },
    warnings: built.warnings,
  };
}

function buildBindingObject(env: Env, parsed: ParsedArgs, name: string, cluster: boolean): Built {
  const role = flagString(parsed, 'role');
  const clusterRole = flagString(parsed, 'clusterrole');
  if (cluster && !clusterRole) return 'clusterrole must be specified';
  if (!cluster && (role ? 1 : 0) + (clusterRole ? 1 : 0) !== 1) return 'exactly one of clusterrole or role must be specified';
  const subjects = buildSubjects({ users: rawList(parsed, 'user'), groups: rawList(parsed, 'group'), serviceAccounts: rawList(parsed, 'serviceaccount') });
  if (typeof subjects === 'string') return subjects;
  const roleRef = role ? { kind: 'Role', name: role } : { kind: 'ClusterRole', name: clusterRole ?? '' };
  return { object: buildBinding(cluster ? 'ClusterRoleBinding' : 'RoleBinding', name, env.namespace, roleRef, subjects) };
}

function buildData(env: Env, parsed: ParsedArgs, name: string, kind: 'ConfigMap' | 'Secret'): Built {
  const data = literalData(rawList(parsed, 'from-literal'));
  if (typeof data === 'string') return data;
  if (kind === 'ConfigMap') return { object: { apiVersion: 'v1', kind, metadata: { name, namespace: env.namespace }, data } };
  const encoded = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, base64(v)]));
  return { object: { apiVersion: 'v1', kind, metadata: { name, namespace: env.namespace }, type: flagString(parsed, 'type') ?? 'Opaque', data: encoded } };
}

function buildDeployment(env: Env, parsed: ParsedArgs, name: string): Built {
  const images = flagList(parsed, 'image');
  if (images.length === 0) return 'required flag(s) "image" not set';
  const labels = { app: name };
  const containers = images.map((image) => ({
    name: image.split('/').pop()?.split(':')[0]?.split('@')[0] ?? name,
    image,
    ...(flagString(parsed, 'port') ? { ports: [{ containerPort: Number(flagString(parsed, 'port')) }] } : {}),
  }));
  return {
    object: {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name, namespace: env.namespace, labels },
      spec: {
        replicas: Number(flagString(parsed, 'replicas') ?? '1') || 1,
        selector: { matchLabels: labels },
        template: { metadata: { labels }, spec: { containers } },
      },
    },
  };
}

function buildFor(env: Env, sub: string, parsed: ParsedArgs, name: string): Built {
  switch (sub) {
    case 'namespace':
    case 'ns':
      return { object: { apiVersion: 'v1', kind: 'Namespace', metadata: { name } } };
    case 'serviceaccount':
    case 'sa':
      return { object: { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace: env.namespace } } };
    case 'role':
    case 'clusterrole':
      return buildRole(env, parsed, name, sub === 'clusterrole');
    case 'rolebinding':
    case 'clusterrolebinding':
      return buildBindingObject(env, parsed, name, sub === 'clusterrolebinding');
    case 'configmap':
    case 'cm':
      return buildData(env, parsed, name, 'ConfigMap');
    case 'secret':
      return buildData(env, parsed, name, 'Secret');
    default:
      return buildDeployment(env, parsed, name);
  }
}

/** Run `kubectl create`. */
export function runCreate(env: Env, parsed: ParsedArgs): number {
  const [sub, ...rest] = parsed.positional;
  if (sub === undefined) return runApplyFiles(env, parsed, 'create', 'create');
  if (!CREATE_SUBCOMMANDS[sub]) {
    printErr(env, usageError('create', `Unexpected args: [${parsed.positional.join(' ')}]`));
    return 1;
  }
  const args = sub === 'secret' && rest[0] === 'generic' ? rest.slice(1) : rest;
  if (args.length !== 1) {
    printErr(env, usageError(`create ${sub}`, `exactly one NAME is required, got ${args.length}`));
    return 1;
  }
  const built = buildFor(env, sub, parsed, args[0]);
  if (typeof built === 'string') {
    printErr(env, `error: ${built}`);
    return 1;
  }
  if ('error' in built) {
    printErr(env, [...built.warnings, `error: ${built.error}`]);
    return 1;
  }
  printErr(env, built.warnings ?? []);
  const dryRunFlag = dryRunOf(parsed);
  if (dryRunFlag.error) {
    printErr(env, dryRunFlag.error);
    return 1;
  }
  const dryRun = dryRunFlag.mode;
  return writeWithOutput(env, built.object, dryRun, flagString(parsed, 'output'));
}

/**
 * Create the object, printing `<kind>/<name> created` or, with `-o yaml|json|name`, the object:
 * the classic manifest for `--dry-run=client` (nothing is sent), else the server's answer.
 */
export function writeWithOutput(env: Env, object: KubeObject, dryRun: DryRun, output: string | undefined): number {
  if (output !== undefined && !isObjectOutput(output)) {
    printErr(
      env,
      `error: unable to match a printer suitable for the output format "${output}", allowed formats are: json,jsonpath,jsonpath-as-json,jsonpath-file,name,go-template,go-template-file,template,templatefile,yaml`,
    );
    return 1;
  }
  const info = resourceOfKind(object.kind);
  const prefix = info ? qualifiedKind(info) : object.kind.toLowerCase();
  if (output !== undefined && dryRun === 'client') {
    print(env, objectOutput(env, classicManifest(env, object), output, prefix, false));
    return 0;
  }
  const result = writeObject(env, object, { mode: 'create', dryRun });
  if (output === undefined || !result.ok || !result.object) {
    printWrite(env, result);
    return result.ok ? 0 : 1;
  }
  // The object as the cluster now holds it (defaulted: a namespace's label, finalizers and phase).
  const ns = info?.namespaced ? String(result.object.metadata.namespace ?? '') : '';
  const held = info && !dryRun ? findObject(env.cluster, info, ns, String(result.object.metadata.name), env.tick) : undefined;
  printWarnings(env, result.warnings);
  print(env, objectOutput(env, held ?? result.object, output, prefix, true));
  return 0;
}
