// Files a container sees, --token, nsenter and base64 (the attacker's tools of event mode).
// Upstream: https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-files-from-a-pod,
// https://kubernetes.io/docs/concepts/storage/volumes/#hostpath, kubernetes/kubernetes
// pkg/serviceaccount/claims.go (bound tokens), util-linux nsenter(1).
import { describe, expect, it } from 'vitest';
import { createShellSession, runShellLine } from '../../../../lib/sim/shell';
import { objectsOf, runLines, shownIn } from '../shell/helpers';

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
rules: [{apiGroups: [""], resources: [secrets], verbs: [get, list]}]
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
kind: ConfigMap
metadata: {name: site, namespace: app}
data: {index.html: "<h1>orders</h1>", "report.json": '{"total":3}'}
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: app, labels: {app: web}}
spec:
  serviceAccountName: reader
  containers:
    - name: nginx
      image: nginx:1.27
      ports: [{containerPort: 80}]
      volumeMounts:
        - {name: creds, mountPath: /etc/creds}
        - {name: html, mountPath: /usr/share/nginx/html}
  volumes:
    - {name: creds, secret: {secretName: db}}
    - {name: html, configMap: {name: site}}
---
apiVersion: v1
kind: Pod
metadata: {name: debug, namespace: app}
spec:
  hostPID: true
  containers:
    - name: sh
      image: busybox
      securityContext: {privileged: true}
      volumeMounts: [{name: host, mountPath: /host}]
  volumes: [{name: host, hostPath: {path: /}}]
---
apiVersion: v1
kind: Pod
metadata: {name: plain, namespace: app}
spec:
  containers: [{name: sh, image: busybox}]
`;

function session(user?: string) {
  return createShellSession({ objects: objectsOf(WORLD), ...(user ? { user } : {}) });
}

function tokenOf(pod: string): string {
  return runShellLine(session(), `kubectl exec -n app ${pod} -- cat /var/run/secrets/kubernetes.io/serviceaccount/token`).output.trim();
}

describe('files in a container', () => {
  it('a mounted Secret is one file per key, decoded; a ConfigMap likewise', () => {
    const s = session();
    expect(runShellLine(s, 'kubectl exec -n app web -- cat /etc/creds/password').output).toBe('hunter2');
    expect(runShellLine(s, 'kubectl exec -n app web -- ls /etc/creds').output).toBe('password');
    expect(runShellLine(s, 'kubectl exec -n app web -- ls /usr/share/nginx/html').output).toBe('index.html\nreport.json');
    expect(runShellLine(s, 'kubectl exec -n app plain -- cat /etc/creds/password').exitCode).not.toBe(0);
  });

  it('nginx serves the files mounted at its document root', () => {
    const s = session();
    const ip = runShellLine(s, "kubectl get pod web -n app -o jsonpath='{.status.podIP}'").output.trim();
    expect(runShellLine(s, `kubectl exec -n app plain -- curl -s http://${ip}/report.json`).output).toBe('{"total":3}');
    expect(runShellLine(s, `kubectl exec -n app plain -- curl -s http://${ip}/`).output).toBe('<h1>orders</h1>');
  });

  it("a hostPath of / shows the kubelet's copy of every pod volume on the node", () => {
    const s = session();
    const uid = runShellLine(s, "kubectl get pod web -n app -o jsonpath='{.metadata.uid}'").output.trim();
    const dir = `/host/var/lib/kubelet/pods/${uid}/volumes`;
    expect(runShellLine(s, `kubectl exec -n app debug -- ls ${dir}`).output.split('\n')).toEqual([
      'kubernetes.io~configmap',
      'kubernetes.io~projected',
      'kubernetes.io~secret',
    ]);
    expect(runShellLine(s, `kubectl exec -n app debug -- cat ${dir}/kubernetes.io~secret/creds/password`).output).toBe('hunter2');
    expect(runShellLine(s, 'kubectl exec -n app debug -- cat /host/etc/hostname').output).toBe('minikube');
  });
});

describe('nsenter from a pod', () => {
  it("privileged with hostPID: the node's mount namespace", () => {
    const r = runShellLine(session(), 'kubectl exec -n app debug -- nsenter -t 1 -m -- cat /etc/hostname');
    expect(r.output).toBe('minikube');
  });
  it('without a command: nsenter would start a shell, which the lab refuses in its own words (a message on stderr)', () => {
    const r = runShellLine(session(), 'kubectl exec -n app debug -- nsenter -t 1 -m');
    expect(r.exitCode).toBe(1);
    // kubectl's own line follows, as kubectl exec reports a failed command (exec.go: "command terminated with exit code").
    expect(r.lines).toEqual([
      { stream: 'stderr', message: { code: 'network.refuse.interactiveNsenter', params: {} } },
      { stream: 'stderr', text: 'command terminated with exit code 1' },
    ]);
    expect(shownIn('es', r.lines)).toMatch(/^nsenter: los shells interactivos no se simulan en el laboratorio: pasale un comando/);
    expect(r.output).toMatch(/^nsenter: interactive shells are not simulated in the lab/);
  });
  it('not privileged: refused by the kernel', () => {
    const r = runShellLine(session(), 'kubectl exec -n app plain -- nsenter -t 1 -m -- cat /etc/hostname');
    expect(r.output).toContain('Operation not permitted');
    expect(r.exitCode).toBe(1);
  });
});

describe('kubectl --token', () => {
  it('a mounted token authenticates as its ServiceAccount, with its permissions only', () => {
    const token = tokenOf('web');
    const s = session('intruder');
    expect(runShellLine(s, 'kubectl get secret db -n app').exitCode).toBe(1);
    const r = runShellLine(s, `kubectl --token ${token} get secret db -n app -o jsonpath={.data.password} | base64 -d`);
    expect(r.output).toBe('hunter2');
    expect(runShellLine(s, `kubectl --token=${token} auth can-i list secrets -n app`).output).toBe('yes');
    expect(runShellLine(s, `kubectl --token=${token} auth can-i list secrets -n default`).output).toBe('no');
    expect(runShellLine(s, `kubectl --token=${token} get pods -n app`).output).toContain('forbidden: User "system:serviceaccount:app:reader"');
  });

  it('a forged or altered token is 401', () => {
    const token = tokenOf('web');
    const s = session();
    const forged = `${token.split('.')[0]}.${token.split('.')[1]}.AAAA`;
    for (const bad of [forged, 'abc', 'a.b.c', `${token}x`]) {
      const r = runShellLine(s, `kubectl --token ${bad} get pods -n app`);
      expect(r.output).toBe('error: You must be logged in to the server (Unauthorized)');
      expect(r.exitCode).toBe(1);
    }
  });

  it('a token stops working once its pod is deleted (bound token)', () => {
    const token = tokenOf('web');
    const { session: s } = runLines(session(), 'kubectl delete pod web -n app');
    expect(runShellLine(s, `kubectl --token ${token} get secret db -n app`).output).toContain('Unauthorized');
  });
});

describe('base64', () => {
  it('encodes with a newline like coreutils and decodes; rejects bad input', () => {
    const s = session();
    expect(runShellLine(s, 'echo hola | base64').output).toBe('aG9sYQo=');
    expect(runShellLine(s, 'echo aG9sYQ== | base64 -d').output).toBe('hola');
    expect(runShellLine(s, 'echo w6FyYm9s | base64 --decode').output).toBe('árbol');
    const bad = runShellLine(s, 'echo "%%%" | base64 -d');
    expect(bad.exitCode).toBe(1);
    expect(bad.output).toContain('base64: invalid input');
  });
});
