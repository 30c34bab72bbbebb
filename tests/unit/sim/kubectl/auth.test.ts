// `kubectl auth can-i` / `whoami` and impersonation: kubectl's answers, warnings, the
// `--list` table, the groups the API server adds for --as, and Forbidden impersonation.
import { describe, expect, it } from 'vitest';
import { createShellSession } from '../../../../lib/sim/shell';
import { objectsOf, runLines, SHOP_WORLD, shopSession, text } from '../shell/helpers';

describe('kubectl auth can-i', () => {
  const cases: [string, string, number][] = [
    ['kubectl auth can-i list pods --as alice -n shop', 'yes', 0],
    ['kubectl auth can-i list pods --as alice', 'no', 1],
    ['kubectl auth can-i list pods --as alice -A', 'no', 1],
    ['kubectl auth can-i delete pods --as alice -n shop', 'no', 1],
    ['kubectl auth can-i get pods --subresource=log --as alice -n shop', 'yes', 0],
    ['kubectl auth can-i get pods/log --as alice -n shop', 'yes', 0],
    ['kubectl auth can-i get secrets/db-password --as bob --as-group ops -n shop', 'yes', 0],
    ['kubectl auth can-i get secrets --as bob --as-group ops -n shop', 'no', 1],
    ['kubectl auth can-i list pods --as system:serviceaccount:shop:api -n shop', 'yes', 0],
    ['kubectl auth can-i list pods --as system:serviceaccount:shop:default -n shop', 'no', 1],
    ['kubectl auth can-i list nodes --as alice', "Warning: resource 'nodes' is not namespace scoped\nno", 1],
    ['kubectl auth can-i get deployments.apps --as alice -n shop', 'no', 1],
    ['kubectl auth can-i get /healthz --as alice', 'no', 1],
    [
      'kubectl auth can-i sleep couches --as pochoclo',
      "Warning: the server doesn't have a resource type 'couches'\nWarning: verb 'sleep' is not a known verb\nno",
      1,
    ],
    ['kubectl auth can-i create pods', 'yes', 0],
    ['kubectl auth can-i "*" "*"', 'yes', 0],
    ['kubectl auth can-i list pods -q --as alice -n shop', '', 0],
    [
      'kubectl auth can-i list',
      "error: you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.",
      1,
    ],
    ['kubectl auth can-i get /logs --subresource=x', 'error: --subresource can not be used with NonResourceURL', 1],
    ['kubectl auth can-i --list -A', "error: list option can't be specified with neither quiet, all-namespaces nor subresource options", 1],
    [
      'kubectl auth can-i delete pods --as-group x',
      'Error from server (InternalError): Internal error occurred: requested [{Group  x    }] without impersonating a user',
      1,
    ],
  ];
  it.each(cases)('%s', (line, expected, code) => {
    const { output, exitCode } = runLines(shopSession(), line);
    expect(output).toBe(expected);
    expect(exitCode).toBe(code);
  });

  it('explains a denial caused by a missing role like the authorizer (no - RBAC: ...)', () => {
    const session = createShellSession({
      minikube: false,
      objects: objectsOf(`
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: dangling, namespace: shop}
subjects: [{kind: User, name: carol, apiGroup: rbac.authorization.k8s.io}]
roleRef: {kind: ClusterRole, name: does-not-exist, apiGroup: rbac.authorization.k8s.io}
`),
    });
    const { output } = runLines(session, 'kubectl auth can-i get pods --as carol -n shop');
    expect(output).toBe('no - RBAC: clusterrole.rbac.authorization.k8s.io "does-not-exist" not found');
  });

  it('lists permissions like kubectl (--list)', () => {
    expect(runLines(shopSession(), 'kubectl auth can-i --list --as alice -n shop').output).toBe(text`
      Resources   Non-Resource URLs   Resource Names   Verbs
      pods        []                  []               [get list]
      pods/log    []                  []               [get]`);
  });

  it('shows the discovery rules every authenticated user has on a minikube cluster', () => {
    const { output } = runLines(shopSession({ minikube: true }), 'kubectl auth can-i --list --as system:serviceaccount:shop:default -n shop');
    const lines = output.split('\n');
    expect(lines[0]).toBe('Resources                                       Non-Resource URLs                      Resource Names   Verbs');
    expect(lines[1]).toBe('selfsubjectreviews.authentication.k8s.io        []                                     []               [create]');
    expect(lines).toContain('                                                [/.well-known/openid-configuration]    []               [get]');
    expect(lines.filter((l) => l.includes('[/healthz]'))).toHaveLength(2);
  });

  it('shows cluster-admin rows for the minikube admin', () => {
    const lines = runLines(shopSession({ minikube: true }), 'kubectl auth can-i --list').output.split('\n');
    expect(lines.slice(1, 3)).toEqual([
      '*.*                                             []                  []               [*]',
      '                                                [*]                 []               [*]',
    ]);
  });
});

describe('kubectl auth whoami', () => {
  const cases: [string, string][] = [
    ['kubectl auth whoami', 'ATTRIBUTE   VALUE\nUsername    minikube-user\nGroups      [system:masters system:authenticated]'],
    ['kubectl auth whoami --as alice', 'ATTRIBUTE   VALUE\nUsername    alice\nGroups      [system:authenticated]'],
    ['kubectl auth whoami --as alice --as-group ops', 'ATTRIBUTE   VALUE\nUsername    alice\nGroups      [ops system:authenticated]'],
    [
      'kubectl auth whoami --as system:serviceaccount:shop:api',
      'ATTRIBUTE   VALUE\nUsername    system:serviceaccount:shop:api\nGroups      [system:serviceaccounts system:serviceaccounts:shop system:authenticated]',
    ],
    ['kubectl auth whoami --as system:anonymous', 'ATTRIBUTE   VALUE\nUsername    system:anonymous\nGroups      [system:unauthenticated]'],
  ];
  it.each(cases)('%s', (line, expected) => {
    expect(runLines(shopSession(), line).output).toBe(expected);
  });
});

describe('impersonation needs permission', () => {
  it('refuses --as for a user who may not impersonate', () => {
    const session = createShellSession({ objects: objectsOf(SHOP_WORLD), user: 'alice', minikube: false });
    const { output, exitCode } = runLines(session, 'kubectl get pods -n shop --as bob');
    expect(output).toBe(
      'Error from server (Forbidden): users "bob" is forbidden: User "alice" cannot impersonate resource "users" in API group "" at the cluster scope',
    );
    expect(exitCode).toBe(1);
  });

  it('checks service accounts in their namespace', () => {
    const session = createShellSession({ objects: objectsOf(SHOP_WORLD), user: 'alice', minikube: false });
    expect(runLines(session, 'kubectl auth can-i get pods --as system:serviceaccount:shop:api -n shop').output).toBe(
      'Error from server (Forbidden): serviceaccounts "api" is forbidden: User "alice" cannot impersonate resource "serviceaccounts" in API group "" in the namespace "shop"',
    );
  });

  it('runs every command as the context user, with its groups', () => {
    const session = createShellSession({ objects: objectsOf(SHOP_WORLD), user: 'alice', minikube: false });
    expect(runLines(session, 'kubectl get pods -n shop -o name').output).toBe('pod/api\npod/web');
    expect(runLines(session, 'kubectl get secrets -n shop').output).toBe(
      'Error from server (Forbidden): secrets is forbidden: User "alice" cannot list resource "secrets" in API group "" in the namespace "shop"',
    );
    expect(runLines(session, 'kubectl auth whoami').output).toBe('ATTRIBUTE   VALUE\nUsername    alice\nGroups      [system:authenticated]');
  });
});
