// What `kubectl apply -f` prints when the API server's registry validation refuses an object:
// 422 Invalid with one field.Error per problem, printed by kubectl's checkErr as
// `The <Kind> "<name>" is invalid: <field>: <Type>: <value>: <detail>` (several as `* ` lines).
// Upstream, read for every case below:
// - k8s.io/apimachinery pkg/util/validation/field/errors.go (ErrorBody: %q strings, %#v []string)
// - kubectl pkg/cmd/util/helpers.go (checkErr, MultilineError)
// - kubernetes pkg/apis/core/validation/validation.go (validateContainerCommon, validateContainerPorts,
//   validatePullPolicy, validateContainers / validateInitContainers duplicate names, ValidateService)
// - kubernetes pkg/apis/rbac/validation/validation.go (ValidatePolicyRule, ValidateRoleBinding,
//   ValidateClusterRoleBinding, ValidateRoleBindingSubject)
// - kubernetes pkg/apis/networking/validation/validation.go (ValidateNetworkPolicySpec order: each rule's
//   ports then peers, policyTypes last; ValidateNetworkPolicyPort, ValidateNetworkPolicyPeer, ValidateIPBlock)
// - k8s.io/apimachinery pkg/util/validation/ip.go (IsValidCIDR's text)
import { describe, expect, it } from 'vitest';
import { createShellSession } from '../../lib/sim/shell';
import { runLines } from '../unit/sim/shell/helpers';

const SUBDOMAIN =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

function pod(containers: string, extra = ''): string {
  return `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
${extra}  containers:
${containers}`;
}

function apply(file: string): { output: string; exitCode: number } {
  const session = createShellSession({ objects: [], minikube: false, files: { 'x.yaml': file } });
  const { output, exitCode } = runLines(session, 'kubectl apply -f x.yaml');
  return { output, exitCode };
}

const cases: [string, string, string][] = [
  ['a container without image (validateContainerCommon: Required)', pod('  - name: c\n'), 'The Pod "web" is invalid: spec.containers[0].image: Required value'],
  [
    'an image pull policy that does not exist (validatePullPolicy: NotSupported, sorted)',
    pod('  - name: c\n    image: nginx\n    imagePullPolicy: Sometimes\n'),
    'The Pod "web" is invalid: spec.containers[0].imagePullPolicy: Unsupported value: "Sometimes": supported values: "Always", "IfNotPresent", "Never"',
  ],
  [
    'a port out of range and a lowercase protocol (IsValidPortNum; NotSupported with the sorted protocols)',
    pod('  - name: c\n    image: nginx\n    ports:\n    - containerPort: 70000\n      protocol: tcp\n'),
    [
      'The Pod "web" is invalid: ',
      '* spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
      '* spec.containers[0].ports[0].protocol: Unsupported value: "tcp": supported values: "SCTP", "TCP", "UDP"',
    ].join('\n'),
  ],
  [
    'two containers with one name (validateContainers: Duplicate on the second)',
    pod('  - name: c\n    image: nginx\n  - name: c\n    image: busybox\n'),
    'The Pod "web" is invalid: spec.containers[1].name: Duplicate value: "c"',
  ],
  [
    'an init container named like a container: reported on the init container (validateInitContainers)',
    pod('  - name: c\n    image: nginx\n', '  initContainers:\n  - name: c\n    image: busybox\n'),
    'The Pod "web" is invalid: spec.initContainers[0].name: Duplicate value: "c"',
  ],
  [
    'a Deployment template container without image',
    `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: c
`,
    'The Deployment "web" is invalid: spec.template.spec.containers[0].image: Required value',
  ],
  [
    'a Service with two unnamed ports and a nodePort on ClusterIP (ValidateService)',
    `apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports:
  - port: 80
    nodePort: 30080
  - port: 443
`,
    [
      'The Service "web" is invalid: ',
      "* spec.ports[0].name: Required value",
      "* spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'",
      '* spec.ports[1].name: Required value',
    ].join('\n'),
  ],
  [
    'Role rules without verbs (absent) and without apiGroups (ValidatePolicyRule: Required with its detail)',
    `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: r, namespace: default}
rules:
- apiGroups: [""]
  resources: ["pods"]
- resources: ["pods"]
  verbs: ["get"]
- apiGroups: [""]
  verbs: []
`,
    [
      'The Role "r" is invalid: ',
      '* rules[0].verbs: Required value: verbs must contain at least one value',
      '* rules[1].apiGroups: Required value: resource rules must supply at least one api group',
      '* rules[2].verbs: Required value: verbs must contain at least one value',
      '* rules[2].resources: Required value: resource rules must supply at least one resource',
    ].join('\n'),
  ],
  [
    'nonResourceURLs in a Role: Invalid with the []string shown as Go %#v',
    `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: r, namespace: default}
rules:
- nonResourceURLs: ["/healthz", "/metrics"]
  verbs: ["get"]
`,
    'The Role "r" is invalid: rules[0].nonResourceURLs: Invalid value: []string{"/healthz", "/metrics"}: namespaced rules cannot apply to non-resource URLs',
  ],
  [
    'nonResourceURLs mixed with resources in a ClusterRole',
    `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: r}
rules:
- nonResourceURLs: ["/healthz"]
  resources: ["pods"]
  verbs: ["get"]
`,
    'The ClusterRole "r" is invalid: rules[0].nonResourceURLs: Invalid value: []string{"/healthz"}: rules cannot apply to both regular resources and non-resource URLs',
  ],
  [
    'a ServiceAccount subject with the rbac apiGroup (NotSupported: supported values: "")',
    `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: b, namespace: default}
subjects:
- {kind: User, name: dan}
- {kind: ServiceAccount, name: sa, apiGroup: rbac.authorization.k8s.io}
roleRef: {kind: Role, name: r, apiGroup: rbac.authorization.k8s.io}
`,
    'The RoleBinding "b" is invalid: subjects[1].apiGroup: Unsupported value: "rbac.authorization.k8s.io": supported values: ""',
  ],
  [
    'a ClusterRoleBinding: roleRef first, then each subject (name, kind, namespace); the full SA user name is an invalid SA name',
    `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: crb}
subjects:
- {kind: ServiceAccount, name: "system:serviceaccount:dev:api"}
- {kind: ServiceAccount, name: api}
- {kind: user, name: bob}
roleRef: {kind: Role, name: r, apiGroup: rbac.authorization.k8s.io}
`,
    [
      'The ClusterRoleBinding "crb" is invalid: ',
      '* roleRef.kind: Unsupported value: "Role": supported values: "ClusterRole"',
      `* subjects[0].name: Invalid value: "system:serviceaccount:dev:api": ${SUBDOMAIN}`,
      '* subjects[0].namespace: Required value',
      '* subjects[1].namespace: Required value',
      '* subjects[2].kind: Unsupported value: "user": supported values: "ServiceAccount", "User", "Group"',
    ].join('\n'),
  ],
  [
    'a RoleBinding whose roleRef names another group and kind',
    `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: b, namespace: default}
subjects:
- {kind: Group, name: devs, apiGroup: rbac.authorization.k8s.io}
roleRef: {kind: Roles, name: r, apiGroup: rbac.authorization.k8s.io/v1}
`,
    [
      'The RoleBinding "b" is invalid: ',
      '* roleRef.apiGroup: Unsupported value: "rbac.authorization.k8s.io/v1": supported values: "rbac.authorization.k8s.io"',
      '* roleRef.kind: Unsupported value: "Roles": supported values: "Role", "ClusterRole"',
    ].join('\n'),
  ],
  [
    'a NetworkPolicy with every port, peer, ipBlock and policyTypes mistake, in the registry order',
    `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: np, namespace: default}
spec:
  podSelector: {}
  policyTypes: [Ingress, egress]
  ingress:
  - from:
    - {}
    - ipBlock: {cidr: 10.0.0.0/8}
      podSelector: {}
    - ipBlock: {cidr: 10.0.0.0/33}
    - ipBlock: {cidr: 10.0.0.0/8, except: [10.0.0.0/8, 192.168.0.0/16, fd00::/8]}
    ports:
    - {protocol: tcp, port: 80}
    - {port: http, endPort: 90}
    - {port: 90, endPort: 80}
    - {endPort: 80}
`,
    [
      'The NetworkPolicy "np" is invalid: ',
      '* spec.ingress[0].ports[0].protocol: Unsupported value: "tcp": supported values: "TCP", "UDP", "SCTP"',
      '* spec.ingress[0].ports[1].endPort: Invalid value: 90: may not be specified when `port` is non-numeric',
      // The value shown is the port's (field.Invalid(endPort, port.Port.IntVal, ...)), as upstream prints it.
      '* spec.ingress[0].ports[2].endPort: Invalid value: 90: must be greater than or equal to `port`',
      '* spec.ingress[0].ports[3].endPort: Invalid value: 80: may not be specified when `port` is not specified',
      '* spec.ingress[0].from[0]: Required value: must specify a peer',
      '* spec.ingress[0].from[1]: Forbidden: may not specify both ipBlock and another peer',
      '* spec.ingress[0].from[2].ipBlock.cidr: Invalid value: "10.0.0.0/33": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)',
      '* spec.ingress[0].from[3].ipBlock.except[0]: Invalid value: "10.0.0.0/8": must be a strict subset of `cidr`',
      '* spec.ingress[0].from[3].ipBlock.except[1]: Invalid value: "192.168.0.0/16": must be a strict subset of `cidr`',
      '* spec.ingress[0].from[3].ipBlock.except[2]: Invalid value: "fd00::/8": must be a strict subset of `cidr`',
      '* spec.policyTypes[1]: Unsupported value: "egress": supported values: "Ingress", "Egress"',
    ].join('\n'),
  ],
  [
    'an egress port 0 is IsValidPortNum\'s Invalid (only a containerPort of 0 is Required)',
    `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: np, namespace: default}
spec:
  podSelector: {}
  egress:
  - ports:
    - {port: 0, protocol: SCTP}
`,
    'The NetworkPolicy "np" is invalid: spec.egress[0].ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive',
  ],
];

describe('kubectl apply: the registry validation error kubectl prints', () => {
  it.each(cases)('%s', (_title, file, expected) => {
    const { output, exitCode } = apply(file);
    expect(output).toBe(expected);
    expect(exitCode).toBe(1);
  });

  it('a valid object of each shape is created (the checks above are not always on)', () => {
    const ok = apply(pod('  - name: c\n    image: nginx\n    imagePullPolicy: IfNotPresent\n    ports:\n    - containerPort: 80\n      protocol: TCP\n'));
    expect(ok).toEqual({ output: 'pod/web created', exitCode: 0 });
  });
});
