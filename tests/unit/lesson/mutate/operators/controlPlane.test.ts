// kube-apiserver flags: https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/
// KubeletConfiguration: https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/
// Encryption providers (the first one writes): https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/#understanding-the-encryption-at-rest-configuration
import { describe, expect, it } from 'vitest';
import type { Goal } from '@/lib/lesson';
import { evaluate } from '@/lib/lesson/mutate';
import { exercise, failedGoals, ids, mutantsOf, text } from '../fixtures';

const APISERVER = `apiVersion: v1
kind: Pod
metadata: { name: kube-apiserver, namespace: kube-system }
spec:
  hostNetwork: true
  containers:
    - name: kube-apiserver
      image: registry.k8s.io/kube-apiserver:v1.33.4
      command:
        - kube-apiserver
        - --anonymous-auth=false
        - --authorization-mode=Node,RBAC
        - --enable-admission-plugins=NodeRestriction,PodSecurity
        - --profiling=false
        - --audit-policy-file=/etc/kubernetes/audit/policy.yaml
        - --encryption-provider-config=/etc/kubernetes/enc/config.yaml
      volumeMounts:
        - { name: audit, mountPath: /etc/kubernetes/audit, readOnly: true }
        - { name: enc, mountPath: /etc/kubernetes/enc, readOnly: true }
  volumes:
    - { name: audit, hostPath: { path: /etc/kubernetes/audit } }
    - { name: enc, hostPath: { path: /etc/kubernetes/enc } }
`;

const check = (id: string, name: string): Goal => ({ id, text, kind: 'controlPlane', controlPlane: { check: name }, expect: 'pass' });

describe('control plane operators', () => {
  it('flips every hardened flag and drops audit and encryption flags', () => {
    const goals = [
      check('anonymous', 'apiserver-anonymous-auth'),
      check('not-always-allow', 'apiserver-authorization-not-always-allow'),
      check('node-restriction', 'apiserver-admission-node-restriction'),
      check('profiling', 'apiserver-profiling'),
      check('pod-security', 'apiserver-admission-pod-security'),
      check('audit-policy', 'apiserver-audit-policy-file'),
    ];
    const def = exercise({ 'kube-apiserver.yaml': APISERVER }, { goals });
    const at = 'Pod/kube-system/kube-apiserver:spec.containers[0]';
    const expected: Record<string, string> = {
      [`controlplane.flip-flag:${at}.command.anonymous-auth`]: 'anonymous',
      [`controlplane.flip-flag:${at}.command.authorization-mode`]: 'not-always-allow',
      [`controlplane.drop-admission-plugin:${at}.command.NodeRestriction`]: 'node-restriction',
      [`controlplane.flip-flag:${at}.command.profiling`]: 'profiling',
      [`controlplane.drop-flag:${at}.command.audit-policy-file`]: 'audit-policy',
      [`controlplane.drop-flag:${at}.command.encryption-provider-config`]: '',
      [`controlplane.unmount-config:${at}.volumeMounts.audit-policy-file`]: '',
      [`controlplane.unmount-config:${at}.volumeMounts.encryption-provider-config`]: '',
    };
    const found = mutantsOf(def, 'controlplane.');
    expect(ids(found).sort()).toEqual(Object.keys(expected).sort());
    for (const m of found) if (expected[m.id]) expect(failedGoals(def, m), m.id).toContain(expected[m.id]);
    // The plugin list keeps its other entries; PodSecurity is on by default, so removing it is no mutant.
    expect(ids(found).some((id) => id.endsWith('PodSecurity'))).toBe(false);
    expect(found.find((m) => m.id.includes('NodeRestriction'))?.diff).toContain('+        - --enable-admission-plugins=PodSecurity');
  });

  it('does not flip what is already insecure or absent', () => {
    const open = APISERVER.replace('--anonymous-auth=false', '--anonymous-auth=true').replace(
      '--authorization-mode=Node,RBAC',
      '--authorization-mode=AlwaysAllow',
    );
    const found = ids(mutantsOf(exercise({ 'a.yaml': open }), 'controlplane.flip-flag'));
    expect(found.some((id) => id.endsWith('anonymous-auth') || id.endsWith('authorization-mode'))).toBe(false);
  });

  it('sets KubeletConfiguration fields back to their insecure values', () => {
    const kubelet = `apiVersion: kubelet.config.k8s.io/v1beta1
kind: KubeletConfiguration
authentication:
  anonymous: { enabled: false }
  webhook: { enabled: true }
authorization: { mode: Webhook }
readOnlyPort: 0
rotateCertificates: true
`;
    const goals = [
      check('kubelet-anonymous', 'kubelet-anonymous-auth'),
      check('kubelet-authz', 'kubelet-authorization-mode'),
      check('read-only-port', 'kubelet-read-only-port'),
    ];
    const def = exercise({ 'kubelet-config.yaml': kubelet }, { goals });
    const found = mutantsOf(def, 'controlplane.kubelet-field');
    expect(ids(found)).toEqual([
      'controlplane.kubelet-field:KubeletConfiguration//:authentication.anonymous.enabled',
      'controlplane.kubelet-field:KubeletConfiguration//:authorization.mode',
      'controlplane.kubelet-field:KubeletConfiguration//:readOnlyPort',
      'controlplane.kubelet-field:KubeletConfiguration//:rotateCertificates',
    ]);
    expect(failedGoals(def, found[0])).toContain('kubelet-anonymous');
    expect(failedGoals(def, found[1])).toContain('kubelet-authz');
    expect(failedGoals(def, found[2])).toContain('read-only-port');
  });

  it('puts the identity provider first in an EncryptionConfiguration', () => {
    const enc = `apiVersion: apiserver.config.k8s.io/v1
kind: EncryptionConfiguration
resources:
  - resources: [secrets]
    providers:
      - aescbc: { keys: [{ name: key1, secret: c2VjcmV0IGlzIHNlY3VyZSwgb3IgaXMgaXQ/Cg== }] }
      - identity: {}
`;
    const [m] = mutantsOf(exercise({ 'enc.yaml': enc }), 'controlplane.identity-first');
    expect(m.files['enc.yaml'].indexOf('identity')).toBeLessThan(m.files['enc.yaml'].indexOf('aescbc'));
    expect(evaluate(exercise({ 'enc.yaml': enc }), m).mutation.id).toBe('controlplane.identity-first:EncryptionConfiguration//:resources[0].providers');
  });
});
