// deploy/k8s, checked by our own simulator the way the course teaches: admitted under the
// `restricted` Pod Security Standard, no hardening findings, and traffic exactly as intended.
// https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted
// https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-deny-all-ingress-and-all-egress-traffic
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { admit, checkHardening, createCluster, evaluatePodSecurity, evaluateTraffic, parseManifests, type KubeObject } from '@/lib/sim';

const DIR = join(__dirname, '../../../deploy/k8s');
const NS = 'k8s-security-lab';
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();
// One text, as `kubectl apply -f deploy/k8s/` sends them all.
const all = parseManifests(files.map((file) => readFileSync(join(DIR, file), 'utf8')).join('\n---\n'), { file: 'deploy/k8s' });
const objects = all.objects;
const of = (kind: string) => objects.filter((o) => o.kind === kind);

/** Pods elsewhere, to ask the NetworkPolicies about: the ingress controller and two strangers. */
const pod = (namespace: string, name: string, labels: Record<string, string>): KubeObject => ({
  apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace, labels },
  spec: { containers: [{ name: 'c', image: 'registry.k8s.io/pause:3.10', ports: [{ containerPort: 8080 }, { containerPort: 53, protocol: 'UDP' }] }] },
});
const others = [
  { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'ingress-nginx' } },
  { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } },
  pod('ingress-nginx', 'controller', { 'app.kubernetes.io/name': 'ingress-nginx' }),
  pod('shop', 'web', { app: 'web' }),
  pod(NS, 'debug', { app: 'debug' }),
  pod('kube-system', 'coredns', { 'k8s-app': 'kube-dns' }),
] as KubeObject[];
const cluster = createCluster([...objects, ...others]);
const labPod = () => `${NS}/${cluster.byKind.get('Pod')!.find((p) => p.metadata?.namespace === NS && p.metadata.name !== 'debug')!.metadata!.name}`;

describe('deploy/k8s', () => {
  it('parses without a problem', () => {
    expect(files).toEqual(['deployment.yaml', 'ingress.yaml', 'namespace.yaml', 'networkpolicies.yaml', 'service.yaml', 'serviceaccount.yaml']);
    expect(all.diagnostics.map((d) => `${d.line} ${d.message}`)).toEqual([]);
    expect(createCluster(objects).diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message)).toEqual([]);
  });

  it('the namespace enforces restricted, and every pod of the Deployment is admitted with no warning', () => {
    expect(of('Namespace')[0].metadata?.labels?.['pod-security.kubernetes.io/enforce']).toBe('restricted');
    const pods = cluster.byKind.get('Pod')!.filter((p) => p.metadata?.namespace === NS && p.metadata.name !== 'debug');
    expect(pods).toHaveLength(2);
    for (const p of pods) {
      // As the ReplicaSet controller would create it (authorized: admission is what is asked here).
      const verdict = admit(cluster, { operation: 'CREATE', object: p, user: 'system:serviceaccount:kube-system:replicaset-controller', groups: ['system:masters'] });
      expect(verdict.message).toBeUndefined();
      expect(verdict.allowed).toBe(true);
      expect(verdict.warnings).toEqual([]);
      expect(evaluatePodSecurity(p, 'restricted').violations).toEqual([]);
    }
  });

  it('a weakened copy is refused under restricted (the check can fail)', () => {
    const [deployment] = of('Deployment');
    const template = JSON.parse(JSON.stringify((deployment.spec as { template: unknown }).template));
    template.spec.containers[0].securityContext.allowPrivilegeEscalation = true;
    const weak = { apiVersion: 'v1', kind: 'Pod', metadata: { ...template.metadata, name: 'weak', namespace: NS }, spec: template.spec };
    const verdict = admit(cluster, { operation: 'CREATE', object: weak, user: 'admin', groups: ['system:masters'] });
    expect(verdict.allowed).toBe(false);
    expect(verdict.message).toContain('allowPrivilegeEscalation != false');
  });

  it('the Deployment has no hardening finding; its ServiceAccount mounts no token', () => {
    const [deployment] = of('Deployment');
    expect(checkHardening(deployment, { serviceAccounts: of('ServiceAccount') }).map((f) => `${f.id} ${f.path}`)).toEqual([]);
    expect(of('ServiceAccount')[0].automountServiceAccountToken).toBe(false);
  });

  it('only the ingress controller reaches nginx, only on its serving port', () => {
    const to = labPod();
    const allowed = (from: string, target: string | { service: string }, port: number | string, protocol?: 'TCP' | 'UDP') =>
      evaluateTraffic(cluster, { from, to: target, port, ...(protocol ? { protocol } : {}) }).allowed;
    expect(allowed('ingress-nginx/controller', to, 8080)).toBe(true);
    expect(allowed('ingress-nginx/controller', to, 'http')).toBe(true);
    expect(allowed('ingress-nginx/controller', { service: `${NS}/k8s-security-lab` }, 80)).toBe(true);
    expect(allowed('ingress-nginx/controller', to, 9090)).toBe(false);
    expect(allowed('ingress-nginx/controller', to, 8080, 'UDP')).toBe(false);
    expect(allowed('shop/web', to, 8080)).toBe(false);
    expect(allowed(`${NS}/debug`, to, 8080)).toBe(false);
    expect(allowed('kube-system/coredns', to, 8080)).toBe(false);
  });

  it('nginx reaches nothing: no egress, not even DNS', () => {
    const from = labPod();
    const allowed = (to: string | { ip: string }, port: number, protocol?: 'TCP' | 'UDP') =>
      evaluateTraffic(cluster, { from, to, port, ...(protocol ? { protocol } : {}) }).allowed;
    expect(allowed('kube-system/coredns', 53, 'UDP')).toBe(false);
    expect(allowed('ingress-nginx/controller', 8080)).toBe(false);
    expect(allowed({ ip: '1.1.1.1' }, 443)).toBe(false);
    expect(allowed(`${NS}/debug`, 8080)).toBe(false);
  });
});
