// Reachability from inside pods: exec/run with curl, wget, nc and nslookup, answered from
// the NetworkPolicies (evaluateTraffic), Services, cluster DNS and what listens on each port.
import { describe, expect, it } from 'vitest';
import { NGINX_WELCOME } from '../../../../lib/sim/network/httpResponses';
import { createShellSession } from '../../../../lib/sim/shell';
import { objectsOf, runLines, SHOP_WORLD, shopSession } from '../shell/helpers';

const DENY_EGRESS = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny-egress, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Egress]
`;
const ALLOW_DNS = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-dns, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Egress]
  egress:
    - to:
        - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}
          podSelector: {matchLabels: {k8s-app: kube-dns}}
      ports: [{port: 53, protocol: UDP}]
`;

function mk(extra = '') {
  return createShellSession({ objects: objectsOf(SHOP_WORLD + (extra ? `\n---\n${extra}` : '')) });
}

describe('allowed connections', () => {
  const cases: [string, string][] = [
    ['kubectl exec web -n shop -- wget -qO- -T 2 http://api', '{"app":"api","pod":"api","namespace":"shop","path":"/"}'],
    ['kubectl exec web -n shop -- wget -qO- -T 2 http://api.shop:80/health', '{"app":"api","pod":"api","namespace":"shop","path":"/health"}'],
    ['kubectl exec web -n shop -- curl -s http://api.shop.svc.cluster.local', '{"app":"api","pod":"api","namespace":"shop","path":"/"}'],
    ['kubectl exec web -n shop -- curl -s http://10.244.0.11:8080', '{"app":"api","pod":"api","namespace":"shop","path":"/"}'],
    ['kubectl exec web -n shop -- curl -s http://10.96.10.11', '{"app":"api","pod":"api","namespace":"shop","path":"/"}'],
    ['kubectl exec web -n shop -- curl -s http://10-244-0-11.shop.pod.cluster.local:8080', '{"app":"api","pod":"api","namespace":"shop","path":"/"}'],
    ['kubectl exec api -n shop -- curl -s http://web', NGINX_WELCOME.replace(/\n$/, '')],
    ['kubectl exec api -n shop -- nc -zv -w 2 web 80', 'web (10.96.10.10:80) open'],
    ['kubectl exec api -n shop -- nc -zv -w 2 10.244.0.10 80', '10.244.0.10 (10.244.0.10:80) open'],
    ['kubectl exec web -n shop -- wget -qO- -T 2 http://localhost', NGINX_WELCOME.replace(/\n$/, '')],
    ['kubectl exec web -n shop -- nslookup api', 'Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\nName:\tapi.shop.svc.cluster.local\nAddress: 10.96.10.11\n'],
    ['kubectl exec web -n shop -- curl -s -o /dev/null -w "%{http_code}" http://api', '200'],
  ];
  it.each(cases)('%s', (line, expected) => {
    const { output, exitCode } = runLines(mk(), line);
    expect(output).toBe(expected);
    expect(exitCode).toBe(0);
  });
});

describe('blocked, refused and unknown', () => {
  const cases: [string, string, number][] = [
    ['kubectl exec api -n shop -- curl http://web:8080', 'curl: (28) Connection timed out after 5001 milliseconds\ncommand terminated with exit code 28', 28],
    [
      'kubectl run t --rm -it --image=busybox -n default -- wget -qO- -T 2 http://api.shop',
      'wget: download timed out\npod "t" deleted\npod default/t terminated (Error)',
      1,
    ],
    [
      'kubectl run t --rm -it --image=nicolaka/netshoot -n default -- nc -zv -w 2 10.244.0.11 8080',
      'nc: 10.244.0.11 (10.244.0.11:8080): Connection timed out\npod "t" deleted\npod default/t terminated (Error)',
      1,
    ],
    [
      'kubectl run t --rm -it --image=curlimages/curl -n default -- curl -m 2 http://api.shop',
      'curl: (28) Connection timed out after 2001 milliseconds\npod "t" deleted\npod default/t terminated (Error)',
      28,
    ],
    [
      'kubectl exec api -n shop -- curl http://10.244.0.10:9999',
      "curl: (7) Failed to connect to 10.244.0.10 port 9999 after 2 ms: Couldn't connect to server\ncommand terminated with exit code 7",
      7,
    ],
    [
      'kubectl exec api -n shop -- wget -qO- -T 2 http://10.244.0.10:9999',
      "wget: can't connect to remote host (10.244.0.10): Connection refused\ncommand terminated with exit code 1",
      1,
    ],
    ['kubectl exec api -n shop -- wget -qO- -T 2 http://nothere', "wget: bad address 'nothere'\ncommand terminated with exit code 1", 1],
    ['kubectl exec api -n shop -- curl -s http://nothere', 'command terminated with exit code 6', 6],
    ['kubectl exec api -n shop -- curl http://nothere', 'curl: (6) Could not resolve host: nothere\ncommand terminated with exit code 6', 6],
    ['kubectl exec api -n shop -- nc -zv -w 2 nothere 80', "nc: bad address 'nothere'\ncommand terminated with exit code 1", 1],
  ];
  it.each(cases)('%s', (line, expected, code) => {
    const { output, exitCode } = runLines(mk(), line);
    expect(output).toBe(expected);
    expect(exitCode).toBe(code);
  });

  it('the same request flips when a policy is added', () => {
    const session = { ...mk(), files: { 'deny.yaml': DENY_EGRESS } };
    expect(runLines(session, 'kubectl exec web -n shop -- wget -qO- -T 2 http://10.244.0.11:8080').exitCode).toBe(0);
    const after = runLines(session, 'kubectl apply -f deny.yaml', 'kubectl exec web -n shop -- wget -qO- -T 2 http://10.244.0.11:8080');
    expect(after.output).toBe('wget: download timed out\ncommand terminated with exit code 1');
  });

  it('DNS needs egress to kube-dns: deny-all egress breaks names, not addresses', () => {
    const denied = mk(DENY_EGRESS);
    expect(runLines(denied, 'kubectl exec web -n shop -- wget -qO- -T 2 http://api').output).toBe(
      "wget: bad address 'api'\ncommand terminated with exit code 1",
    );
    expect(runLines(denied, 'kubectl exec web -n shop -- nslookup api').output).toBe(
      ';; connection timed out; no servers could be reached\n\ncommand terminated with exit code 1',
    );
    const dnsOnly = mk(`${DENY_EGRESS}\n---\n${ALLOW_DNS}`);
    expect(runLines(dnsOnly, 'kubectl exec web -n shop -- wget -qO- -T 2 http://api').output).toBe(
      'wget: download timed out\ncommand terminated with exit code 1',
    );
  });

  it('a Service without ready backends refuses', () => {
    const session = mk(
      'apiVersion: v1\nkind: Service\nmetadata: {name: empty, namespace: shop}\nspec:\n  clusterIP: 10.96.10.99\n  selector: {app: nobody}\n  ports: [{port: 80}]',
    );
    expect(runLines(session, 'kubectl exec web -n shop -- wget -qO- -T 2 http://empty').output).toBe(
      "wget: can't connect to remote host (10.96.10.99): Connection refused\ncommand terminated with exit code 1",
    );
  });

  it('the API server answers anonymous requests with 403 (and needs -k for its certificate)', () => {
    expect(runLines(mk(), 'kubectl exec web -n shop -- curl -s https://kubernetes.default/api').exitCode).toBe(60);
    expect(runLines(mk(), 'kubectl exec web -n shop -- curl -sk https://kubernetes.default.svc/api').output).toContain(
      '"message": "forbidden: User \\"system:anonymous\\" cannot get path \\"/api\\""',
    );
  });
});

describe('kubectl exec and run', () => {
  const cases: [string, string, number][] = [
    ['kubectl exec web -n shop wget x', 'error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead', 1],
    ['kubectl exec web -n shop', 'error: you must specify at least one command for the container', 1],
    ['kubectl exec nope -n shop -- ls', 'Error from server (NotFound): pods "nope" not found', 1],
    ['kubectl exec web -c nope -n shop -- ls', 'error: unable to upgrade connection: container not found ("nope")', 1],
    [
      'kubectl exec web -n shop --as alice -- ls',
      'Error from server (Forbidden): pods "web" is forbidden: User "alice" cannot create resource "pods/exec" in API group "" in the namespace "shop"',
      1,
    ],
    [
      'kubectl exec web -n shop -- foo',
      'OCI runtime exec failed: exec failed: unable to start container process: exec: "foo": executable file not found in $PATH: unknown\ncommand terminated with exit code 126',
      126,
    ],
    ['kubectl exec web -n shop -- cat /var/run/secrets/kubernetes.io/serviceaccount/namespace', 'shop', 0],
    ['kubectl exec web -n shop -- hostname', 'web', 0],
    ['kubectl exec web -n shop -- sh -c "wget -qO- -T 2 http://api && echo reached"', '{"app":"api","pod":"api","namespace":"shop","path":"/"}\nreached', 0],
    ['kubectl run busy --image=busybox -n shop', 'pod/busy created', 0],
    ['kubectl run busy --rm --image=busybox -n shop', 'error: --rm should only be used for attached containers', 1],
    ['kubectl run busy -n shop', 'error: required flag(s) "image" not set', 1],
  ];
  it.each(cases)('%s', (line, expected, code) => {
    const { output, exitCode } = runLines(mk(), line);
    expect(output).toBe(expected);
    expect(exitCode).toBe(code);
  });

  it('exec into a Deployment picks one of its pods, and a multi-container pod says which container', () => {
    const session = mk(`apiVersion: apps/v1
kind: Deployment
metadata: {name: front, namespace: shop}
spec:
  replicas: 2
  selector: {matchLabels: {app: front}}
  template:
    metadata: {labels: {app: front}}
    spec:
      containers:
        - {name: app, image: nginx}
        - {name: sidecar, image: busybox}`);
    const { output } = runLines(session, 'kubectl exec deploy/front -n shop -- hostname');
    expect(output).toMatch(/^Defaulted container "app" out of: app, sidecar\nfront-[a-z0-9]+-[a-z0-9]{5}$/);
  });

  it('kubectl run --rm leaves no pod behind; without --rm the pod stays', () => {
    const gone = runLines(mk(), 'kubectl run t --rm -it --image=busybox -n shop -- true', 'kubectl get pod t -n shop');
    expect(gone.output).toBe('Error from server (NotFound): pods "t" not found');
    const kept = runLines(mk(), 'kubectl run t --image=busybox -n shop', 'kubectl get pod t -n shop --show-labels');
    expect(kept.output).toBe('NAME   READY   STATUS    RESTARTS   AGE   LABELS\nt      1/1     Running   0          2s    run=t');
  });

  it('kubectl run goes through admission like any pod', () => {
    const session = mk('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: locked\n  labels:\n    pod-security.kubernetes.io/enforce: restricted');
    const { output, exitCode } = runLines(session, 'kubectl run t --image=busybox -n locked');
    expect(output.startsWith('Error from server (Forbidden): pods "t" is forbidden: violates PodSecurity "restricted:latest":')).toBe(true);
    expect(exitCode).toBe(1);
  });

  it('works on a bare cluster (no kube-dns: names still resolve)', () => {
    const bare = shopSession();
    expect(runLines(bare, 'kubectl exec web -n shop -- wget -qO- -T 2 http://api').exitCode).toBe(0);
  });
});
