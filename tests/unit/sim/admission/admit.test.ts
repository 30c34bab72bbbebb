import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pseudoCatalog, render, renderWith } from '../../../../lib/i18n/messages';
import { accessRequestFor, admit, buildAttributes, describeAdmission, type AdmissionRequest } from '../../../../lib/sim/admission';
import { ADMIN, binding, cluster, create, deployment, mutatingConfig, namespace, pod, policy, validatingConfig, webhook } from './fixtures';

const rbac = [
  {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'Role',
    metadata: { name: 'pod-writer', namespace: 'dev' },
    rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['create', 'update'] }],
  },
  {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: { name: 'ana-writes', namespace: 'dev' },
    subjects: [{ kind: 'User', name: 'ana', apiGroup: 'rbac.authorization.k8s.io' }],
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'pod-writer' },
  },
];

describe('authorization comes first', () => {
  const c = cluster(namespace('dev'), ...rbac, validatingConfig('v', [webhook('all', 'nowhere')]));

  it('a request RBAC refuses never reaches admission', () => {
    const v = admit(c, { operation: 'CREATE', object: pod('p', { namespace: 'prod' }), user: 'ana' });
    expect(v.allowed).toBe(false);
    expect(v.steps).toHaveLength(1);
    expect(v.steps[0].phase).toBe('authorization');
    expect(v.message).toBe('pods is forbidden: User "ana" cannot create resource "pods" in API group "" in the namespace "prod"');
  });

  it('an authorized request goes on to admission (and the unreachable webhook rejects it)', () => {
    const v = admit(c, { operation: 'CREATE', object: pod('p', { namespace: 'dev' }), user: 'ana' });
    expect(v.steps[0]).toMatchObject({ phase: 'authorization', outcome: 'allowed' });
    expect(v.message).toMatch(/failed calling webhook "all"/);
  });

  it('DELETE needs the delete verb', () => {
    const v = admit(c, { operation: 'DELETE', oldObject: pod('p', { namespace: 'dev' }), user: 'ana' });
    expect(v.message).toBe('pods "p" is forbidden: User "ana" cannot delete resource "pods" in API group "" in the namespace "dev"');
  });
});

describe('accessRequestFor: the verb and attributes RBAC is asked', () => {
  it.each([
    [
      { operation: 'CREATE', object: pod('p', { namespace: 'a' }) },
      { verb: 'create', resource: 'pods', namespace: 'a' },
    ],
    [
      { operation: 'UPDATE', object: pod('p', { namespace: 'a' }), oldObject: pod('p', { namespace: 'a' }) },
      { verb: 'update', name: 'p' },
    ],
    [
      { operation: 'DELETE', oldObject: pod('p', { namespace: 'a' }) },
      { verb: 'delete', name: 'p' },
    ],
    [
      { operation: 'CONNECT', subresource: 'exec', name: 'p', namespace: 'a', object: { kind: 'PodExecOptions', apiVersion: 'v1' } },
      { verb: 'create', resource: 'pods', subresource: 'exec', name: 'p' },
    ],
    [
      { operation: 'CONNECT', subresource: 'proxy', name: 'p', namespace: 'a', resource: 'pods' },
      { verb: 'get', resource: 'pods', subresource: 'proxy' },
    ],
    [
      { operation: 'CONNECT', subresource: 'portforward', name: 'p', namespace: 'a', resource: 'pods' },
      { verb: 'create', subresource: 'portforward' },
    ],
    [
      {
        operation: 'CREATE',
        subresource: 'eviction',
        object: { apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name: 'p', namespace: 'a' } },
        resource: 'pods',
      },
      { verb: 'create', name: 'p' },
    ],
    [
      { operation: 'UPDATE', subresource: 'scale', object: deployment('d'), oldObject: deployment('d') },
      { verb: 'update', group: 'apps', resource: 'deployments', subresource: 'scale' },
    ],
  ])('%j', (request, expected) => {
    const built = buildAttributes({ user: 'u', ...request });
    expect(built.ok).toBe(true);
    if (built.ok) expect(accessRequestFor(built.attributes).resourceAttributes).toMatchObject(expected);
  });

  it('a CREATE carries no name (POST to the collection), so resourceNames rules cannot allow it', () => {
    const built = buildAttributes({ user: 'u', operation: 'CREATE', object: pod('p', { namespace: 'a' }) });
    expect(built.ok && accessRequestFor(built.attributes).resourceAttributes).not.toHaveProperty('name');
  });
});

describe("the talk's two webhook configurations", () => {
  const talkValidating = validatingConfig('talk-validating', [
    {
      name: 'my-webhook.example.com',
      sideEffects: 'None',
      admissionReviewVersions: ['v1'],
      rules: [
        {
          operations: ['CREATE', 'UPDATE'],
          apiGroups: ['apps'],
          apiVersions: ['v1', 'v1beta1'],
          resources: ['deployments', 'replicasets'],
          scope: 'Namespaced',
        },
      ],
    },
  ]);
  const talkMutating = mutatingConfig('talk-mutating', [
    {
      name: 'my-webhook.example.com',
      sideEffects: 'None',
      admissionReviewVersions: ['v1'],
      rules: [{ operations: ['CREATE'], apiGroups: ['*'], apiVersions: ['*'], resources: ['*'], scope: '*' }],
    },
  ]);

  it('as on the slide (no reachable server, failurePolicy Fail): every matching request is rejected', () => {
    const c = cluster(namespace('shop'), talkValidating);
    expect(admit(c, create(deployment('d', { namespace: 'shop' }))).message).toMatch(
      /^Internal error occurred: failed calling webhook "my-webhook.example.com"/,
    );
    expect(admit(c, create(pod('p', { namespace: 'shop' }))).allowed).toBe(true);
    const m = cluster(namespace('shop'), talkMutating);
    expect(admit(m, create(pod('p', { namespace: 'shop' }))).allowed).toBe(false);
    expect(admit(m, create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'x' } })).allowed).toBe(false);
    const exec = {
      operation: 'CONNECT' as const,
      subresource: 'exec',
      resource: 'pods',
      name: 'p',
      namespace: 'shop',
      object: { kind: 'PodExecOptions', apiVersion: 'v1' },
      ...ADMIN,
    };
    expect(admit(m, exec).allowed).toBe(true);
  });

  it("pointed at the lab's servers: image-cloner rewrites images, polaris guards deployments", () => {
    const withServer = (config: ReturnType<typeof validatingConfig>, service: string) => ({
      ...config,
      webhooks: config.webhooks.map((w) => ({ ...w, clientConfig: { service: { name: service, namespace: 'lab' } } })),
    });
    const c = cluster(namespace('shop'), withServer(talkMutating, 'image-cloner'), withServer(talkValidating, 'polaris'));
    const v = admit(c, create(deployment('d', { namespace: 'shop', privileged: true })));
    expect(v.allowed).toBe(false);
    expect(v.message).toMatch(/^admission webhook "my-webhook.example.com" denied the request: Polaris prevented this deployment/);
    expect(v.steps.find((s) => s.outcome === 'mutated')?.patch).toEqual([
      { op: 'replace', path: '/spec/template/spec/containers/0/image', value: 'backup.registry.local/nginx:1.27' },
    ]);
  });
});

describe('describeAdmission', () => {
  const c = cluster(
    namespace('shop'),
    policy('p', {
      matchConstraints: { resourceRules: [{ apiGroups: ['apps'], apiVersions: ['v1'], operations: ['CREATE'], resources: ['deployments'] }] },
      validations: [{ expression: 'object.spec.replicas <= 2', message: 'max 2' }],
    }),
    binding('b', { policyName: 'p', validationActions: ['Deny'] }),
  );

  it('tells the verdict and the trip, in English and Spanish', () => {
    const v = admit(c, create(deployment('d', { namespace: 'shop', replicas: 3 })));
    const en = render('en', describeAdmission(v));
    const es = render('es', describeAdmission(v));
    expect(en.split('\n')[0]).toBe(
      "Denied (422 Invalid): deployments.apps \"d\" is forbidden: ValidatingAdmissionPolicy 'p' with binding 'b' denied request: max 2",
    );
    expect(en).toMatch(/\[authorization\] RBAC: allowed/);
    expect(en).toMatch(/\[validating admission\] ValidatingAdmissionPolicy\/p binding b: DENIED/);
    expect(es.split('\n')[0]).toMatch(/^Rechazado \(422 Invalid\): .*rechazó la solicitud: max 2$/);
    expect(es).toMatch(/\[autorización\] RBAC: permitido/);
    const ok = admit(c, create(deployment('d', { namespace: 'shop', replicas: 1 })));
    expect(render('en', describeAdmission(ok)).split('\n')[0]).toBe('Admitted: the request reaches storage (etcd).');
    expect(render('es', describeAdmission(ok)).split('\n')[0]).toBe('Admitido: la solicitud llega al almacenamiento (etcd).');
  });

  it('a bad request is explained, not thrown', () => {
    const v = admit(c, { operation: 'PATCH' } as unknown as AdmissionRequest);
    expect(v.allowed).toBe(false);
    expect(v.code).toBe(400);
    expect(render('es', describeAdmission(v))).toMatch(/operación desconocida/);
  });
});

describe('every word of the trip comes from the catalogs', () => {
  // Pseudo-locale: catalog words come out bracketed; text that bypassed the catalogs would not.
  const xx = pseudoCatalog();
  const c = cluster(
    namespace('shop', { 'pod-security.kubernetes.io/enforce': 'baseline' }),
    mutatingConfig('m', [webhook('clone.lab', 'image-cloner'), webhook('gone.lab', 'nowhere', { failurePolicy: 'Ignore' })]),
    validatingConfig('v', [webhook('no-privileged.lab', 'deny-privileged')]),
    policy('p', {
      matchConstraints: { resourceRules: [{ apiGroups: [''], apiVersions: ['v1'], operations: ['CREATE'], resources: ['pods'] }] },
      validations: [{ expression: 'object.metadata.name != "bad"', message: 'no bad' }],
    }),
    binding('b', { policyName: 'p', validationActions: ['Warn'] }),
  );

  it.each([
    ['an allowed pod', pod('ok', { namespace: 'shop' })],
    ['a warned pod', pod('bad', { namespace: 'shop' })],
    ['a privileged pod', pod('root', { namespace: 'shop', privileged: true })],
  ])('%s', (_name, object) => {
    const v = admit(c, create(object));
    expect(v.steps.length).toBeGreaterThan(3);
    for (const step of v.steps) {
      expect(step.text.code, step.by).not.toBe('common.text');
      expect(renderWith(xx, step.text), step.by).toMatch(/^\[.*\]$/s);
      expect(render('es', step.text), step.by).not.toBe(render('en', step.text));
    }
    if (v.text) expect(renderWith(xx, v.text)).toMatch(/^\[.*\]$/s);
    for (const line of renderWith(xx, describeAdmission(v)).split('\n')) expect(line).toMatch(/^\[/);
  });
});

describe('admit never throws', () => {
  const anyObject = fc.oneof(
    fc.anything(),
    fc.record({
      apiVersion: fc.constantFrom('v1', 'apps/v1', 'x/y', ''),
      kind: fc.constantFrom('Pod', 'Deployment', 'Namespace', 'CronJob', 'Foo', ''),
      metadata: fc.anything(),
      spec: fc.anything(),
    }),
  );
  const request = fc.record(
    {
      operation: fc.constantFrom('CREATE', 'UPDATE', 'DELETE', 'CONNECT', 'GET', 42),
      object: anyObject,
      oldObject: anyObject,
      subresource: fc.constantFrom(undefined, '', 'exec', 'status', 'scale', 'ephemeralcontainers'),
      user: fc.constantFrom('admin', 'ana', ''),
      groups: fc.constantFrom(undefined, ['system:masters'], [1]),
      namespace: fc.option(fc.string({ maxLength: 8 })),
      dryRun: fc.boolean(),
    },
    { requiredKeys: ['operation', 'user'] },
  );
  const junkWebhook = fc.record({
    name: fc.string({ maxLength: 5 }),
    clientConfig: fc.constantFrom(undefined, { service: { name: 'polaris' } }, { service: { name: 'image-cloner' } }, { url: 'x' }),
    rules: fc.anything(),
    namespaceSelector: fc.anything(),
    objectSelector: fc.anything(),
    matchConditions: fc.anything(),
    failurePolicy: fc.constantFrom('Fail', 'Ignore', 3),
    reinvocationPolicy: fc.constantFrom('IfNeeded', 'Never'),
  });
  const junkCluster = fc
    .tuple(fc.array(junkWebhook, { maxLength: 3 }), fc.array(junkWebhook, { maxLength: 3 }), fc.anything(), fc.anything())
    .map(([m, v, spec, bspec]) =>
      cluster(
        namespace('default', { 'pod-security.kubernetes.io/enforce': 'baseline' }),
        mutatingConfig('m', m as Record<string, unknown>[]),
        validatingConfig('v', v as Record<string, unknown>[]),
        { apiVersion: 'admissionregistration.k8s.io/v1', kind: 'ValidatingAdmissionPolicy', metadata: { name: 'p' }, spec },
        { apiVersion: 'admissionregistration.k8s.io/v1', kind: 'ValidatingAdmissionPolicyBinding', metadata: { name: 'b' }, spec: bspec },
      ),
    );

  it('on generated requests and configurations', () => {
    fc.assert(
      fc.property(junkCluster, request, (c, r) => {
        const v = admit(c, r as unknown as AdmissionRequest);
        expect(typeof v.allowed).toBe('boolean');
        expect(Array.isArray(v.steps)).toBe(true);
        expect(typeof render('es', describeAdmission(v))).toBe('string');
        expect(() => JSON.stringify(v)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});

// CONNECT (pods/exec, attach, portforward) admits the options object, not the pod:
// k8s.io/apiserver pkg/endpoints/handlers/rest.go (ConnectResource passes the options to admission),
// webhook predicates/object/matcher.go (an object without metadata never matches a non-empty
// objectSelector), and CEL `object` is that options object.
describe('CONNECT admits the options object', () => {
  const labelledPod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web', namespace: 'shop', labels: { app: 'web' } },
    spec: { containers: [{ name: 'app', image: 'nginx' }] },
  };
  const execRule = { operations: ['CONNECT'], apiGroups: [''], apiVersions: ['v1'], resources: ['pods/exec'] };
  const vap = (spec: Record<string, unknown>) =>
    cluster(
      namespace('shop'),
      labelledPod,
      policy('no-exec', { failurePolicy: 'Fail', matchConstraints: { resourceRules: [execRule] }, ...spec }),
      binding('no-exec', { policyName: 'no-exec', validationActions: ['Deny'] }),
    );
  const exec = (object: unknown) => ({
    operation: 'CONNECT' as const,
    subresource: 'exec',
    resource: 'pods',
    name: 'web',
    namespace: 'shop',
    object,
    user: 'dev',
    groups: ['system:masters'],
  });

  it('even when the caller hands over the pod, the admitted object is a PodExecOptions without metadata', () => {
    const v = admit(vap({ validations: [{ expression: "object.kind == 'PodExecOptions' && !has(object.metadata)" }] }), exec(labelledPod));
    expect(v.allowed).toBe(true);
  });
  it('CEL reads the options (command), not the pod', () => {
    const c = vap({ validations: [{ expression: "!object.command.exists(c, c == 'sh')", message: 'no shells' }] });
    expect(admit(c, exec({ kind: 'PodExecOptions', apiVersion: 'v1', command: ['sh'] })).message).toMatch(/no shells$/);
    expect(admit(c, exec({ kind: 'PodExecOptions', apiVersion: 'v1', command: ['ls'] })).allowed).toBe(true);
  });
  it('a non-empty objectSelector never matches an exec, whatever labels the pod has', () => {
    const c = vap({ matchConstraints: { resourceRules: [execRule], objectSelector: { matchLabels: { app: 'web' } } }, validations: [{ expression: 'false' }] });
    const v = admit(c, exec(labelledPod));
    expect(v.allowed).toBe(true);
    expect(v.steps.find((s) => s.plugin === 'ValidatingAdmissionPolicy')?.failedCriterion).toBe('objectSelector');
    const notIn = vap({
      matchConstraints: { resourceRules: [execRule], objectSelector: { matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] } },
      validations: [{ expression: 'false' }],
    });
    expect(admit(notIn, exec(labelledPod)).allowed).toBe(true);
  });
  it('an empty objectSelector matches, so the policy applies', () => {
    const c = vap({ matchConstraints: { resourceRules: [execRule], objectSelector: {} }, validations: [{ expression: 'false', message: 'no exec' }] });
    expect(admit(c, exec(labelledPod)).allowed).toBe(false);
  });
});
