// Counterexamples for admission: the smallest pod let in against the brief.
// Pod Security: https://kubernetes.io/docs/concepts/security/pod-security-standards/ ;
// images: https://kubernetes.io/docs/concepts/containers/images/#image-names (a registry may carry a :port).
import { describe, expect, it } from 'vitest';
import { createCluster, parseManifests, evaluatePodSecurity } from '../../../../lib/sim';
import { findImageCounterexample, findPodSecurityCounterexample, imagePinned, restrictedPod } from '../../../../lib/sim/counterexample';

const cluster = (yaml: string) => createCluster(parseManifests(yaml).objects);
const ns = (labels: string) => `apiVersion: v1\nkind: Namespace\nmetadata: { name: shop, labels: { ${labels} } }\n`;

describe('findPodSecurityCounterexample', () => {
  it('the base pod meets restricted (the probe itself is sound)', () => {
    expect(evaluatePodSecurity(restrictedPod('x'), 'restricted').allowed).toBe(true);
  });

  it('enforce restricted: nothing gets through', () => {
    expect(findPodSecurityCounterexample(cluster(ns('pod-security.kubernetes.io/enforce: restricted')), 'shop')).toBeUndefined();
  });

  it('enforce baseline: a pod running as its image user (no runAsNonRoot) gets in', () => {
    const found = findPodSecurityCounterexample(cluster(ns('pod-security.kubernetes.io/enforce: baseline')), 'shop');
    expect(found?.breaks).toEqual(['runAsNonRoot']);
    expect(found?.verdict.allowed).toBe(true);
  });

  it('warn restricted only warns: the pod still gets in', () => {
    const found = findPodSecurityCounterexample(cluster(ns('pod-security.kubernetes.io/warn: restricted')), 'shop');
    expect(found?.verdict.warnings.length).toBeGreaterThan(0);
  });
});

const VAP = (expression: string) => `${ns('a: b')}---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata: { name: pinned }
spec:
  failurePolicy: Fail
  matchConstraints:
    resourceRules: [{ apiGroups: [""], apiVersions: [v1], operations: [CREATE, UPDATE], resources: [pods] }]
  validations:
    - expression: "${expression}"
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata: { name: pinned }
spec: { policyName: pinned, validationActions: [Deny] }
`;

describe('findImageCounterexample', () => {
  it('imagePinned reads tags and digests, not registry ports', () => {
    expect(['nginx:1.27', 'registry:5000/nginx:1.0', 'nginx@sha256:abc'].map(imagePinned)).toEqual([true, true, true]);
    expect(['nginx', 'nginx:latest', 'registry:5000/nginx', 'registry:5000/a/b'].map(imagePinned)).toEqual([false, false, false, false]);
  });

  it("`contains(':')` lets an untagged image from a registry with a port in", () => {
    const found = findImageCounterexample(cluster(VAP("object.spec.containers.all(c, c.image.contains(':') && !c.image.endsWith(':latest'))")), 'shop');
    expect(found?.breaks[0]).toMatch(/registry\.example\.com:5000\/nginx$/);
  });

  it('checking containers only lets an unpinned init container in', () => {
    const found = findImageCounterexample(
      cluster(VAP("object.spec.containers.all(c, c.image.matches('^[^@]+:[^:/]+$') && !c.image.endsWith(':latest'))")),
      'shop',
    );
    expect(found?.breaks[0]).toMatch(/initContainers/);
  });

  it('no policy at all: the plainest image gets in', () => {
    expect(findImageCounterexample(cluster(ns('a: b')), 'shop')?.breaks[0]).toMatch(/containers\[0\]\.image: nginx$/);
  });
});
