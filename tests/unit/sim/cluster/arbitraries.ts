// fast-check arbitraries of half-valid Kubernetes manifests: right field names, values that
// are sometimes right and sometimes junk. Shared by the cluster and netpol property tests.
import fc from 'fast-check';

export const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 2, maxKeys: 3 }),
  fc.constant(null),
  fc.constant(undefined),
  fc.string({ maxLength: 6 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
);

function maybe<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | unknown> {
  return fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: junk });
}

const labelKey = fc.constantFrom('app', 'tier', 'role', 'kubernetes.io/metadata.name', '__proto__', 'constructor');
const labelValue = fc.constantFrom('web', 'api', 'db', 'a', 'b', '1');
const labels = maybe(fc.dictionary(labelKey, maybe(labelValue), { maxKeys: 3 }));

export const selector: fc.Arbitrary<unknown> = maybe(
  fc.record(
    {
      matchLabels: labels,
      matchExpressions: maybe(
        fc.array(
          fc.record(
            {
              key: maybe(labelKey),
              operator: maybe(fc.constantFrom('In', 'NotIn', 'Exists', 'DoesNotExist', 'in')),
              values: maybe(fc.array(labelValue, { maxLength: 3 })),
            },
            { requiredKeys: [] },
          ),
          { maxLength: 2 },
        ),
      ),
    },
    { requiredKeys: [] },
  ),
);

const portValue = fc.oneof(fc.integer({ min: -1, max: 70000 }), fc.constantFrom(53, 80, 8080, 'http', 'dns', 'metrics', '80', ''));
const protocol = fc.constantFrom('TCP', 'UDP', 'SCTP', 'ICMP', 'tcp');
const cidr = fc.constantFrom('10.0.0.0/8', '10.244.0.0/16', '10.244.0.2/32', '192.168.49.0/24', '0.0.0.0/0', '::/0', '10.0.0.7/24', 'nonsense', '300.1.1.1/8');

const peer = maybe(
  fc.record(
    {
      podSelector: selector,
      namespaceSelector: selector,
      ipBlock: maybe(fc.record({ cidr: maybe(cidr), except: maybe(fc.array(cidr, { maxLength: 2 })) }, { requiredKeys: [] })),
    },
    { requiredKeys: [] },
  ),
);
const netpolPort = maybe(
  fc.record({ port: maybe(portValue), endPort: maybe(fc.integer({ min: 0, max: 70000 })), protocol: maybe(protocol) }, { requiredKeys: [] }),
);
const rule = (peerField: 'from' | 'to') =>
  maybe(fc.record({ [peerField]: maybe(fc.array(peer, { maxLength: 3 })), ports: maybe(fc.array(netpolPort, { maxLength: 3 })) }, { requiredKeys: [] }));

const containerPort = maybe(
  fc.record({ name: maybe(fc.constantFrom('http', 'dns', 'metrics')), containerPort: maybe(portValue), protocol: maybe(protocol) }, { requiredKeys: [] }),
);
const podSpec = maybe(
  fc.record(
    {
      containers: maybe(
        fc.array(
          maybe(
            fc.record(
              {
                name: fc.constantFrom('main', 'side'),
                image: maybe(fc.constantFrom('nginx', 'nginx:1.27', 'a/b:latest')),
                ports: maybe(fc.array(containerPort, { maxLength: 3 })),
              },
              { requiredKeys: [] },
            ),
          ),
          { maxLength: 2 },
        ),
      ),
      nodeName: maybe(fc.constantFrom('n1', 'n2', 'minikube')),
      hostNetwork: maybe(fc.boolean()),
      serviceAccountName: maybe(fc.constantFrom('default', 'builder')),
      nodeSelector: labels,
    },
    { requiredKeys: [] },
  ),
);
const template = maybe(fc.record({ metadata: maybe(fc.record({ labels }, { requiredKeys: [] })), spec: podSpec }, { requiredKeys: [] }));

const spec = maybe(
  fc.record(
    {
      replicas: maybe(fc.integer({ min: -2, max: 4 })),
      selector: maybe(fc.oneof(selector, labels)),
      template,
      jobTemplate: maybe(fc.record({ spec: maybe(fc.record({ template }, { requiredKeys: [] })) }, { requiredKeys: [] })),
      podSelector: selector,
      policyTypes: maybe(fc.subarray(['Ingress', 'Egress'])),
      ingress: maybe(fc.array(rule('from'), { maxLength: 3 })),
      egress: maybe(fc.array(rule('to'), { maxLength: 3 })),
      ports: maybe(
        fc.array(
          maybe(
            fc.record(
              { name: maybe(fc.constantFrom('http', 'web')), port: maybe(portValue), targetPort: maybe(portValue), protocol: maybe(protocol) },
              { requiredKeys: [] },
            ),
          ),
          { maxLength: 2 },
        ),
      ),
      type: maybe(fc.constantFrom('ClusterIP', 'NodePort', 'ExternalName', 'LoadBalancer')),
      clusterIP: maybe(fc.constantFrom('None', '10.96.0.50')),
      containers: maybe(fc.constant([])),
      hostNetwork: maybe(fc.boolean()),
      nodeName: maybe(fc.constantFrom('n1', 'n2')),
    },
    { requiredKeys: [] },
  ),
);

const kind = fc.constantFrom(
  'Pod',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'Job',
  'CronJob',
  'Service',
  'NetworkPolicy',
  'Namespace',
  'Node',
  'Role',
  'ClusterRole',
  'RoleBinding',
  'ClusterRoleBinding',
  'ServiceAccount',
  'ConfigMap',
  'List',
  'Widget',
);

/** One half-valid manifest. */
export const manifest: fc.Arbitrary<unknown> = fc.record(
  {
    apiVersion: maybe(fc.constantFrom('v1', 'apps/v1', 'networking.k8s.io/v1')),
    kind: maybe(kind),
    metadata: maybe(
      fc.record(
        {
          name: maybe(fc.constantFrom('a', 'b', 'web', 'default')),
          namespace: maybe(fc.constantFrom('x', 'y', 'default')),
          labels,
          generateName: maybe(fc.constant('gen-')),
        },
        { requiredKeys: [] },
      ),
    ),
    spec,
    roleRef: maybe(fc.record({ kind: maybe(fc.constantFrom('Role', 'ClusterRole')), name: maybe(fc.constantFrom('a', 'b')) }, { requiredKeys: [] })),
    subjects: maybe(
      fc.array(maybe(fc.record({ kind: maybe(fc.constantFrom('User', 'ServiceAccount', 'Group')), name: fc.constant('x') }, { requiredKeys: [] })), {
        maxLength: 2,
      }),
    ),
    items: maybe(fc.array(junk, { maxLength: 2 })),
    status: maybe(
      fc.record(
        {
          podIP: maybe(fc.constantFrom('10.244.0.2', '10.1.1.1', 'bad')),
          addresses: maybe(fc.array(fc.record({ type: fc.constant('InternalIP'), address: maybe(fc.constantFrom('10.0.0.1', 'x')) }), { maxLength: 1 })),
        },
        { requiredKeys: [] },
      ),
    ),
  },
  { requiredKeys: [] },
);

/** A list of half-valid manifests with junk mixed in. */
export const manifests: fc.Arbitrary<unknown[]> = fc.array(fc.oneof({ weight: 5, arbitrary: manifest }, { weight: 1, arbitrary: junk }), { maxLength: 12 });
