import { describe, expect, it } from 'vitest';
import { createCluster } from '@/lib/sim/cluster';
import type { Cluster } from '@/lib/sim/types';

const SAFE = '[bcdfghjklmnpqrstvwxz2456789]';
const HASH = '[4-9bcdf]{1,10}';

function template(labels: Record<string, string>, extra: Record<string, unknown> = {}) {
  return { metadata: { labels }, spec: { containers: [{ name: 'main', image: 'nginx:1.27' }], ...extra } };
}

function podNames(cluster: Cluster, namespace = 'default'): string[] {
  return [...cluster.pods.values()].filter((p) => p.namespace === namespace).map((p) => p.name);
}

const nodes = ['n1', 'n2', 'n3'].map((name, i) => ({
  apiVersion: 'v1',
  kind: 'Node',
  metadata: { name, labels: i === 2 ? { disk: 'ssd' } : {} },
  status: { addresses: [{ type: 'InternalIP', address: `10.0.0.${i + 1}` }] },
}));

describe('workload expansion', () => {
  const cases: { title: string; objects: unknown[]; names: RegExp[]; owner: string }[] = [
    {
      title: 'Deployment → ReplicaSet web-<hash> → pods web-<hash>-<5>',
      objects: [
        {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          metadata: { name: 'web' },
          spec: { replicas: 3, selector: { matchLabels: { app: 'web' } }, template: template({ app: 'web' }) },
        },
      ],
      names: Array(3).fill(new RegExp(`^web-${HASH}-${SAFE}{5}$`)),
      owner: 'Deployment/web',
    },
    {
      title: 'Deployment without replicas runs one pod',
      objects: [
        {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          metadata: { name: 'one' },
          spec: { selector: { matchLabels: { app: 'one' } }, template: template({ app: 'one' }) },
        },
      ],
      names: [new RegExp(`^one-${HASH}-${SAFE}{5}$`)],
      owner: 'Deployment/one',
    },
    {
      title: 'StatefulSet → db-0, db-1',
      objects: [
        {
          apiVersion: 'apps/v1',
          kind: 'StatefulSet',
          metadata: { name: 'db' },
          spec: { replicas: 2, serviceName: 'db', selector: { matchLabels: { app: 'db' } }, template: template({ app: 'db' }) },
        },
      ],
      names: [/^db-0$/, /^db-1$/],
      owner: 'StatefulSet/db',
    },
    {
      title: 'ReplicaSet → rs-<5>',
      objects: [
        {
          apiVersion: 'apps/v1',
          kind: 'ReplicaSet',
          metadata: { name: 'rs' },
          spec: { replicas: 2, selector: { matchLabels: { app: 'rs' } }, template: template({ app: 'rs' }) },
        },
      ],
      names: Array(2).fill(new RegExp(`^rs-${SAFE}{5}$`)),
      owner: 'ReplicaSet/rs',
    },
    {
      title: 'Job → job-<5>',
      objects: [{ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'migrate' }, spec: { template: template({}, { restartPolicy: 'Never' }) } }],
      names: [new RegExp(`^migrate-${SAFE}{5}$`)],
      owner: 'Job/migrate',
    },
    {
      title: 'CronJob → Job backup-<8 digits> → pod backup-<8 digits>-<5>',
      objects: [
        {
          apiVersion: 'batch/v1',
          kind: 'CronJob',
          metadata: { name: 'backup' },
          spec: { schedule: '0 * * * *', jobTemplate: { spec: { template: template({}, { restartPolicy: 'OnFailure' }) } } },
        },
      ],
      names: [new RegExp(`^backup-[0-9]{8}-${SAFE}{5}$`)],
      owner: 'CronJob/backup',
    },
    {
      title: 'DaemonSet → one pod per node',
      objects: [
        ...nodes,
        {
          apiVersion: 'apps/v1',
          kind: 'DaemonSet',
          metadata: { name: 'agent' },
          spec: { selector: { matchLabels: { app: 'agent' } }, template: template({ app: 'agent' }) },
        },
      ],
      names: Array(3).fill(new RegExp(`^agent-${SAFE}{5}$`)),
      owner: 'DaemonSet/agent',
    },
    {
      title: 'DaemonSet with nodeSelector → only matching nodes',
      objects: [
        ...nodes,
        {
          apiVersion: 'apps/v1',
          kind: 'DaemonSet',
          metadata: { name: 'ssd' },
          spec: { selector: { matchLabels: { app: 'ssd' } }, template: template({ app: 'ssd' }, { nodeSelector: { disk: 'ssd' } }) },
        },
      ],
      names: [new RegExp(`^ssd-${SAFE}{5}$`)],
      owner: 'DaemonSet/ssd',
    },
    {
      title: 'suspended Job → no pods',
      objects: [{ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'later' }, spec: { suspend: true, template: template({}) } }],
      names: [],
      owner: 'Job/later',
    },
  ];

  for (const c of cases) {
    it(c.title, () => {
      const cluster = createCluster(c.objects);
      const names = podNames(cluster);
      expect(names).toHaveLength(c.names.length);
      names.forEach((name, i) => expect(name).toMatch(c.names[i]));
      for (const pod of cluster.pods.values()) expect(pod.owner && `${pod.owner.kind}/${pod.owner.name}`).toBe(c.owner);
      expect(new Set(names).size).toBe(names.length);
    });
  }

  it('puts the ReplicaSet in the cluster and the pod-template-hash on pods', () => {
    const cluster = createCluster(cases[0].objects);
    const [rs] = cluster.byKind.get('ReplicaSet') ?? [];
    const hash = (rs.metadata.labels ?? {})['pod-template-hash'];
    expect(rs.metadata.name).toBe(`web-${hash}`);
    for (const pod of cluster.pods.values()) {
      expect(pod.labels).toEqual({ app: 'web', 'pod-template-hash': hash });
      expect(pod.name.startsWith(`web-${hash}-`)).toBe(true);
    }
  });

  it('labels StatefulSet pods with their pod name and Job pods with the job name', () => {
    const sts = createCluster(cases[2].objects);
    expect(sts.pods.get('default/db-1')?.labels['statefulset.kubernetes.io/pod-name']).toBe('db-1');
    const job = createCluster(cases[4].objects);
    expect([...job.pods.values()][0].labels['job-name']).toBe('migrate');
  });

  it('places DaemonSet pods on their nodes', () => {
    const cluster = createCluster(cases[6].objects);
    expect([...cluster.pods.values()].map((p) => p.nodeName).sort()).toEqual(['n1', 'n2', 'n3']);
  });

  it('is deterministic and does not rename pods when unrelated objects are added', () => {
    const first = createCluster(cases[0].objects);
    const again = createCluster(cases[0].objects);
    expect(JSON.stringify([...again.pods.values()].map((p) => [p.name, p.ip]))).toBe(JSON.stringify([...first.pods.values()].map((p) => [p.name, p.ip])));
    const more = createCluster([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } }, ...cases[0].objects]);
    expect(podNames(more)).toEqual(podNames(first));
  });

  it('changes the hash when the pod template changes (a rollout)', () => {
    const a = createCluster(cases[0].objects);
    const changed = structuredClone(cases[0].objects) as { spec: { template: { spec: { containers: { image: string }[] } } } }[];
    changed[0].spec.template.spec.containers[0].image = 'nginx:1.28';
    const b = createCluster(changed);
    expect(podNames(a)[0].split('-')[1]).not.toBe(podNames(b)[0].split('-')[1]);
  });

  it('caps absurd replica counts and says so', () => {
    const cluster = createCluster([
      { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'huge' }, spec: { replicas: 1e9, template: template({ app: 'huge' }) } },
    ]);
    expect(cluster.pods.size).toBe(1000);
    expect(cluster.diagnostics.map((d) => d.code)).toContain('workload-replicas-capped');
  });
});
