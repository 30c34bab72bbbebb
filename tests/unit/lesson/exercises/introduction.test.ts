// lessons/00-introduction: static-web-in-lab. Insecure or wrong answers must fail the goal that
// names the problem; unusual but correct manifests must pass. Semantics: a NetworkPolicy selects
// pods by label, a podSelector peer without namespaceSelector means the policy's namespace, a
// named port matches the container port of that name, host-network pods are outside
// NetworkPolicy (https://kubernetes.io/docs/concepts/services-networking/network-policies/);
// the namespace enforces Pod Security baseline (https://kubernetes.io/docs/concepts/security/pod-security-standards/).
import { describe, expect, it } from 'vitest';
import { chain, failingGoals, loadExercise, replace } from './harness';

const exercise = loadExercise('00-introduction/01-kubernetes-basics/exercises/static-web-in-lab');
const FILE = 'static-web.yaml';

describe('static-web-in-lab', () => {
  it('the solution passes every goal', () => expect(failingGoals(exercise, {})).toEqual([]));

  const wrong: [string, (s: string) => string, string][] = [
    ['left in default (no namespace)', replace('  namespace: lab\n', ''), 'client-reaches-static-web'],
    ['labelled like the client instead', replace('app: static-web', 'app: client'), 'stranger-stays-out'],
    ['no label: no policy selects it, so everyone gets in', replace('  labels:\n    app: static-web\n', ''), 'stranger-stays-out'],
    ['the port renamed', replace('        - name: web\n', '        - name: http\n'), 'client-reaches-static-web'],
    ['on the host network (NetworkPolicy no longer applies)', replace('spec:\n', 'spec:\n  hostNetwork: true\n'), 'stranger-stays-out'],
    [
      'an own policy that lets every pod of lab in',
      (s) =>
        `${s}---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: open, namespace: lab }\nspec:\n  podSelector: { matchLabels: { app: static-web } }\n  ingress: [{ from: [{ podSelector: {} }] }]\n`,
      'stranger-stays-out',
    ],
    [
      "the world's rule replaced by one open to app=client in every namespace",
      (s) =>
        `${s}---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: only-client-to-static-web, namespace: lab }\nspec:\n  podSelector: { matchLabels: { app: static-web } }\n  ingress: [{ from: [{ namespaceSelector: {}, podSelector: { matchLabels: { app: client } } }], ports: [{ port: web }] }]\n`,
      'other-namespaces-stay-out',
    ],
    [
      'a privileged container',
      replace('          protocol: TCP\n', '          protocol: TCP\n      securityContext:\n        privileged: true\n'),
      'admitted-in-lab',
    ],
    [
      "the node's root filesystem mounted",
      chain(
        replace('spec:\n', 'spec:\n  volumes: [{ name: host, hostPath: { path: / } }]\n'),
        replace('          protocol: TCP\n', '          protocol: TCP\n      volumeMounts: [{ name: host, mountPath: /host }]\n'),
      ),
      'admitted-in-lab',
    ],
  ];
  for (const [title, edit, goal] of wrong) it(`wrong: ${title} fails ${goal}`, () => expect(failingGoals(exercise, { [FILE]: edit })).toContain(goal));

  const right: [string, (s: string) => string][] = [
    [
      'extra labels and a tagged image',
      chain(replace('    app: static-web\n', '    app: static-web\n    tier: web\n'), replace('image: nginx', 'image: nginx:1.27')),
    ],
    [
      'flow style',
      () =>
        'apiVersion: v1\nkind: Pod\nmetadata: { name: static-web, namespace: lab, labels: { app: static-web } }\nspec: { containers: [{ name: web, image: nginx, ports: [{ name: web, containerPort: 80 }] }] }\n',
    ],
    [
      'hardened further (non-root nginx on 80 via the named port)',
      replace(
        '          protocol: TCP\n',
        '          protocol: TCP\n      securityContext:\n        allowPrivilegeEscalation: false\n        capabilities: { drop: [ALL], add: [NET_BIND_SERVICE] }\n',
      ),
    ],
  ];
  for (const [title, edit] of right) it(`right: ${title}`, () => expect(failingGoals(exercise, { [FILE]: edit })).toEqual([]));
});
