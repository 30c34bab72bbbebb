// Each challenge's defence must close the flag to every attack a player could try, not only to
// the scripted solve that lessons:check replays. These are the other roads an outsider tries,
// each written as terminal lines; with the defence applied none may show the flag. Where the road
// works on the undefended cluster, that is asserted too, so the test proves it is a real attack.
// Semantics: a NetworkPolicy cannot stop its allowed client, so whoever may exec into that client
// walks past it (https://kubernetes.io/docs/concepts/services-networking/network-policies/);
// binding needs `bind` on the role or every permission it grants
// (https://kubernetes.io/docs/reference/access-authn-authz/rbac/#restrictions-on-role-binding-creation-or-update);
// impersonating a ServiceAccount is `impersonate` on `serviceaccounts` in its namespace, by name
// (https://kubernetes.io/docs/reference/access-authn-authz/authentication/#user-impersonation).
import { describe, expect, it } from 'vitest';
import { loadEventTrack } from '@/lib/content/challenges';
import { runSolve } from '@/lib/event/solve';

const challenges = loadEventTrack().challenges;

function attempt(id: string, lines: string[], defended: boolean): boolean {
  const challenge = challenges.find((c) => c.id === id);
  if (!challenge) throw new Error(`no challenge ${id}`);
  return runSolve(challenge, 'outsider', { defended, lines: lines.map((run) => ({ run })) }).found;
}

/** [challenge, road, lines, does the road reach the flag without the defence?] */
const roads: [string, string, string[], boolean][] = [
  [
    'flat-network',
    'pivot through orders-api, the database client the policy allows',
    ['kubectl exec orders-api -n shop -- curl -s http://orders-db.data/export.json'],
    false,
  ],
  [
    'flat-network',
    'the database pod by its Service name with the full domain',
    ['kubectl exec frontend -n shop -- curl -s http://orders-db.data.svc.cluster.local/export.json'],
    true,
  ],
  [
    'bind-escalation',
    'bind edit instead of admin',
    ['kubectl create rolebinding mine --clusterrole=edit --user=team-lead', "kubectl get secret stripe-live -o jsonpath='{.data.key}' | base64 -d"],
    true,
  ],
  [
    'bind-escalation',
    'bind cluster-admin in the namespace',
    ['kubectl create rolebinding mine --clusterrole=cluster-admin --user=team-lead', "kubectl get secret stripe-live -o jsonpath='{.data.key}' | base64 -d"],
    true,
  ],
  [
    'impersonation',
    'impersonate a ServiceAccount named storefront in billing',
    ["kubectl get secret invoice-signing -n billing -o jsonpath='{.data.key}' --as system:serviceaccount:billing:storefront | base64 -d"],
    false,
  ],
  [
    'impersonation',
    'impersonate the allowed ServiceAccount with an extra group',
    ["kubectl get secret invoice-signing -n billing -o jsonpath='{.data.key}' --as system:serviceaccount:web:storefront --as-group system:masters | base64 -d"],
    false,
  ],
  [
    'pod-factory',
    "a pod as deployer, then the prod Secret with deployer's token",
    [
      'kubectl run probe -n ci --image=busybox --overrides=\'{"spec":{"serviceAccountName":"deployer"}}\' -- sleep 3600',
      "kubectl exec probe -n ci -- sh -c 'cat /var/run/secrets/kubernetes.io/serviceaccount/token' > /tmp/t",
      "kubectl --token $(cat /tmp/t) get secret db-root -n prod -o jsonpath='{.data.password}' | base64 -d",
    ],
    false,
  ],
  ['token-thief', "the storefront's environment and logs", ['kubectl exec storefront -- env', 'kubectl logs storefront'], false],
  [
    'node-escape',
    "the node's filesystem through the exporter",
    ['kubectl exec node-exporter -- ls /host', 'kubectl exec node-exporter -- cat /proc/1/environ'],
    false,
  ],
];

describe('event defences close every road to the flag', () => {
  it.each(roads)('%s: %s', (id, _road, lines, openWithoutDefence) => {
    expect(attempt(id, lines, true)).toBe(false);
    if (openWithoutDefence) expect(attempt(id, lines, false)).toBe(true);
  });
});
