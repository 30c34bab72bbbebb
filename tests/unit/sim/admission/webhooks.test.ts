import { describe, expect, it } from 'vitest';
import { admit, type AdmissionVerdict } from '../../../../lib/sim/admission';
import { render } from '../../../../lib/i18n/messages';
import { ADMIN, cluster, create, deployment, mutatingConfig, namespace, pod, validatingConfig, webhook } from './fixtures';

const DENY_ALL = 'nowhere'; // an unreachable service: with failurePolicy Fail (default) it rejects whatever it is called for

function called(verdict: AdmissionVerdict, name: string): boolean {
  return verdict.steps.some((s) => s.source?.webhook === name && s.outcome !== 'not-matched');
}

function stepOf(verdict: AdmissionVerdict, name: string) {
  return verdict.steps.find((s) => s.source?.webhook === name);
}

const webPod = pod('web', { namespace: 'shop', labels: { app: 'web' } });
const execRequest = {
  operation: 'CONNECT' as const,
  subresource: 'exec',
  resource: 'pods',
  name: 'web',
  namespace: 'shop',
  object: { apiVersion: 'v1', kind: 'PodExecOptions', command: ['sh'] },
  ...ADMIN,
};

describe('webhook matching: edge cases of admission.md §5', () => {
  it('W1: resources [pods] does not see exec, status updates or kubectl debug', () => {
    const c = cluster(
      namespace('shop'),
      validatingConfig('v', [webhook('pods-only', DENY_ALL, { rules: [{ operations: ['*'], apiGroups: [''], apiVersions: ['v1'], resources: ['pods'] }] })]),
    );
    expect(admit(c, create(webPod)).allowed).toBe(false);
    for (const request of [
      execRequest,
      { operation: 'UPDATE' as const, subresource: 'status', object: webPod, oldObject: webPod, ...ADMIN },
      { operation: 'UPDATE' as const, subresource: 'ephemeralcontainers', object: webPod, oldObject: webPod, ...ADMIN },
    ]) {
      const v = admit(c, request);
      expect(v.allowed).toBe(true);
      expect(stepOf(v, 'pods-only')?.failedCriterion).toBe('rules');
    }
  });

  it('W2: resources [*] misses subresources; */* catches them', () => {
    const star = cluster(
      namespace('shop'),
      validatingConfig('v', [webhook('star', DENY_ALL, { rules: [{ operations: ['*'], apiGroups: ['*'], apiVersions: ['*'], resources: ['*'] }] })]),
    );
    const starStar = cluster(
      namespace('shop'),
      validatingConfig('v', [webhook('star', DENY_ALL, { rules: [{ operations: ['*'], apiGroups: ['*'], apiVersions: ['*'], resources: ['*/*'] }] })]),
    );
    expect(admit(star, execRequest).allowed).toBe(true);
    expect(admit(starStar, execRequest).allowed).toBe(false);
  });

  it('W3: resources [pods/*] matches plain pod CREATE and every pod subresource', () => {
    const c = cluster(
      namespace('shop'),
      validatingConfig('v', [webhook('pods-star', DENY_ALL, { rules: [{ operations: ['*'], apiGroups: [''], apiVersions: ['v1'], resources: ['pods/*'] }] })]),
    );
    expect(admit(c, create(webPod)).allowed).toBe(false);
    expect(admit(c, execRequest).allowed).toBe(false);
  });

  it('W4: scope Namespaced + resources [namespaces] never matches', () => {
    const c = cluster(
      validatingConfig('v', [
        webhook('ns', DENY_ALL, { rules: [{ operations: ['*'], apiGroups: [''], apiVersions: ['v1'], resources: ['namespaces'], scope: 'Namespaced' }] }),
      ]),
    );
    const v = admit(c, create(namespace('new')));
    expect(v.allowed).toBe(true);
    expect(stepOf(v, 'ns')?.failedCriterion).toBe('rules');
    const clusterScope = cluster(
      validatingConfig('v', [
        webhook('ns', DENY_ALL, { rules: [{ operations: ['*'], apiGroups: [''], apiVersions: ['v1'], resources: ['namespaces'], scope: 'Cluster' }] }),
      ]),
    );
    expect(admit(clusterScope, create(namespace('new'))).allowed).toBe(false);
  });

  it('W5: a namespaceSelector excluding kube-system does not exclude cluster-scoped objects', () => {
    const selector = { matchExpressions: [{ key: 'kubernetes.io/metadata.name', operator: 'NotIn', values: ['kube-system'] }] };
    const c = cluster(
      namespace('kube-system'),
      validatingConfig('v', [
        webhook('w5', DENY_ALL, { namespaceSelector: selector, rules: [{ operations: ['*'], apiGroups: ['*'], apiVersions: ['*'], resources: ['*'] }] }),
      ]),
    );
    const crb = {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: { name: 'x' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'view' },
      subjects: [],
    };
    expect(admit(c, create(crb)).allowed).toBe(false);
    const inKubeSystem = admit(c, create(pod('p', { namespace: 'kube-system' })));
    expect(inKubeSystem.allowed).toBe(true);
    expect(stepOf(inKubeSystem, 'w5')?.failedCriterion).toBe('namespaceSelector');
  });

  it('W6: objectSelector app=web is not called for kubectl exec into an app=web pod', () => {
    const c = cluster(
      namespace('shop'),
      validatingConfig('v', [
        webhook('w6', DENY_ALL, {
          objectSelector: { matchLabels: { app: 'web' } },
          rules: [{ operations: ['*'], apiGroups: [''], apiVersions: ['v1'], resources: ['pods', 'pods/exec'] }],
        }),
      ]),
    );
    expect(admit(c, create(webPod)).allowed).toBe(false);
    const v = admit(c, execRequest);
    expect(v.allowed).toBe(true);
    expect(stepOf(v, 'w6')?.failedCriterion).toBe('objectSelector');
  });

  it('W13: operations [CREATE] is not called for apply of an existing object (UPDATE) nor for scale', () => {
    const c = cluster(
      namespace('shop'),
      validatingConfig('v', [
        webhook('w13', DENY_ALL, {
          rules: [{ operations: ['CREATE'], apiGroups: ['apps'], apiVersions: ['v1'], resources: ['deployments', 'deployments/scale'] }],
        }),
      ]),
    );
    const d = deployment('d', { namespace: 'shop' });
    expect(admit(c, create(d)).allowed).toBe(false);
    expect(admit(c, { operation: 'UPDATE', object: d, oldObject: d, ...ADMIN }).allowed).toBe(true);
    expect(admit(c, { operation: 'UPDATE', subresource: 'scale', object: d, oldObject: d, ...ADMIN }).allowed).toBe(true);
  });
});

describe('namespaceSelector and objectSelector details', () => {
  const selectorHook = (extra: Record<string, unknown>) =>
    validatingConfig('v', [webhook('sel', DENY_ALL, { rules: [{ operations: ['*'], apiGroups: ['*'], apiVersions: ['*'], resources: ['*'] }], ...extra })]);

  it("a Namespace CREATE is judged on the new namespace's own labels", () => {
    const c = cluster(selectorHook({ namespaceSelector: { matchLabels: { team: 'a' } } }));
    expect(admit(c, create(namespace('n1', { team: 'a' }))).allowed).toBe(false);
    expect(admit(c, create(namespace('n2', { team: 'b' }))).allowed).toBe(true);
  });

  it('a Namespace DELETE is judged on the stored labels', () => {
    const c = cluster(namespace('n1', { team: 'a' }), selectorHook({ namespaceSelector: { matchLabels: { team: 'a' } } }));
    expect(admit(c, { operation: 'DELETE', oldObject: namespace('n1', {}), ...ADMIN }).allowed).toBe(false);
  });

  it('kubernetes.io/metadata.name is always there to select by', () => {
    const c = cluster(namespace('shop'), selectorHook({ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'shop' } } }));
    expect(admit(c, create(pod('p', { namespace: 'shop' }))).allowed).toBe(false);
    expect(admit(c, create(pod('p', { namespace: 'other' }))).allowed).toBe(true);
  });

  it('objectSelector on DELETE uses the old object', () => {
    const c = cluster(namespace('shop'), selectorHook({ objectSelector: { matchLabels: { app: 'web' } } }));
    expect(admit(c, { operation: 'DELETE', oldObject: webPod, ...ADMIN }).allowed).toBe(false);
    expect(admit(c, { operation: 'DELETE', oldObject: pod('other', { namespace: 'shop' }), ...ADMIN }).allowed).toBe(true);
  });

  it('objectSelector matches the new or the old labels on UPDATE', () => {
    const c = cluster(namespace('shop'), selectorHook({ objectSelector: { matchLabels: { app: 'web' } } }));
    const relabelled = pod('web', { namespace: 'shop', labels: { app: 'api' } });
    expect(admit(c, { operation: 'UPDATE', object: relabelled, oldObject: webPod, ...ADMIN }).allowed).toBe(false);
  });

  it('an invalid selector rejects the request with a reason', () => {
    const c = cluster(namespace('shop'), selectorHook({ objectSelector: { matchExpressions: [{ key: 'app', operator: 'Maybe' }] } }));
    const v = admit(c, create(webPod));
    expect(v.allowed).toBe(false);
    expect(v.message).toMatch(/invalid selector/);
  });
});

describe('matchConditions and failurePolicy', () => {
  const withConditions = (conditions: unknown[], failurePolicy?: string) =>
    cluster(
      namespace('shop'),
      validatingConfig('v', [
        webhook('mc', DENY_ALL, {
          matchConditions: conditions,
          ...(failurePolicy ? { failurePolicy } : {}),
          rules: [{ operations: ['*'], apiGroups: ['*'], apiVersions: ['*'], resources: ['*'] }],
        }),
      ]),
    );

  it('a false condition skips the webhook', () => {
    const v = admit(withConditions([{ name: 'not-admin', expression: "request.userInfo.username != 'admin'" }]), create(webPod));
    expect(v.allowed).toBe(true);
    expect(stepOf(v, 'mc')?.failedCriterion).toBe('matchConditions');
  });

  it('all true conditions call the webhook', () => {
    const v = admit(
      withConditions([
        { name: 'pods', expression: "object.kind == 'Pod'" },
        { name: 'labelled', expression: "has(object.metadata.labels) && 'app' in object.metadata.labels" },
      ]),
      create(webPod),
    );
    expect(v.allowed).toBe(false);
  });

  it('an erroring condition rejects under Fail and skips under Ignore', () => {
    const broken = [{ name: 'owner', expression: "object.metadata.labels.owner == 'me'" }];
    const fail = admit(withConditions(broken), create(webPod));
    expect(fail.allowed).toBe(false);
    expect(fail.message).toMatch(/matchCondition 'owner' failed: No such key: owner/);
    const ignore = admit(withConditions(broken, 'Ignore'), create(webPod));
    expect(ignore.allowed).toBe(true);
    expect(stepOf(ignore, 'mc')?.outcome).toBe('error-ignored');
  });

  it('a false condition wins over an erroring one', () => {
    const v = admit(
      withConditions([
        { name: 'broken', expression: 'object.nope.x' },
        { name: 'no', expression: 'false' },
      ]),
      create(webPod),
    );
    expect(v.allowed).toBe(true);
  });
});

describe('calling webhooks', () => {
  it("W7: an Ignore webhook that cannot be reached and one that allows → allowed; with Fail → rejected with the API server's text", () => {
    const ignore = cluster(
      namespace('shop'),
      validatingConfig('v', [webhook('slow', 'slow-svc', { failurePolicy: 'Ignore', timeoutSeconds: 5 }), webhook('ok', 'deny-privileged')]),
    );
    expect(admit(ignore, create(webPod)).allowed).toBe(true);
    const fail = cluster(
      namespace('shop'),
      validatingConfig('v', [webhook('slow', 'slow-svc', { failurePolicy: 'Fail', timeoutSeconds: 5 }), webhook('ok', 'deny-privileged')]),
    );
    const v = admit(fail, create(webPod));
    expect(v.allowed).toBe(false);
    expect(v.code).toBe(500);
    expect(v.message).toBe(
      'Internal error occurred: failed calling webhook "slow": failed to call webhook: Post "https://slow-svc.lab.svc:443/validate?timeout=5s": service "slow-svc" not found',
    );
  });

  it('failurePolicy defaults to Fail; url webhooks are unreachable too', () => {
    const c = cluster(
      namespace('shop'),
      validatingConfig('v', [{ ...webhook('u', 'x'), clientConfig: { url: 'https://hooks.example.com/check' }, failurePolicy: undefined }]),
    );
    const v = admit(c, create(webPod));
    expect(v.allowed).toBe(false);
    expect(v.message).toContain('Post "https://hooks.example.com/check?timeout=10s"');
  });

  it('timeoutSeconds is clamped to 1..30', () => {
    const c = cluster(namespace('shop'), validatingConfig('v', [webhook('t', 'x', { timeoutSeconds: 99 })]));
    expect(admit(c, create(webPod)).message).toContain('timeout=30s');
  });

  it('W8: a mutating webhook that makes a pod privileged in a restricted namespace is rejected by PodSecurity (mutation first)', () => {
    const c = cluster(
      namespace('secure', { 'pod-security.kubernetes.io/enforce': 'baseline' }),
      mutatingConfig('m', [webhook('cloner', 'image-cloner')]),
      validatingConfig('v', [webhook('dp', 'deny-privileged')]),
    );
    const v = admit(c, create(pod('p', { namespace: 'secure', privileged: true })));
    expect(v.allowed).toBe(false);
    const order = v.steps.map((s) => s.plugin);
    expect(order.indexOf('MutatingAdmissionWebhook')).toBeLessThan(order.indexOf('PodSecurity'));
    expect(v.steps.at(-1)?.plugin).toBe('PodSecurity');
    expect(v.message).toMatch(/^pods "p" is forbidden: violates PodSecurity "baseline:latest": privileged/);
    expect(JSON.stringify(v.object)).toContain('backup.registry.local/nginx:1.27');
  });

  it("a denial from a webhook reads like the API server's", () => {
    const c = cluster(namespace('shop'), validatingConfig('v', [webhook('no-privileged.lab', 'deny-privileged')]));
    const v = admit(c, create(pod('p', { namespace: 'shop', privileged: true })));
    expect(v.message).toBe(
      'admission webhook "no-privileged.lab" denied the request: privileged containers are not allowed: container "app" sets securityContext.privileged=true',
    );
    expect(v.text && render('es', v.text)).toBe(
      'el webhook de admisión "no-privileged.lab" rechazó la solicitud: no se permiten contenedores privilegiados: el contenedor "app" pone securityContext.privileged=true',
    );
    expect(v.code).toBe(403);
  });

  it('validating webhooks all run; the first rejection in order is reported', () => {
    const c = cluster(namespace('shop'), validatingConfig('a', [webhook('first', 'deny-privileged')]), validatingConfig('b', [webhook('second', DENY_ALL)]));
    const v = admit(c, create(pod('p', { namespace: 'shop', privileged: true })));
    expect(called(v, 'first') && called(v, 'second')).toBe(true);
    expect(v.message).toMatch(/"first"/);
  });

  it('dry run: a webhook with side effects makes the request fail; None does not', () => {
    const unknown = cluster(namespace('shop'), validatingConfig('v', [webhook('se', 'deny-privileged', { sideEffects: 'Some' })]));
    const v = admit(unknown, create(webPod, { dryRun: true }));
    expect(v.allowed).toBe(false);
    expect(v.message).toBe('admission webhook "se" does not support dry run');
    expect(admit(unknown, create(webPod)).allowed).toBe(true);
    const none = cluster(namespace('shop'), validatingConfig('v', [webhook('se', 'deny-privileged', { sideEffects: 'NoneOnDryRun' })]));
    expect(admit(none, create(webPod, { dryRun: true })).allowed).toBe(true);
  });

  it('webhooks are never called for webhook configurations or admission policies', () => {
    const c = cluster(
      validatingConfig('v', [webhook('all', DENY_ALL, { rules: [{ operations: ['*'], apiGroups: ['*'], apiVersions: ['*'], resources: ['*'] }] })]),
    );
    for (const object of [
      validatingConfig('x', []),
      mutatingConfig('y', []),
      { apiVersion: 'admissionregistration.k8s.io/v1', kind: 'ValidatingAdmissionPolicy', metadata: { name: 'p' }, spec: {} },
    ]) {
      const v = admit(c, create(object));
      expect(v.allowed).toBe(true);
      expect(v.steps.some((s) => s.outcome === 'exempt')).toBe(true);
    }
  });
});

describe('mutating webhooks: order and reinvocation', () => {
  it('configurations run by name, each sees the previous patches', () => {
    const c = cluster(namespace('shop'), mutatingConfig('b-second', [webhook('b', 'image-cloner')]), mutatingConfig('a-first', [webhook('a', 'image-cloner')]));
    const v = admit(c, create(webPod));
    const steps = v.steps.filter((s) => s.plugin === 'MutatingAdmissionWebhook');
    expect(steps.map((s) => s.source?.webhook)).toEqual(['a', 'b']);
    expect(steps.map((s) => s.outcome)).toEqual(['mutated', 'allowed']);
    expect(JSON.stringify(v.object)).toContain('"image":"backup.registry.local/nginx:1.27"');
  });

  it('reinvocationPolicy IfNeeded calls a webhook again when a later one changed the object', () => {
    const c = cluster(
      namespace('shop'),
      mutatingConfig('m', [webhook('first', 'polaris', { reinvocationPolicy: 'IfNeeded' }), webhook('cloner', 'image-cloner')]),
    );
    const v = admit(c, create(restrictedLikePod()));
    const first = v.steps.filter((s) => s.source?.webhook === 'first');
    expect(first).toHaveLength(2);
    expect(first[1].message).toMatch(/reinvoked/);
    const never = cluster(namespace('shop'), mutatingConfig('m', [webhook('first', 'polaris'), webhook('cloner', 'image-cloner')]));
    expect(admit(never, create(restrictedLikePod())).steps.filter((s) => s.source?.webhook === 'first')).toHaveLength(1);
  });
});

function restrictedLikePod() {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'safe', namespace: 'shop' },
    spec: {
      automountServiceAccountToken: false,
      securityContext: { runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: 'RuntimeDefault' } },
      containers: [
        {
          name: 'app',
          image: 'nginx:1.27',
          resources: { requests: { cpu: '100m', memory: '64Mi' }, limits: { cpu: '200m', memory: '128Mi' } },
          securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
        },
      ],
    },
  };
}
