import { describe, expect, it } from 'vitest';
import { textOf } from '../../../../lib/i18n/messages';
import { parseManifests } from '../../../../lib/sim/parse';
import { yaml } from './helpers';

const CROSS_OBJECT = new Set([
  'namespace-not-declared',
  'netpol-selects-no-pod',
  'service-selects-no-pod',
  'pod-missing-service-account',
  'netpol-named-port-unmatched',
]);

/** Diagnostics about this object alone. */
function own(text: string) {
  return parseManifests(text).diagnostics.filter((d) => !CROSS_OBJECT.has(d.code));
}

const netpol = (...spec: string[]) =>
  yaml('apiVersion: networking.k8s.io/v1', 'kind: NetworkPolicy', 'metadata: {name: np, namespace: dev}', 'spec:', '  podSelector: {}', ...spec);

describe('NetworkPolicy validation (semantics/networkpolicy.md)', () => {
  it.each([
    ['empty peer', netpol('  ingress:', '  - from:', '    - {}'), 'netpol-empty-peer', 'error', 8, 7],
    [
      'ipBlock with a selector in one peer',
      netpol('  ingress:', '  - from:', '    - ipBlock: {cidr: 10.0.0.0/8}', '      podSelector: {}'),
      'netpol-ipblock-with-selector',
      'error',
      8,
      7,
    ],
    ['invalid CIDR', netpol('  ingress:', '  - from:', '    - ipBlock: {cidr: 10.0.0.300/8}'), 'netpol-invalid-cidr', 'error', 8, 17],
    ['CIDR without prefix', netpol('  ingress:', '  - from:', '    - ipBlock: {cidr: 10.0.0.1}'), 'netpol-invalid-cidr', 'error', 8, 17],
    ['non-canonical CIDR', netpol('  ingress:', '  - from:', '    - ipBlock: {cidr: 10.0.0.7/24}'), 'netpol-noncanonical-cidr', 'warning', 8, 17],
    [
      'except outside cidr',
      netpol('  ingress:', '  - from:', '    - ipBlock:', '        cidr: 10.0.0.0/16', '        except: [10.1.0.0/24]'),
      'netpol-except-outside-cidr',
      'error',
      10,
      18,
    ],
    [
      'except equal to cidr',
      netpol('  ingress:', '  - from:', '    - ipBlock:', '        cidr: 10.0.0.0/16', '        except: [10.0.0.0/16]'),
      'netpol-except-outside-cidr',
      'error',
      10,
      18,
    ],
    [
      'except of another family',
      netpol('  ingress:', '  - from:', '    - ipBlock:', '        cidr: 10.0.0.0/16', '        except: ["fd00::/64"]'),
      'netpol-except-outside-cidr',
      'error',
      10,
      18,
    ],
    ['endPort without port', netpol('  ingress:', '  - ports:', '    - endPort: 100'), 'netpol-end-port-without-port', 'error', 8, 7],
    ['endPort after a named port', netpol('  ingress:', '  - ports:', '    - {port: http, endPort: 100}'), 'netpol-end-port-named-port', 'error', 8, 20],
    ['endPort below port', netpol('  ingress:', '  - ports:', '    - {port: 32000, endPort: 31000}'), 'netpol-end-port-before-port', 'error', 8, 21],
    ['port out of range', netpol('  ingress:', '  - ports:', '    - port: 70000'), 'invalid-port', 'error', 8, 7],
    ['invalid named port', netpol('  ingress:', '  - ports:', '    - port: HTTP_PORT'), 'invalid-port-name', 'error', 8, 7],
    ['lowercase protocol', netpol('  ingress:', '  - ports:', '    - {port: 53, protocol: udp}'), 'invalid-protocol', 'error', 8, 18],
    ['invalid policy type', netpol('  policyTypes: [ingress]'), 'netpol-invalid-policy-type', 'error', 6, 17],
    ['egress rules ignored by policyTypes', netpol('  policyTypes: [Ingress]', '  egress:', '  - {}'), 'netpol-egress-ignored', 'warning', 7, 3],
    ['ingress rules ignored by policyTypes', netpol('  policyTypes: [Egress]', '  ingress:', '  - {}'), 'netpol-ingress-ignored', 'warning', 7, 3],
    [
      'egress only, no policyTypes: ingress is isolated too',
      netpol('  egress:', '  - to: [{podSelector: {}}]'),
      'netpol-implicit-ingress-isolation',
      'info',
      6,
      3,
    ],
    [
      'selector operator In without values',
      netpol('  ingress:', '  - from:', '    - podSelector:', '        matchExpressions: [{key: app, operator: In}]'),
      'selector-values-required',
      'error',
      9,
      28,
    ],
    [
      'selector operator Exists with values',
      netpol('  ingress:', '  - from:', '    - namespaceSelector:', '        matchExpressions: [{key: app, operator: Exists, values: [a]}]'),
      'selector-values-forbidden',
      'error',
      9,
      57,
    ],
  ])('%s', (_name, text, code, severity, line, column) => {
    expect(own(text)).toEqual([expect.objectContaining({ code, severity, line, column })]);
  });

  // Words at the edge: port findings carry a message (validate.*); `message` is its English.
  // Upstream: pkg/apis/core/validation (IsValidPortName, supportedPortProtocols).
  it.each([
    [
      netpol('  ingress:', '  - ports:', '    - {port: 53, protocol: udp}'),
      '`udp` is not a protocol: use TCP, UDP or SCTP. Write `UDP` (capitals).',
      '`udp` no es un protocolo: usá TCP, UDP o SCTP. Escribí `UDP` (en mayúsculas).',
    ],
    [
      netpol('  ingress:', '  - ports:', '    - {port: 53, protocol: ICMP}'),
      '`ICMP` is not a protocol: use TCP, UDP or SCTP.',
      '`ICMP` no es un protocolo: usá TCP, UDP o SCTP.',
    ],
    [
      netpol('  ingress:', '  - ports:', '    - port: http--x'),
      '`http--x` is not a valid port name: it may not contain `--`.',
      '`http--x` no es un nombre de puerto válido: no puede contener `--`.',
    ],
  ])('port findings are worded in both languages (%#)', (text, en, es) => {
    const [d] = own(text);
    expect(d.message).toBe(en);
    expect(textOf('en', d)).toBe(en);
    expect(textOf('es', d)).toBe(es);
  });

  it('a policy without podSelector selects every pod (defaulted, not a schema error)', () => {
    const text = yaml('apiVersion: networking.k8s.io/v1', 'kind: NetworkPolicy', 'metadata: {name: np, namespace: dev}', 'spec:', '  policyTypes: [Ingress]');
    expect(own(text).map((d) => d.code)).toEqual(['netpol-pod-selector-defaulted']);
  });

  it('correct policies give no diagnostics', () => {
    const text = netpol(
      '  policyTypes: [Ingress, Egress]',
      '  ingress:',
      '  - from:',
      '    - namespaceSelector: {matchLabels: {team: a}}',
      '      podSelector: {matchExpressions: [{key: role, operator: In, values: [client]}]}',
      '    - ipBlock: {cidr: 10.0.0.0/16, except: [10.0.5.0/24]}',
      '    ports: [{port: 8080}, {port: http}, {protocol: UDP, port: 53}, {port: 32000, endPort: 32768}]',
      '  egress:',
      '  - to: [{ipBlock: {cidr: "fd00::/8"}}]',
      '  - {}',
    );
    expect(own(text)).toEqual([]);
  });
});

describe('names, labels, namespaces and ports', () => {
  it.each([
    [
      'uppercase pod name',
      yaml('apiVersion: v1', 'kind: Pod', 'metadata: {name: Web_App}', 'spec: {containers: [{name: a, image: b}]}'),
      'invalid-name',
      'error',
      3,
      12,
      'Try `web-app`',
    ],
    [
      'Service name starting with a digit',
      yaml('apiVersion: v1', 'kind: Service', 'metadata: {name: 1web}', 'spec: {ports: [{port: 80}]}'),
      'invalid-name',
      'error',
      3,
      12,
      'starting with a letter',
    ],
    ['Namespace name with a dot', yaml('apiVersion: v1', 'kind: Namespace', 'metadata: {name: a.b}'), 'invalid-name', 'error', 3, 12, 'valid Namespace name'],
    ['missing name', yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata: {labels: {a: b}}'), 'missing-name', 'error', 3, 1, 'no `metadata.name`'],
    [
      'generateName with apply',
      yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata: {generateName: c-}'),
      'generate-name-with-apply',
      'warning',
      3,
      12,
      'kubectl apply',
    ],
    ['invalid namespace', yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: c, namespace: Dev}'), 'invalid-namespace', 'error', 3, 21, '`Dev`'],
    [
      'namespace on a cluster-scoped kind',
      yaml('apiVersion: rbac.authorization.k8s.io/v1', 'kind: ClusterRole', 'metadata: {name: c, namespace: dev}', 'rules: []'),
      'namespace-on-cluster-scoped',
      'warning',
      3,
      21,
      'is ignored',
    ],
    [
      'label key with two slashes',
      yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: c', '  labels: {"a/b/c": x}'),
      'invalid-label-key',
      'error',
      5,
      12,
      '`a/b/c`',
    ],
    [
      'label value with spaces',
      yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: c', '  labels: {team: "red team"}'),
      'invalid-label-value',
      'error',
      5,
      12,
      '`red team`',
    ],
    [
      'annotation key invalid',
      yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: c', '  annotations: {"-x": z}'),
      'invalid-annotation-key',
      'error',
      5,
      17,
      '`-x`',
    ],
    [
      'container port 0',
      yaml('apiVersion: v1', 'kind: Pod', 'metadata: {name: p}', 'spec:', '  containers:', '  - name: a', '    image: b', '    ports: [{containerPort: 0}]'),
      'invalid-port',
      'error',
      8,
      14,
      'from 1 to 65535',
    ],
    [
      'container port 65536',
      yaml(
        'apiVersion: v1',
        'kind: Pod',
        'metadata: {name: p}',
        'spec:',
        '  containers:',
        '  - name: a',
        '    image: b',
        '    ports:',
        '    - containerPort: 65536',
      ),
      'invalid-port',
      'error',
      9,
      7,
      'from 1 to 65535',
    ],
    [
      'port name too long',
      yaml(
        'apiVersion: v1',
        'kind: Pod',
        'metadata: {name: p}',
        'spec:',
        '  containers:',
        '  - name: a',
        '    image: b',
        '    ports: [{containerPort: 80, name: a-very-long-port-name}]',
      ),
      'invalid-port-name',
      'error',
      8,
      33,
      '15 characters',
    ],
    [
      'duplicate port names',
      yaml(
        'apiVersion: v1',
        'kind: Pod',
        'metadata: {name: p}',
        'spec:',
        '  containers:',
        '  - {name: a, image: b, ports: [{containerPort: 80, name: http}]}',
        '  - {name: c, image: b, ports: [{containerPort: 81, name: http}]}',
      ),
      'duplicate-port-name',
      'error',
      7,
      53,
      'used twice',
    ],
    [
      'duplicate container names',
      yaml('apiVersion: v1', 'kind: Pod', 'metadata: {name: p}', 'spec:', '  containers: [{name: a, image: b}, {name: a, image: c}]'),
      'duplicate-container-name',
      'error',
      5,
      38,
      'unique',
    ],
    [
      'Service ports without names',
      yaml('apiVersion: v1', 'kind: Service', 'metadata: {name: s}', 'spec:', '  ports: [{port: 80, name: http}, {port: 443}]'),
      'service-port-name-required',
      'error',
      5,
      35,
      'needs a `name`',
    ],
    [
      'nodePort on a ClusterIP Service',
      yaml('apiVersion: v1', 'kind: Service', 'metadata: {name: s}', 'spec:', '  ports: [{port: 80, nodePort: 30080}]'),
      'service-node-port-on-cluster-ip',
      'error',
      5,
      22,
      'NodePort or LoadBalancer',
    ],
    [
      'Deployment selector that misses the template',
      yaml(
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: {name: d}',
        'spec:',
        '  selector: {matchLabels: {app: web}}',
        '  template:',
        '    metadata: {labels: {app: api}}',
        '    spec: {containers: [{name: a, image: b}]}',
      ),
      'workload-selector-mismatch',
      'error',
      5,
      3,
      'does not match',
    ],
    [
      'Deployment with an empty selector',
      yaml(
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: {name: d}',
        'spec:',
        '  selector: {}',
        '  template:',
        '    metadata: {labels: {app: api}}',
        '    spec: {containers: [{name: a, image: b}]}',
      ),
      'workload-empty-selector',
      'error',
      5,
      3,
      'non-empty',
    ],
  ])('%s', (_name, text, code, severity, line, column, phrase) => {
    const found = own(text);
    expect(found).toEqual([expect.objectContaining({ code, severity, line, column })]);
    expect(found[0].message).toContain(phrase);
  });

  it('CronJob pod templates are checked where they live', () => {
    const text = yaml(
      'apiVersion: batch/v1',
      'kind: CronJob',
      'metadata: {name: c}',
      'spec:',
      '  schedule: "* * * * *"',
      '  jobTemplate:',
      '    spec:',
      '      template:',
      '        spec:',
      '          restartPolicy: Never',
      '          containers: [{name: a, image: b, ports: [{containerPort: 99999}]}]',
    );
    expect(own(text)).toEqual([
      expect.objectContaining({ code: 'invalid-port', path: 'spec.jobTemplate.spec.template.spec.containers[0].ports[0].containerPort' }),
    ]);
  });

  it('RBAC names may contain colons', () => {
    const text = yaml('apiVersion: rbac.authorization.k8s.io/v1', 'kind: ClusterRole', 'metadata: {name: "system:aggregate-to-view"}', 'rules: []');
    expect(own(text)).toEqual([]);
  });
});
