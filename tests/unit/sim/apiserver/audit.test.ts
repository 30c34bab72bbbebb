// Audit: every request leaves the events the active audit Policy asks for, and
// `kubectl logs kube-apiserver-…` shows them as JSON lines, ready for `grep` and `jq`.
import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../../lib/sim/audit';
import { runKubectl } from '../../../../lib/sim/kubectl';
import { createShellSession } from '../../../../lib/sim/shell';
import { objectsOf, runLines, SHOP_WORLD } from '../shell/helpers';

const TALK_POLICY = `
apiVersion: audit.k8s.io/v1
kind: Policy
rules:
  - level: RequestResponse
    resources:
      - group: ""
        resources: ["pods"]
  - level: Metadata
    resources:
      - group: ""
        resources: ["secrets"]
  - level: None
    resources:
      - group: ""
        resources: ["configmaps"]
        resourceNames: ["controller-leader"]
`;
const CATCH_ALL = `${TALK_POLICY}  - level: Metadata\n`;

function audited(policyText = TALK_POLICY) {
  return createShellSession({ objects: [...objectsOf(SHOP_WORLD), ...objectsOf(policyText)] });
}

describe('audit events', () => {
  it('logs nothing without a policy', () => {
    const { session } = runLines(createShellSession({ objects: objectsOf(SHOP_WORLD) }), 'kubectl get secrets -n shop');
    expect(session.auditLog).toEqual([]);
  });

  it('logs a forbidden list at Metadata, with the real user and the impersonated one', () => {
    const { session } = runLines(audited(), 'kubectl get secrets -n default --as pochoclo');
    expect(session.auditLog.map((e) => e.stage)).toEqual(['RequestReceived', 'ResponseComplete']);
    const done = session.auditLog[1];
    expect(done).toMatchObject({
      level: 'Metadata',
      verb: 'list',
      requestURI: '/api/v1/namespaces/default/secrets?limit=500',
      user: { username: 'minikube-user', groups: ['system:masters', 'system:authenticated'] },
      impersonatedUser: { username: 'pochoclo', groups: ['system:authenticated'] },
      objectRef: { resource: 'secrets', namespace: 'default', apiVersion: 'v1' },
      responseStatus: { code: 403, reason: 'Forbidden' },
      annotations: { 'authorization.k8s.io/decision': 'forbid', 'authorization.k8s.io/reason': '' },
    });
    expect(session.auditLog[0].auditID).toBe(done.auditID);
  });

  it('records why RBAC allowed a request', () => {
    const { session } = runLines(audited(CATCH_ALL), 'kubectl get pods -n shop --as alice');
    const done = session.auditLog.find((e) => e.stage === 'ResponseComplete') as AuditEvent;
    expect(done.annotations).toEqual({
      'authorization.k8s.io/decision': 'allow',
      'authorization.k8s.io/reason': 'RBAC: allowed by RoleBinding "read-pods/shop" of Role "pod-reader" to User "alice"',
    });
  });

  it('follows the first matching rule (configmaps are not in the talk policy)', () => {
    expect(runLines(audited(), 'kubectl get configmaps -n shop').session.auditLog).toEqual([]);
    expect(runLines(audited(CATCH_ALL), 'kubectl get configmaps -n shop').session.auditLog).toHaveLength(2);
  });

  it('logs request and response bodies for pods at RequestResponse (apply = get + create)', () => {
    const session = {
      ...audited(),
      files: { 'pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: static-web\nspec:\n  containers:\n    - name: web\n      image: nginx\n' },
    };
    const { session: after } = runLines(session, 'kubectl apply -f pod.yaml');
    expect(after.auditLog.map((e) => `${e.verb} ${e.stage} ${e.responseStatus?.code ?? ''}`)).toEqual([
      'get RequestReceived ',
      'get ResponseComplete 404',
      'create RequestReceived ',
      'create ResponseComplete 201',
    ]);
    const created = after.auditLog[3];
    expect((created.requestObject as { metadata: { name: string } }).metadata.name).toBe('static-web');
    expect((created.responseObject as { status: { phase: string } }).status.phase).toBe('Running');
  });

  it('logs exec as a long-running request with a ResponseStarted stage', () => {
    const { session } = runLines(audited(`apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Metadata\n`), 'kubectl exec -n shop web -- hostname');
    expect(session.auditLog.filter((e) => e.objectRef?.subresource === 'exec').map((e) => e.stage)).toEqual([
      'RequestReceived',
      'ResponseStarted',
      'ResponseComplete',
    ]);
  });

  it('is deterministic: same commands, same events', () => {
    const a = runLines(audited(), 'kubectl get secrets -n default --as pochoclo').session.auditLog;
    const b = runLines(audited(), 'kubectl get secrets -n default --as pochoclo').session.auditLog;
    expect(a).toEqual(b);
    expect(a[0].auditID).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a[0].requestReceivedTimestamp).toMatch(/^2024-01-01T00:10:\d\d\.\d{6}Z$/);
  });

  it('runKubectl returns the events and accepts an explicit policy', () => {
    const session = createShellSession({ objects: objectsOf(SHOP_WORLD) });
    const policy = objectsOf('apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Metadata\n')[0];
    const result = runKubectl(session.cluster, 'kubectl get pods -n shop', { auditPolicy: policy });
    expect(result.auditEvents.map((e) => e.stage)).toEqual(['RequestReceived', 'ResponseComplete']);
  });

  it('an applied Policy becomes the active one', () => {
    const session = { ...createShellSession({ objects: objectsOf(SHOP_WORLD) }), files: { 'audit.yaml': CATCH_ALL } };
    const { session: after, output } = runLines(session, 'kubectl apply -f audit.yaml', 'kubectl get cm -n shop');
    expect(output).toBe('NAME       DATA   AGE\nsettings   2      10m');
    expect(after.auditLog).toHaveLength(2);
  });
});

describe('kubectl logs kube-apiserver-… | grep | jq', () => {
  it('prints one JSON event per line', () => {
    const { session } = runLines(audited(), 'kubectl get secrets -n default --as pochoclo');
    const { output } = runLines(session, 'kubectl logs kube-apiserver-minikube -n kube-system');
    const lines = output.split('\n');
    expect(lines).toHaveLength(2);
    expect((JSON.parse(lines[0]) as AuditEvent).kind).toBe('Event');
  });

  it('greps and pretty-prints like jq .', () => {
    const { session } = runLines(audited(), 'kubectl get secrets -n default --as pochoclo');
    const { output, exitCode } = runLines(session, 'kubectl logs kube-apiserver-minikube -n kube-system | grep pochoclo | jq .');
    const lines = output.split('\n');
    expect(lines.slice(0, 5)).toEqual(['{', '  "kind": "Event",', '  "apiVersion": "audit.k8s.io/v1",', '  "level": "Metadata",', lines[4]]);
    expect(lines).toContain('  "impersonatedUser": {');
    expect(lines).toContain('    "username": "pochoclo",');
    expect(lines[lines.length - 1]).toBe('}');
    expect(exitCode).toBe(0);
  });

  it('extracts fields with jq -r and counts with wc -l', () => {
    const { session } = runLines(audited(), 'kubectl get secrets -n default --as pochoclo', 'kubectl get secrets -n shop');
    expect(runLines(session, 'kubectl logs kube-apiserver-minikube -n kube-system | jq -r .verb').output).toBe('list\nlist\nlist\nlist');
    expect(runLines(session, 'kubectl logs kube-apiserver-minikube -n kube-system | jq -r .user.username | sort | uniq').output).toBe('minikube-user');
    expect(runLines(session, 'kubectl logs kube-apiserver-minikube -n kube-system | grep -c ResponseComplete').output).toBe('2');
    expect(runLines(session, 'kubectl logs kube-apiserver-minikube -n kube-system | grep -v pochoclo | wc -l').output).toBe('3');
    expect(
      runLines(session, 'kubectl logs kube-apiserver-minikube -n kube-system | jq -c \'select(.stage == "ResponseComplete") | .responseStatus.code\'').output,
    ).toBe('403\n200');
  });

  it('needs get on pods/log in kube-system', () => {
    const session = createShellSession({ objects: [...objectsOf(SHOP_WORLD), ...objectsOf(TALK_POLICY)], user: 'alice' });
    expect(runLines(session, 'kubectl logs kube-apiserver-minikube -n kube-system').output).toBe(
      'Error from server (Forbidden): pods "kube-apiserver-minikube" is forbidden: User "alice" cannot get resource "pods/log" in API group "" in the namespace "kube-system"',
    );
  });

  it('prints a start-up line for other pods', () => {
    expect(runLines(audited(), 'kubectl logs web -n shop').output).toBe(
      '/docker-entrypoint.sh: Configuration complete; ready for start up\n2024/01/01 00:00:02 [notice] 1#1: nginx/1.27.3\n2024/01/01 00:00:02 [notice] 1#1: start worker processes',
    );
    expect(runLines(audited(), 'kubectl logs nope -n shop')).toMatchObject({ output: 'Error from server (NotFound): pods "nope" not found', exitCode: 1 });
  });
});
