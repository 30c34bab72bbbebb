import type { ViewMessageKey } from '@/lib/i18n/views';
import { WORLD_TEXTS } from './worldTexts';

/**
 * A starting world for the playground: manifests put in the editor. The worlds are data
 * (lessons/playground/<id>.yaml, reaching the browser through ./worldTexts.ts); only the
 * large stress world is generated here.
 */
export interface PlaygroundWorld {
  id: 'empty' | 'shop' | 'team' | 'admission' | 'attack' | 'large';
  title: ViewMessageKey;
  /** The tab that shows this world best. */
  tab: 'traffic' | 'permissions' | 'admission' | 'attack';
  text: () => string;
}

function pod(namespace: string, name: string, labels: Record<string, string>, ports: [string, number][], ip: string, extra = ''): string {
  const labelLines = Object.entries(labels)
    .map(([k, v]) => `    ${k}: ${v}`)
    .join('\n');
  const portLines = ports.map(([n, p]) => `        - name: ${n}\n          containerPort: ${p}`).join('\n');
  return `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: ${namespace}
  labels:
${labelLines}
spec:
  containers:
    - name: main
      image: ghcr.io/example/${labels.app ?? name}:1.0.0${ports.length ? `\n      ports:\n${portLines}` : ''}${extra}
status:
  podIP: ${ip}
`;
}

const LARGE_APPS: [string, string, number][] = [
  ['web', 'http', 8080],
  ['api', 'http', 8080],
  ['db', 'postgres', 5432],
  ['cache', 'redis', 6379],
  ['worker', 'metrics', 9100],
];

/** 200 pods in 8 namespaces (5 apps × 5 replicas each), default-deny and one flow per tier. */
export function largeWorld(namespaces = 8, replicas = 5): string {
  const docs: string[] = [];
  for (let n = 0; n < namespaces; n++) {
    const ns = `team-${n + 1}`;
    docs.push(`apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${ns}\n`);
    LARGE_APPS.forEach(([app, portName, port], a) => {
      for (let r = 0; r < replicas; r++)
        docs.push(pod(ns, `${app}-${r + 1}`, { app, tier: a < 2 ? 'front' : 'back' }, [[portName, port]], `10.${10 + n}.${a}.${r + 10}`));
    });
    docs.push(
      `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: default-deny\n  namespace: ${ns}\nspec:\n  podSelector: {}\n  policyTypes: [Ingress]\n`,
    );
    for (const [from, to, port] of [
      ['web', 'api', 8080],
      ['api', 'db', 5432],
      ['api', 'cache', 6379],
    ] as const) {
      docs.push(
        `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: ${to}-from-${from}\n  namespace: ${ns}\nspec:\n  podSelector:\n    matchLabels:\n      app: ${to}\n  ingress:\n    - from:\n        - podSelector:\n            matchLabels:\n              app: ${from}\n      ports:\n        - port: ${port}\n`,
      );
    }
  }
  return docs.join('---\n');
}

export const WORLDS: readonly PlaygroundWorld[] = [
  { id: 'empty', title: 'world_empty', tab: 'traffic', text: () => '' },
  { id: 'shop', title: 'world_shop', tab: 'traffic', text: () => WORLD_TEXTS.shop },
  { id: 'team', title: 'world_team', tab: 'permissions', text: () => WORLD_TEXTS.team },
  { id: 'admission', title: 'world_admission', tab: 'admission', text: () => WORLD_TEXTS.admission },
  { id: 'attack', title: 'world_attack', tab: 'attack', text: () => WORLD_TEXTS.attack },
  { id: 'large', title: 'world_large', tab: 'traffic', text: () => largeWorld() },
];

export function worldById(id: string | undefined): PlaygroundWorld | undefined {
  return WORLDS.find((w) => w.id === id);
}
