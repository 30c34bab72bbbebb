// Output as kubectl prints it: describe networkpolicy with endPort (kubectl pkg/describe/describe.go:
// "To Port Range: <port>-<endPort>/<protocol>"), get rolebinding -o wide (pkg/printers/internalversion
// printRoleBinding with rbac SubjectsStrings: a ServiceAccount subject is "<namespace>/<name>", so
// "/name" when the subject has no namespace).
import { describe, expect, it } from 'vitest';
import { createShellSession, runShellLine } from '@/lib/sim/shell';

const world = [
  { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } },
  {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'ranges', namespace: 'shop' },
    spec: {
      podSelector: {},
      policyTypes: ['Ingress'],
      ingress: [
        {
          ports: [
            { port: 32000, endPort: 32768 },
            { port: 80, protocol: 'UDP' },
          ],
        },
      ],
    },
  },
  {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: { name: 'b', namespace: 'shop' },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'r' },
    subjects: [
      { kind: 'ServiceAccount', name: 'bot' },
      { kind: 'ServiceAccount', name: 'api', namespace: 'shop' },
    ],
  },
];
const run = (line: string) => runShellLine(createShellSession({ objects: world }), line).output;

describe('kubectl output formats', () => {
  it('describe networkpolicy: endPort is a To Port Range', () => {
    const out = run('kubectl describe networkpolicy ranges -n shop');
    expect(out).toContain('    To Port Range: 32000-32768/TCP');
    expect(out).toContain('    To Port: 80/UDP');
  });
  it('get rolebinding -o wide: a ServiceAccount without namespace is /name', () => {
    const out = run('kubectl get rolebinding b -n shop -o wide');
    expect(out).toMatch(/\/bot, shop\/api/);
  });
});
