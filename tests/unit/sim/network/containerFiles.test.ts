// A ServiceAccount token written by hand into a pod: a projected volume's `serviceAccountToken`
// source puts the pod's ServiceAccount token at its `path`, whatever automountServiceAccountToken
// says (https://kubernetes.io/docs/concepts/storage/projected-volumes/#serviceaccounttoken;
// automounting only adds the kube-api-access volume: plugin/pkg/admission/serviceaccount/admission.go).
import { describe, expect, it } from 'vitest';
import { createShellSession, runShellLine } from '../../../../lib/sim/shell';
import { objectsOf } from '../shell/helpers';

const WORLD = `
apiVersion: v1
kind: Namespace
metadata: {name: app}
---
apiVersion: v1
kind: ServiceAccount
metadata: {name: reader, namespace: app}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: read-secrets, namespace: app}
rules: [{apiGroups: [""], resources: [secrets], verbs: [get]}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: reader, namespace: app}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: read-secrets}
subjects: [{kind: ServiceAccount, name: reader, namespace: app}]
---
apiVersion: v1
kind: Secret
metadata: {name: db, namespace: app}
stringData: {password: hunter2}
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: app}
spec:
  serviceAccountName: reader
  automountServiceAccountToken: false
  containers:
    - name: nginx
      image: nginx:1.27
      volumeMounts: [{name: tok, mountPath: /var/run/secrets/kubernetes.io/serviceaccount}]
  volumes:
    - name: tok
      projected:
        sources:
          - serviceAccountToken: {path: token, expirationSeconds: 3600}
          - secret: {name: db}
`;

describe('a projected serviceAccountToken volume', () => {
  it('puts the ServiceAccount token at its path, even with automounting off, and the token works', () => {
    const s = createShellSession({ objects: objectsOf(WORLD) });
    const read = runShellLine(s, 'kubectl exec -n app web -- cat /var/run/secrets/kubernetes.io/serviceaccount/token');
    expect(read.exitCode).toBe(0);
    const token = read.output.trim();
    expect(token).not.toBe('');
    expect(runShellLine(s, 'kubectl exec -n app web -- ls /var/run/secrets/kubernetes.io/serviceaccount').output).toBe('password\ntoken');
    const thief = createShellSession({ objects: objectsOf(WORLD), user: 'intruder' });
    expect(runShellLine(thief, `kubectl --token ${token} get secret db -n app -o jsonpath={.data.password} | base64 -d`).output).toBe('hunter2');
  });
});
