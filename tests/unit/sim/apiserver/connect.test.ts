// kubectl exec authorization by server version: KEP-4006 (websockets from kubectl 1.30, GET → `get`,
// falling back to SPDY POST → `create`) and kubernetes/kubernetes#134577 (1.35:
// AuthorizePodWebsocketUpgradeCreatePermission, the websocket upgrade also needs `create`).
import { describe, expect, it } from 'vitest';
import { createShellSession, runShellLine } from '@/lib/sim/shell';

const RBAC = 'rbac.authorization.k8s.io/v1';

function world(verbs: string[]) {
  return [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } },
    { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'shop' }, spec: { containers: [{ name: 'app', image: 'busybox:1.37' }] } },
    {
      apiVersion: RBAC,
      kind: 'Role',
      metadata: { name: 'r', namespace: 'shop' },
      rules: [
        { apiGroups: [''], resources: ['pods'], verbs: ['get'] },
        { apiGroups: [''], resources: ['pods/exec'], verbs },
      ],
    },
    {
      apiVersion: RBAC,
      kind: 'RoleBinding',
      metadata: { name: 'b', namespace: 'shop' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'r' },
      subjects: [{ kind: 'User', name: 'ana' }],
    },
  ];
}

function exec(verbs: string[], serverVersion: string) {
  const session = createShellSession({ objects: world(verbs), serverVersion, user: 'ana', namespace: 'shop' });
  return runShellLine(session, 'kubectl exec web -- echo hi');
}

describe('kubectl exec: which verb on pods/exec lets you in', () => {
  it('1.35: get alone is refused (the upgrade needs create), with the create Forbidden text', () => {
    const r = exec(['get'], '1.35');
    expect(r.exitCode).toBe(1);
    expect(r.output).toBe(
      'Error from server (Forbidden): pods "web" is forbidden: User "ana" cannot create resource "pods/exec" in API group "" in the namespace "shop"',
    );
  });
  it('1.34: get alone is enough (the websocket upgrade is a GET)', () => {
    expect(exec(['get'], '1.34')).toMatchObject({ exitCode: 0, output: 'hi' });
  });
  it('1.30 (the oldest modelled): get alone is enough too', () => {
    expect(exec(['get'], '1.30').exitCode).toBe(0);
  });
  it.each(['1.30', '1.34', '1.35', '1.37'])('%s: create is always enough', (v) => {
    expect(exec(['create'], v)).toMatchObject({ exitCode: 0, output: 'hi' });
  });
});
