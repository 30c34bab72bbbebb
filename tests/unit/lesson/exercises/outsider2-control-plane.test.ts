// Second outsider pass on the control plane.
// Semantics: boolean flags parse with Go's strconv.ParseBool (1, t, T, TRUE, true, True, 0, f,
// F, FALSE, false, False; anything else stops the API server) and a bare `--profiling` means true
// (https://pkg.go.dev/strconv#ParseBool, spf13/pflag); `--authorization-mode` is a comma list of
// exact mode names (https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/);
// KubeletConfiguration's authorization.mode is AlwaysAllow or Webhook
// (https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/); an audit event is
// written per stage, so omitting ResponseComplete drops the event of every non-streaming request
// (https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#audit-policy); aesgcm and `*.*`
// are valid encryption settings (https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/).
import { chain, outsiderTable, replace } from './harness';

const CP = '02-hardening/01-control-plane/exercises';
const API = 'kube-apiserver.yaml';

outsiderTable(`${CP}/apiserver-flags`, [
  ['a bare --profiling (it means true)', { [API]: replace('- --profiling=false', '- --profiling') }, 'no-profiling'],
  [
    '--anonymous-auth=no (not a Go boolean: the API server does not start)',
    { [API]: replace('--anonymous-auth=false', '--anonymous-auth=no') },
    'no-anonymous',
  ],
  ['--authorization-mode=Node, RBAC with a space', { [API]: replace('--authorization-mode=Node,RBAC', '--authorization-mode=Node, RBAC') }, 'rbac-authorizer'],
  ['--authorization-mode=node,rbac in lowercase', { [API]: replace('--authorization-mode=Node,RBAC', '--authorization-mode=node,rbac') }, 'rbac-authorizer'],
  [
    '--anonymous-auth=False and --profiling=0 (Go booleans)',
    { [API]: chain(replace('--anonymous-auth=false', '--anonymous-auth=False'), replace('--profiling=false', '--profiling=0')) },
    null,
  ],
  [
    'RBAC,Node in that order, the command in flow style with quoted items',
    {
      [API]: chain(
        replace('--authorization-mode=Node,RBAC', '--authorization-mode=RBAC,Node'),
        replace('        - --profiling=false\n', '        - "--profiling=false"\n'),
      ),
    },
    null,
  ],
]);

const KC = 'kubelet-config.yaml';
const PR = 'prometheus-rbac.yaml';
outsiderTable(`${CP}/kubelet-lockdown`, [
  ['authorization mode webhook in lowercase', { [KC]: replace('mode: Webhook', 'mode: webhook') }, 'kubelet-webhook-authz'],
  ['anonymous enabled written as the string "false"', { [KC]: replace('    enabled: false', '    enabled: "false"') }, 'kubelet-no-anonymous'],
  [
    'nodes/proxy for Prometheus (every kubelet API)',
    { [PR]: replace('resources: ["nodes", "nodes/metrics"]', 'resources: ["nodes", "nodes/metrics", "nodes/proxy"]') },
    'prometheus-no-proxy',
  ],
  [
    'the ClusterRole aggregated from edit',
    {
      [PR]: replace(
        '  name: prometheus-kubelet\nrules:',
        '  name: prometheus-kubelet\naggregationRule:\n  clusterRoleSelectors:\n    - matchLabels: {rbac.authorization.k8s.io/aggregate-to-edit: "true"}\nrules:',
      ),
    },
    'prometheus-reads-metrics',
  ],
  ['duplicate readOnlyPort, 10255 last', { [KC]: replace('readOnlyPort: 0', 'readOnlyPort: 0\nreadOnlyPort: 10255') }, 'errors'],
  [
    'webhook cache TTLs, rotation as YAML 1.1 yes, CRLF',
    {
      [KC]: chain(replace('    enabled: true', '    enabled: true\n    cacheTTL: 2m0s'), replace('rotateCertificates: true', 'rotateCertificates: yes'), (s) =>
        s.replace(/\n/g, '\r\n'),
      ),
    },
    null,
  ],
  [
    'one rule per resource, verbs through an anchor',
    {
      [PR]: replace(
        '    resources: ["nodes", "nodes/metrics"]\n    verbs: ["get", "list", "watch"]',
        '    resources: ["nodes"]\n    verbs: &read ["get", "list", "watch"]\n  - apiGroups: [""]\n    resources: ["nodes/metrics"]\n    verbs: *read',
      ),
    },
    null,
  ],
]);

const AP = 'audit-policy.yaml';
const EC = 'encryption-config.yaml';
outsiderTable(`${CP}/audit-and-encryption`, [
  [
    'omitStages ResponseComplete too (no event for a finished request)',
    { [AP]: replace('  - RequestReceived\n', '  - RequestReceived\n  - ResponseComplete\n') },
    'who-listed-secrets',
  ],
  ['Secrets capitalized in the EncryptionConfiguration', { [EC]: replace('      - secrets\n', '      - Secrets\n') }, 'encryption-config-valid'],
  ['--audit-log-maxage=0 (keep forever)', { [API]: replace('--audit-log-maxage=30', '--audit-log-maxage=0') }, 'log-retention'],
  [
    'a None rule for system:serviceaccounts first',
    { [AP]: replace('rules:\n', 'rules:\n  - level: None\n    userGroups: ["system:serviceaccounts"]\n') },
    'serviceaccounts-recorded',
  ],
  ['aesgcm instead of aescbc', { [EC]: replace('      - aescbc:\n', '      - aesgcm:\n') }, null],
  ['every resource encrypted (*.*)', { [EC]: replace('      - secrets\n', '      - "*.*"\n') }, null],
]);
