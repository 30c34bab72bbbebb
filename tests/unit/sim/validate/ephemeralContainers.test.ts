// Ephemeral containers are never part of a created Pod: they are added to a running pod through the
// `ephemeralcontainers` subresource (kubectl debug). Upstream: pkg/apis/core/validation/validation.go,
// ValidatePodCreate ("spec.ephemeralContainers: Forbidden: cannot be set on create", asserted by
// test/integration/pods/pods_test.go) and ValidatePodTemplateSpec ("ephemeral containers not allowed
// in pod template"); https://kubernetes.io/docs/concepts/workloads/pods/ephemeral-containers/.
import { describe, expect, it } from 'vitest';
import { buildWorld, evaluatePodSecurity } from '@/lib/sim';

const POD = `apiVersion: v1
kind: Pod
metadata: {name: web, namespace: default}
spec:
  containers:
    - name: web
      image: nginx:1.27
  ephemeralContainers:
    - name: debug
      image: busybox:1.37
`;

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: default}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: web, image: nginx:1.27}]
      ephemeralContainers: [{name: debug, image: busybox:1.37}]
`;

function errors(text: string) {
  const world = buildWorld([{ file: 'pod.yaml', text }]);
  return { errors: (world.diagnostics['pod.yaml'] ?? []).filter((d) => d.severity === 'error') };
}

describe('ephemeral containers on create', () => {
  it('rejects a Pod created with ephemeralContainers, at the field', () => {
    const { errors: found } = errors(POD);
    expect(found.map((d) => d.line)).toEqual([8]);
    expect(found[0].message).toMatch(/ephemeralContainers/);
  });

  it('rejects them in a workload template too', () => {
    const { errors: found } = errors(DEPLOYMENT);
    expect(found.map((d) => d.line)).toEqual([10]);
  });

  it('accepts an empty list (nothing is set) and a Pod without them', () => {
    expect(errors(POD.replace(/  ephemeralContainers:\n(.*\n)*/, '  ephemeralContainers: []\n')).errors).toEqual([]);
    expect(errors(POD.replace(/  ephemeralContainers:\n(.*\n)*/, '')).errors).toEqual([]);
  });

  it('Pod Security still judges an ephemeral container on a running pod (as the subresource would add it)', () => {
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'web', namespace: 'default' },
      spec: {
        containers: [{ name: 'web', image: 'nginx:1.27' }],
        ephemeralContainers: [{ name: 'debug', image: 'busybox', securityContext: { privileged: true } }],
      },
    };
    const verdict = evaluatePodSecurity(pod, 'baseline', 'latest');
    expect(verdict.allowed).toBe(false);
    expect(JSON.stringify(verdict.violations)).toContain('ephemeralContainers');
  });
});
