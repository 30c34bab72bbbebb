// Second outsider pass on the event defences: other roads a player tries against each defence.
// With the defence applied none may show the flag. Semantics: binding a ClusterRole needs `bind`
// on it or every permission it grants (https://kubernetes.io/docs/reference/access-authn-authz/rbac/#restrictions-on-role-binding-creation-or-update);
// impersonating a user or a group is its own `impersonate` on users/groups
// (https://kubernetes.io/docs/reference/access-authn-authz/authentication/#user-impersonation);
// a NetworkPolicy applies to pod IPs whichever name or Service reaches them
// (https://kubernetes.io/docs/concepts/services-networking/network-policies/).
import { describe, expect, it } from 'vitest';
import { loadEventTrack } from '@/lib/content/challenges';
import { runSolve } from '@/lib/event/solve';

const challenges = loadEventTrack().challenges;

function found(id: string, lines: string[], defended = true): boolean {
  const challenge = challenges.find((c) => c.id === id);
  if (!challenge) throw new Error(`no challenge ${id}`);
  return runSolve(challenge, 'outsider2', { defended, lines: lines.map((run) => ({ run })) }).found;
}

/** Roads checked to reach the flag on the undefended cluster (the others are tries the simulator already refuses). */
const OPEN_WITHOUT_DEFENCE: string[] = [
  'flat-network: the database by its Service name with .svc',
  'flat-network: another pod of shop',
  'bind-escalation: a RoleBinding to a group the lead is in',
];

const roads: [string, string, string[]][] = [
  [
    'token-thief',
    'the token through a projected path and the env of another container',
    ['kubectl exec storefront -- ls /var/run/secrets/kubernetes.io/serviceaccount', 'kubectl exec storefront -- cat /var/run/secrets/tokens/token'],
  ],
  ['token-thief', 'the Secret directly as the starting user', ["kubectl get secret payment-gateway -n shop -o jsonpath='{.data.key}' | base64 -d"]],
  [
    'pod-factory',
    'a Deployment that runs as deployer',
    ['kubectl create deployment probe -n ci --image=busybox -- sleep 3600', "kubectl get secret db-root -n prod -o jsonpath='{.data.password}' | base64 -d"],
  ],
  [
    'pod-factory',
    'a token requested for deployer',
    ['kubectl create token deployer -n ci > /tmp/t', "kubectl --token $(cat /tmp/t) get secret db-root -n prod -o jsonpath='{.data.password}' | base64 -d"],
  ],
  [
    'node-escape',
    'the host through /proc of the exporter',
    ['kubectl exec node-exporter -- cat /proc/1/root/etc/shadow', 'kubectl exec node-exporter -- ls /host'],
  ],
  [
    'node-escape',
    'a new privileged pod on the node',
    [
      'kubectl run esc --image=busybox --overrides=\'{"spec":{"hostPID":true,"containers":[{"name":"esc","image":"busybox","securityContext":{"privileged":true}}]}}\' -- sleep 3600',
      'kubectl exec esc -- cat /proc/1/root/var/lib/kubelet/pods',
    ],
  ],
  [
    'flat-network',
    'the database by its Service name with .svc',
    ['kubectl get pods -n data -o wide', 'kubectl exec frontend -- curl -s http://orders-db.data.svc/export.json'],
  ],
  ['flat-network', 'another pod of shop', ['kubectl get pods -n shop', 'kubectl exec frontend -n shop -- wget -qO- http://orders-db.data/export.json']],
  [
    'bind-escalation',
    'bind view then read the Secret',
    ['kubectl create rolebinding mine --clusterrole=view --user=team-lead', "kubectl get secret stripe-live -o jsonpath='{.data.key}' | base64 -d"],
  ],
  [
    'bind-escalation',
    'a RoleBinding to a group the lead is in',
    [
      'kubectl create rolebinding mine --clusterrole=admin --group=system:authenticated',
      "kubectl get secret stripe-live -o jsonpath='{.data.key}' | base64 -d",
    ],
  ],
  [
    'impersonation',
    'impersonate a user and a group instead of a ServiceAccount',
    ["kubectl get secret invoice-signing -n billing -o jsonpath='{.data.key}' --as admin --as-group system:masters | base64 -d"],
  ],
  [
    'impersonation',
    'impersonate the invoicer in full form with a group',
    [
      "kubectl get secret invoice-signing -n billing -o jsonpath='{.data.key}' --as system:serviceaccount:billing:invoicer --as-group system:serviceaccounts | base64 -d",
    ],
  ],
];

describe('event defences close the outsider2 roads', () => {
  it.each(roads)('%s: %s', (id, _road, lines) => {
    expect(found(id, lines)).toBe(false);
  });
});

describe('the roads that are real attacks: open without the defence', () => {
  const open = roads.filter(([id, road]) => OPEN_WITHOUT_DEFENCE.includes(`${id}: ${road}`));
  it.each(open)('%s: %s', (id, _road, lines) => {
    expect(found(id, lines, false)).toBe(true);
  });
});
