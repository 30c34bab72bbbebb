/**
 * Small kubectl commands: version, api-resources, cluster-info and the kubeconfig context
 * (`config current-context`, `config view --minify`, `config set-context --current
 * --namespace=X`). Upstream: kubectl pkg/cmd/version, apiresources, clusterinfo, config.
 */
import { flagBool, flagString, type FlagSpec, type ParsedArgs } from './flags';
import { listableTypes } from '../apiserver/resourceTypes';
import { toGoJson, toGoYaml } from '../support/goText';
import { kustomizeVersion, versionInfo } from '../version';
import { formatTable } from './tabwriter';
import { ownTable } from '../apiserver/objectData';
import type { Env } from './types';
import { msg } from '../messages';
import { usageError } from './usage';
import { print, printErr } from './output';

export const VERSION_FLAGS: FlagSpec[] = [
  { name: 'client', type: 'bool' },
  { name: 'output', short: 'o', type: 'string' },
  { name: 'short', type: 'bool' },
];
export const API_RESOURCES_FLAGS: FlagSpec[] = [
  { name: 'namespaced', type: 'string' },
  { name: 'api-group', type: 'string' },
  { name: 'output', short: 'o', type: 'string' },
  { name: 'no-headers', type: 'bool' },
];
export const CONFIG_SUBCOMMANDS: Record<string, FlagSpec[]> = ownTable({
  'current-context': [],
  view: [
    { name: 'minify', type: 'bool' },
    { name: 'raw', type: 'bool' },
  ],
  'get-contexts': [],
  'set-context': [
    { name: 'current', type: 'bool' },
    { name: 'namespace', type: 'string' },
  ],
});

/** `kubectl version`. */
export function runVersion(env: Env, parsed: ParsedArgs): number {
  // kubectl pkg/cmd/version/version.go: the client is the same release as the simulated server.
  const version = env.cluster.serverVersion;
  const client = !flagBool(parsed, 'client');
  const output = flagString(parsed, 'output');
  if (output !== undefined && output !== 'yaml' && output !== 'json') {
    printErr(env, "error: --output must be 'yaml' or 'json'");
    return 1;
  }
  const kustomize = kustomizeVersion(version.minor);
  if (output === undefined) {
    print(env, [`Client Version: ${version.gitVersion}`, `Kustomize Version: ${kustomize}`]);
    if (client) print(env, `Server Version: ${version.gitVersion}`);
    return 0;
  }
  const { major, minor, gitVersion, gitTreeState, platform } = versionInfo(version);
  const body: Record<string, unknown> = { clientVersion: { major, minor, gitVersion, gitTreeState, platform }, kustomizeVersion: kustomize };
  if (client) body.serverVersion = versionInfo(version);
  // json: encoding/json MarshalIndent (struct order, 2 spaces); yaml: sigs.k8s.io/yaml (keys sorted, via JSON).
  print(env, (output === 'json' ? JSON.stringify(body, null, 2) : toGoYaml(JSON.parse(toGoJson(body)))).replace(/\n$/, '').split('\n'));
  return 0;
}

/** `kubectl api-resources`. */
export function runApiResources(env: Env, parsed: ParsedArgs): number {
  const namespaced = flagString(parsed, 'namespaced');
  const group = flagString(parsed, 'api-group');
  const rows = listableTypes()
    .filter((r) => namespaced === undefined || String(r.namespaced) === namespaced)
    .filter((r) => group === undefined || r.group === group)
    .map((r) => [r.resource, (r.shortNames ?? []).join(','), r.group ? `${r.group}/${r.version}` : r.version, String(r.namespaced), r.kind]);
  if (flagString(parsed, 'output') === 'name') {
    print(
      env,
      rows.map((r) => (r[2].includes('/') ? `${r[0]}.${r[2].split('/')[0]}` : r[0])),
    );
    return 0;
  }
  print(env, formatTable(flagBool(parsed, 'no-headers') ? null : ['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND'], rows));
  return 0;
}

/** `kubectl cluster-info`. */
export function runClusterInfo(env: Env): number {
  print(env, [
    'Kubernetes control plane is running at https://192.168.49.2:8443',
    'CoreDNS is running at https://192.168.49.2:8443/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy',
    '',
    "To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.",
  ]);
  return 0;
}

/** `kubectl config ...`. */
export function runConfig(env: Env, parsed: ParsedArgs): number {
  const sub = parsed.positional[0];
  if (sub === 'current-context') {
    print(env, 'minikube');
    return 0;
  }
  if (sub === 'get-contexts') {
    print(
      env,
      formatTable(
        ['CURRENT', 'NAME', 'CLUSTER', 'AUTHINFO', 'NAMESPACE'],
        [['*', 'minikube', 'minikube', env.actor.user, env.namespace === 'default' ? '' : env.namespace]],
      ),
    );
    return 0;
  }
  if (sub === 'view') {
    print(env, [
      'apiVersion: v1',
      'clusters:',
      '- cluster:',
      '    certificate-authority: /home/learner/.minikube/ca.crt',
      '    server: https://192.168.49.2:8443',
      '  name: minikube',
      'contexts:',
      '- context:',
      '    cluster: minikube',
      ...(env.namespace !== 'default' ? [`    namespace: ${env.namespace}`] : []),
      `    user: ${env.actor.user}`,
      '  name: minikube',
      'current-context: minikube',
      'kind: Config',
      'preferences: {}',
      'users:',
      `- name: ${env.actor.user}`,
      '  user:',
      '    client-certificate: /home/learner/.minikube/profiles/minikube/client.crt',
      '    client-key: /home/learner/.minikube/profiles/minikube/client.key',
    ]);
    return 0;
  }
  if (sub === 'set-context') {
    if (!flagBool(parsed, 'current') && parsed.positional[1] !== 'minikube') {
      printErr(env, msg('kubectl.refuse.oneContext', {}));
      return 1;
    }
    if (env.namespaceExplicit) {
      env.nextNamespace = env.namespace;
      print(env, 'Context "minikube" modified.');
      return 0;
    }
    print(env, 'Context "minikube" modified.');
    return 0;
  }
  printErr(
    env,
    usageError('config', sub ? `unknown command "${sub}" for "kubectl config"` : 'a subcommand is required (current-context, view, get-contexts, set-context)'),
  );
  return 1;
}
