import { render } from '@/lib/i18n/messages';
import { describe, expect, it } from 'vitest';
import { admit, namespacePodSecurityPolicy, type AdmissionVerdict } from '../../../../lib/sim/admission';
import { ADMIN, cluster, create, deployment, namespace, pod, restrictedPod } from './fixtures';
import { createCluster } from '../../../../lib/sim/cluster';

const PSA = 'pod-security.kubernetes.io/';

function psaStep(v: AdmissionVerdict) {
  return v.steps.find((s) => s.plugin === 'PodSecurity');
}

describe('namespace labels → PodSecurity policy', () => {
  it.each([
    [{}, 'privileged:latest', 'privileged:latest', 'privileged:latest'],
    [{ [`${PSA}enforce`]: 'baseline' }, 'baseline:latest', 'privileged:latest', 'baseline:latest'],
    [{ [`${PSA}enforce`]: 'restricted', [`${PSA}enforce-version`]: 'v1.24' }, 'restricted:v1.24', 'privileged:latest', 'restricted:v1.24'],
    [{ [`${PSA}enforce`]: 'baseline', [`${PSA}warn`]: 'restricted' }, 'baseline:latest', 'privileged:latest', 'restricted:latest'],
    [{ [`${PSA}enforce`]: 'restricted', [`${PSA}warn-version`]: 'v1.30' }, 'restricted:latest', 'privileged:latest', 'restricted:v1.30'],
    [{ [`${PSA}enforce`]: 'Restricted' }, 'restricted:latest', 'privileged:latest', 'privileged:latest'],
    [{ [`${PSA}audit`]: 'bogus', [`${PSA}warn`]: 'bogus' }, 'privileged:latest', 'privileged:latest', 'privileged:latest'],
    [{ [`${PSA}enforce`]: 'baseline', [`${PSA}enforce-version`]: 'v1.025' }, 'baseline:latest', 'privileged:latest', 'baseline:latest'],
    [{ [`${PSA}audit`]: 'restricted', [`${PSA}audit-version`]: 'v1.29' }, 'privileged:latest', 'restricted:v1.29', 'privileged:latest'],
  ])('%j → enforce %s, audit %s, warn %s', (labels, enforce, audit, warn) => {
    const p = namespacePodSecurityPolicy(labels);
    expect(`${p.enforce.level}:${p.enforce.version}`).toBe(enforce);
    expect(`${p.audit.level}:${p.audit.version}`).toBe(audit);
    expect(`${p.warn.level}:${p.warn.version}`).toBe(warn);
  });

  it('records invalid values', () => {
    expect(namespacePodSecurityPolicy({ [`${PSA}enforce`]: 'Restricted', [`${PSA}enforce-version`]: '1.25' }).errors).toHaveLength(2);
  });
});

describe('PodSecurity admission of pods', () => {
  const ns = (labels: Record<string, string>) => cluster(namespace('team', labels));

  it("enforce rejects a violating pod with the API server's message", () => {
    const v = admit(ns({ [`${PSA}enforce`]: 'baseline' }), create(pod('p', { namespace: 'team', privileged: true })));
    expect(v.allowed).toBe(false);
    expect(v.code).toBe(403);
    expect(v.message).toBe(
      'pods "p" is forbidden: violates PodSecurity "baseline:latest": privileged (container "app" must not set securityContext.privileged=true)',
    );
    expect(render('es', v.text ?? { code: '', params: {} })).toBe(
      'pods "p" está prohibido: viola PodSecurity "baseline:latest": privilegiado (el contenedor "app" no debe fijar securityContext.privileged=true)',
    );
    expect(render('en', v.text ?? { code: '', params: {} })).toBe(v.message);
    expect(v.auditAnnotations[`${PSA}enforce-policy`]).toBe('baseline:latest');
  });

  it('an invalid enforce level is evaluated as restricted (fail closed)', () => {
    const v = admit(ns({ [`${PSA}enforce`]: 'strict' }), create(pod('p', { namespace: 'team' })));
    expect(v.allowed).toBe(false);
    expect(v.message).toMatch(/violates PodSecurity "restricted:latest"/);
  });

  it('warn gives a warning, audit an audit annotation, neither rejects', () => {
    const v = admit(ns({ [`${PSA}warn`]: 'restricted', [`${PSA}audit`]: 'baseline' }), create(pod('p', { namespace: 'team', privileged: true })));
    expect(v.allowed).toBe(true);
    expect(v.warnings[0]).toMatch(/^would violate PodSecurity "restricted:latest": /);
    expect(v.auditAnnotations[`${PSA}audit-violations`]).toMatch(/^would violate PodSecurity "baseline:latest": privileged/);
    expect(psaStep(v)?.outcome).toBe('warned');
  });

  it('warn follows enforce when unlabelled, but warnings are only added when the pod is admitted', () => {
    const v = admit(ns({ [`${PSA}enforce`]: 'restricted' }), create(pod('p', { namespace: 'team' })));
    expect(v.allowed).toBe(false);
    expect(v.warnings).toEqual([]);
  });

  it('a restricted pod passes restricted', () => {
    expect(admit(ns({ [`${PSA}enforce`]: 'restricted' }), create(restrictedPod('ok', 'team'))).allowed).toBe(true);
  });

  it('enforce-version pins the checks (runAsUser=0 allowed at restricted:v1.22)', () => {
    const p = restrictedPod('r', 'team') as { spec: { securityContext: Record<string, unknown> } };
    p.spec.securityContext.runAsUser = 0;
    expect(admit(ns({ [`${PSA}enforce`]: 'restricted', [`${PSA}enforce-version`]: 'v1.22' }), create(p)).allowed).toBe(true);
    expect(admit(ns({ [`${PSA}enforce`]: 'restricted' }), create(p)).allowed).toBe(false);
  });

  it('P11: a label-only update of a running violating pod is allowed without evaluation', () => {
    const old = pod('p', { namespace: 'team', privileged: true });
    const relabelled = { ...old, metadata: { ...old.metadata, labels: { new: 'label' } } };
    const v = admit(ns({ [`${PSA}enforce`]: 'baseline' }), { operation: 'UPDATE', object: relabelled, oldObject: old, ...ADMIN });
    expect(v.allowed).toBe(true);
    expect(psaStep(v)?.outcome).toBe('skipped');
  });

  it('an image change is significant and evaluated', () => {
    const old = pod('p', { namespace: 'team', privileged: true });
    const changed = pod('p', { namespace: 'team', privileged: true, image: 'nginx:1.28' });
    expect(admit(ns({ [`${PSA}enforce`]: 'baseline' }), { operation: 'UPDATE', object: changed, oldObject: old, ...ADMIN }).allowed).toBe(false);
  });

  it('P9: kubectl debug adding a privileged ephemeral container is rejected (ephemeralcontainers subresource)', () => {
    const old = pod('p', { namespace: 'team' });
    const debugged = { ...old, spec: { ...old.spec, ephemeralContainers: [{ name: 'debugger', image: 'busybox', securityContext: { privileged: true } }] } };
    const v = admit(ns({ [`${PSA}enforce`]: 'baseline' }), {
      operation: 'UPDATE',
      subresource: 'ephemeralcontainers',
      object: debugged,
      oldObject: old,
      ...ADMIN,
    });
    expect(v.allowed).toBe(false);
    expect(v.message).toMatch(/container "debugger" must not set securityContext.privileged=true/);
  });

  it.each(['exec', 'attach', 'portforward', 'log', 'status', 'eviction', 'binding', 'proxy'])('pods/%s is never evaluated', (subresource) => {
    const p = pod('p', { namespace: 'team', privileged: true });
    const op = subresource === 'status' ? 'UPDATE' : subresource === 'eviction' || subresource === 'binding' ? 'CREATE' : 'CONNECT';
    const v = admit(ns({ [`${PSA}enforce`]: 'restricted' }), {
      operation: op,
      subresource,
      resource: 'pods',
      name: 'p',
      namespace: 'team',
      object: p,
      oldObject: p,
      ...ADMIN,
    });
    expect(psaStep(v)?.outcome).toBe('skipped');
  });
});

describe('PodSecurity admission of workloads and namespaces', () => {
  it('P10: a Deployment with a privileged template in an enforce=restricted namespace is created, with a warning', () => {
    const c = cluster(namespace('team', { [`${PSA}enforce`]: 'restricted' }));
    const v = admit(c, create(deployment('d', { namespace: 'team', privileged: true })));
    expect(v.allowed).toBe(true);
    expect(v.warnings.some((w) => w.startsWith('would violate PodSecurity "restricted:latest": privileged'))).toBe(true);
    expect(psaStep(v)?.message).toMatch(/never enforced/);
  });

  it('a namespace with an invalid PodSecurity label is rejected on create', () => {
    const v = admit(cluster(), create(namespace('bad', { [`${PSA}enforce`]: 'Restricted' })));
    expect(v.allowed).toBe(false);
    expect(v.code).toBe(422);
    expect(v.message).toBe(
      'Namespace "bad" is invalid: metadata.labels[pod-security.kubernetes.io/enforce]: Invalid value: "Restricted": must be one of privileged, baseline, restricted',
    );
  });

  it('an update keeping an already invalid label is allowed; changing it to an invalid one is not', () => {
    const old = namespace('n', { [`${PSA}enforce`]: 'oops' });
    expect(
      admit(cluster(old), { operation: 'UPDATE', object: namespace('n', { [`${PSA}enforce`]: 'oops', team: 'a' }), oldObject: old, ...ADMIN }).allowed,
    ).toBe(true);
    expect(admit(cluster(old), { operation: 'UPDATE', object: namespace('n', { [`${PSA}enforce`]: 'oops2' }), oldObject: old, ...ADMIN }).allowed).toBe(false);
  });

  it('tightening enforce warns about existing pods, never blocks', () => {
    const old = namespace('team');
    const c = cluster(old, pod('root-pod', { namespace: 'team', privileged: true }), restrictedPod('good', 'team'));
    const v = admit(c, { operation: 'UPDATE', object: namespace('team', { [`${PSA}enforce`]: 'baseline' }), oldObject: old, ...ADMIN });
    expect(v.allowed).toBe(true);
    expect(v.warnings[0]).toBe('existing pods in namespace "team" violate the new PodSecurity enforce level "baseline:latest"');
    expect(v.warnings.slice(1)).toEqual(['root-pod: privileged']);
  });
});

// The cluster's version is what `latest` means (pod-security-admission policy/registry.go
// EvaluatePod evaluates `latest` as the server's own version). hostProbesAndHostLifecycle joined
// baseline in 1.34 (policy/check_hostProbesAndHostLifecycle.go).
describe('PodSecurity latest follows the server version', () => {
  const probing = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p', namespace: 'team' },
    spec: { containers: [{ name: 'app', image: 'nginx:1.27', livenessProbe: { httpGet: { host: '10.0.0.1', port: 80 } } }] },
  };
  const labelled = [namespace('team', { [`${PSA}enforce`]: 'baseline' })];
  it('1.33: a probe host is allowed at baseline:latest', () => {
    expect(admit(createCluster(labelled, { serverVersion: '1.33' }), create(probing)).allowed).toBe(true);
  });
  it('1.34 and the default 1.35: the same pod is rejected', () => {
    const v = admit(createCluster(labelled, { serverVersion: '1.34' }), create(probing));
    expect(v.allowed).toBe(false);
    expect(v.message).toMatch(/violates PodSecurity "baseline:latest": probe or lifecycle host/);
    expect(admit(createCluster(labelled), create(probing)).allowed).toBe(false);
  });
  it('an explicit enforce-version newer than the server is evaluated as the server', () => {
    const c = createCluster([namespace('team', { [`${PSA}enforce`]: 'baseline', [`${PSA}enforce-version`]: 'v1.34' })], { serverVersion: '1.33' });
    expect(admit(c, create(probing)).allowed).toBe(true);
  });
});

// admission.go ValidatePodController has no "template unchanged" skip: every workload create and
// update is audited and warned; isSignificantPodUpdate applies to Pods only.
describe('PodSecurity on updates (pod-security-admission admission/admission.go)', () => {
  const c = cluster(namespace('team', { [`${PSA}enforce`]: 'restricted' }));
  it('a workload update that leaves the template alone is still evaluated (warning)', () => {
    const old = deployment('d', { namespace: 'team', privileged: true });
    const scaled = { ...old, spec: { ...old.spec, replicas: 3 } };
    const v = admit(c, { operation: 'UPDATE', object: scaled, oldObject: old, ...ADMIN });
    expect(v.allowed).toBe(true);
    expect(v.warnings.some((w) => w.startsWith('would violate PodSecurity "restricted:latest"'))).toBe(true);
    expect(psaStep(v)?.outcome).toBe('warned');
  });
  it('a pod update that only changes a label is skipped', () => {
    const old = pod('p', { namespace: 'team', privileged: true });
    const relabelled = { ...old, metadata: { ...old.metadata, labels: { tier: 'web' } } };
    expect(psaStep(admit(c, { operation: 'UPDATE', object: relabelled, oldObject: old, ...ADMIN }))?.outcome).toBe('skipped');
  });
  it('a pod update that changes a container seccomp annotation is evaluated', () => {
    const old = pod('p', { namespace: 'team', privileged: true });
    const annotated = { ...old, metadata: { ...old.metadata, annotations: { 'container.seccomp.security.alpha.kubernetes.io/app': 'runtime/default' } } };
    expect(admit(c, { operation: 'UPDATE', object: annotated, oldObject: old, ...ADMIN }).allowed).toBe(false);
  });
});
