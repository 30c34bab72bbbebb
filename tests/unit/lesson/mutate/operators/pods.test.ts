// Pod Security Standards: https://kubernetes.io/docs/concepts/security/pod-security-standards/
// Token automount: https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting
import { describe, expect, it } from 'vitest';
import type { Goal } from '@/lib/lesson';
import { evaluate } from '@/lib/lesson/mutate';
import { exercise, failedGoals, ids, mutantsOf, text } from '../fixtures';

const WORLD = 'apiVersion: v1\nkind: Namespace\nmetadata: { name: shop }\n';

const WORKLOADS = `apiVersion: v1
kind: ServiceAccount
metadata: { name: api, namespace: shop }
automountServiceAccountToken: false
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: api, namespace: shop }
spec:
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api } }
    spec:
      serviceAccountName: api
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        seccompProfile: { type: RuntimeDefault }
      containers:
        - name: api
          image: ghcr.io/example/api:1.0
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities: { drop: [ALL] }
`;

const GOALS: Goal[] = [
  { id: 'restricted', text, kind: 'podSecurity', podSecurity: { target: 'Deployment/shop/api', level: 'restricted' }, expect: 'pass' },
  { id: 'baseline', text, kind: 'podSecurity', podSecurity: { target: 'Deployment/shop/api', level: 'baseline' }, expect: 'pass' },
  { id: 'no-token', text, kind: 'hardening', hardening: { target: 'Deployment/shop/api', finding: 'automount-service-account-token' }, expect: 'absent' },
  { id: 'own-sa', text, kind: 'hardening', hardening: { target: 'Deployment/shop/api', finding: 'default-service-account' }, expect: 'absent' },
  { id: 'read-only-root', text, kind: 'hardening', hardening: { target: 'Deployment/shop/api', finding: 'read-only-root-filesystem' }, expect: 'absent' },
];

describe('pod and template operators', () => {
  const def = exercise({ 'app.yaml': WORKLOADS }, { world: WORLD, goals: GOALS });

  it('the fixture solution passes every goal', () => {
    expect(evaluate(def, { id: 's', description: '', files: def.solution, diff: '' }).failedGoals).toEqual([]);
  });

  it('produces every pod weakening for a template, each failing a security check the solution passed', () => {
    const at = 'Deployment/shop/api:spec.template.spec';
    const expected: Record<string, string> = {
      [`pod.privileged:${at}.containers[0]`]: 'baseline',
      [`pod.allow-privilege-escalation:${at}.containers[0]`]: 'restricted',
      [`pod.run-as-root:${at}.containers[0]`]: 'restricted',
      [`pod.drop-capabilities-drop:${at}.containers[0]`]: 'restricted',
      [`pod.add-sys-admin:${at}.containers[0]`]: 'baseline',
      [`pod.writable-root-filesystem:${at}.containers[0]`]: 'read-only-root',
      [`pod.drop-run-as-non-root:${at}`]: 'restricted',
      [`pod.drop-seccomp:${at}`]: 'restricted',
      [`pod.run-as-root:${at}.securityContext`]: 'restricted',
      [`pod.hostnetwork:${at}`]: 'baseline',
      [`pod.hostpid:${at}`]: 'baseline',
      [`pod.hostipc:${at}`]: 'baseline',
      [`pod.hostpath-root:${at}`]: 'baseline',
      [`pod.automount-token-on:${at}`]: 'no-token',
      [`pod.default-service-account:${at}`]: 'own-sa',
      [`pod.no-service-account:${at}`]: 'own-sa',
      'sa.automount-token-on:ServiceAccount/shop/api': 'no-token',
      'sa.automount-token-unset:ServiceAccount/shop/api': 'no-token',
    };
    const mutants = [...mutantsOf(def, 'pod.'), ...mutantsOf(def, 'sa.')];
    expect(ids(mutants).sort()).toEqual(Object.keys(expected).sort());
    for (const m of mutants) expect(failedGoals(def, m), m.id).toContain(expected[m.id]);
  });

  it('mounts the node root with a hostPath volume and a mount', () => {
    const m = mutantsOf(def, 'pod.hostpath-root')[0];
    expect(m.files['app.yaml']).toMatch(/volumeMounts:\n\s+- name: host-root\n\s+mountPath: \/host/);
    expect(m.files['app.yaml']).toMatch(/volumes:\n\s+- name: host-root\n\s+hostPath:\n\s+path: \//);
  });

  it('finds pod specs in every workload kind, a CronJob included', () => {
    const cron = `apiVersion: batch/v1
kind: CronJob
metadata: { name: report, namespace: shop }
spec:
  schedule: "@daily"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers: [{ name: r, image: busybox:1.36 }]
`;
    expect(ids(mutantsOf(exercise({ 'c.yaml': cron }), 'pod.privileged'))).toEqual([
      'pod.privileged:CronJob/shop/report:spec.jobTemplate.spec.template.spec.containers[0]',
    ]);
    // No user is pinned, so the container may already run as root: runAsUser 0 is not weaker.
    expect(ids(mutantsOf(exercise({ 'c.yaml': cron }), 'pod.run-as-root'))).toEqual([]);
  });

  it('does not weaken what is already weak, nor control plane static pods', () => {
    const weak = `apiVersion: v1
kind: Pod
metadata: { name: p, namespace: shop }
spec:
  hostNetwork: true
  containers:
    - name: c
      image: busybox:1.36
      securityContext: { privileged: true, runAsUser: 0, capabilities: { add: [SYS_ADMIN] } }
`;
    const found = ids(mutantsOf(exercise({ 'p.yaml': weak }), 'pod.'));
    expect(
      found.filter((id) => /privileged|run-as-root|add-sys-admin|hostnetwork|allow-privilege|drop-cap|seccomp|non-root|automount|service-account/.test(id)),
    ).toEqual([]);
    const apiserver =
      'apiVersion: v1\nkind: Pod\nmetadata: { name: kube-apiserver, namespace: kube-system }\nspec:\n  containers: [{ name: a, image: k, command: [kube-apiserver, --profiling=false] }]\n';
    expect(ids(mutantsOf(exercise({ 'k.yaml': apiserver }), 'pod.'))).toEqual([]);
  });

  it('changes the pod-level runAsUser only when a container inherits it', () => {
    const own = WORKLOADS.replace(
      '            allowPrivilegeEscalation: false\n',
      '            allowPrivilegeEscalation: false\n            runAsUser: 10002\n',
    );
    const found = ids(mutantsOf(exercise({ 'app.yaml': own }, { world: WORLD }), 'pod.run-as-root'));
    expect(found).toEqual(['pod.run-as-root:Deployment/shop/api:spec.template.spec.containers[0]']);
  });

  it('names the hostPath volume so that it does not clash with an existing one', () => {
    const clash = WORKLOADS.replace('      containers:\n', '      volumes: [{ name: host-root, emptyDir: {} }]\n      containers:\n');
    const [m] = mutantsOf(exercise({ 'app.yaml': clash }, { world: WORLD }), 'pod.hostpath-root');
    expect(m.files['app.yaml']).toContain('name: host-root-2');
  });

  it("drops runAsUser so the image's user applies, only when nothing requires a non-root user", () => {
    // Without runAsNonRoot the kubelet runs the image's USER, root for many images:
    // https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
    expect(ids(mutantsOf(def, 'pod.drop-run-as-user'))).toEqual([]);
    const noNonRoot = WORKLOADS.replace('        runAsNonRoot: true\n', '');
    const def2 = exercise({ 'app.yaml': noNonRoot }, { world: WORLD, goals: [GOALS[0]] });
    const [m] = mutantsOf(def2, 'pod.drop-run-as-user');
    expect(evaluate(def2, { id: 's', description: '', files: def2.solution, diff: '' }).failedGoals).toEqual(['restricted']);
    expect(m.id).toBe('pod.drop-run-as-user:Deployment/shop/api:spec.template.spec');
    expect(m.files['app.yaml']).not.toContain('runAsUser');
  });
});
