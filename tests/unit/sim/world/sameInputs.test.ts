// lib/sim/world/sameInputs.ts: two builds share the answers about their network (or their RBAC
// objects) only when the inputs those answers read are the same objects. The network is what
// netpol/networkMemo.ts keys on (pods, nodes, namespaces, NetworkPolicies, Services); an object
// in a namespace nothing else names still creates that namespace in our cluster
// (lib/sim/cluster/namespaces.ts; upstream would reject it:
// https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/).
import { describe, expect, it } from 'vitest';
import { sameNetworkInputs, sameRbacInputs } from '@/lib/sim/world/sameInputs';

const object = (kind: string, name: string, namespace?: string) => ({ apiVersion: 'v1', kind, metadata: { name, ...(namespace ? { namespace } : {}) } });

const pod = object('Pod', 'web', 'shop');
const policy = object('NetworkPolicy', 'deny', 'shop');
const role = object('Role', 'reader', 'shop');
const binding = object('RoleBinding', 'reader', 'shop');
const config = object('ConfigMap', 'settings', 'shop');
const base = [pod, policy, role, binding, config];

describe('sameNetworkInputs', () => {
  it('is the same network when only objects no traffic question reads changed, in namespaces already named', () => {
    expect(sameNetworkInputs(base, base)).toBe(true);
    expect(sameNetworkInputs(base, [...base, object('ConfigMap', 'typed', 'shop')])).toBe(true);
    expect(sameNetworkInputs(base, [pod, policy, object('Role', 'reader', 'shop'), binding])).toBe(true);
    expect(sameNetworkInputs(base, [object('Secret', 's', 'shop'), ...base])).toBe(true);
  });

  it('is another network when a pod, policy, Service or namespace object changes, or objects are reordered', () => {
    expect(sameNetworkInputs(base, [object('Pod', 'web', 'shop'), policy, role, binding, config])).toBe(false);
    expect(sameNetworkInputs(base, [...base, object('Service', 'web', 'shop')])).toBe(false);
    expect(sameNetworkInputs(base, [policy, pod, role, binding, config])).toBe(false);
    expect(sameNetworkInputs(base, [pod, role, binding, config])).toBe(false);
  });

  it('is another network when an object of another kind names a new namespace (it now exists)', () => {
    expect(sameNetworkInputs(base, [...base, object('ConfigMap', 'typed', 'elsewhere')])).toBe(false);
    // No namespace is `default` (collectObjects).
    expect(sameNetworkInputs([...base, object('Secret', 'a')], [...base, object('Secret', 'b', 'default')])).toBe(true);
    // Cluster-scoped kinds have no namespace.
    expect(sameNetworkInputs(base, [...base, object('ClusterRole', 'typed', 'elsewhere')])).toBe(true);
  });

  it('counts a kind: List and junk as network inputs', () => {
    expect(sameNetworkInputs(base, [...base, { kind: 'List', items: [] }])).toBe(false);
    expect(sameNetworkInputs(base, [...base, 'junk'])).toBe(false);
  });
});

describe('sameRbacInputs', () => {
  it('is the same RBAC when only other kinds changed', () => {
    expect(sameRbacInputs(base, [object('Pod', 'other', 'x'), ...base.slice(1), object('ConfigMap', 'typed', 'new')])).toBe(true);
  });

  it('is other RBAC when a Role, binding or List changed', () => {
    expect(sameRbacInputs(base, [pod, policy, object('Role', 'reader', 'shop'), binding, config])).toBe(false);
    expect(sameRbacInputs(base, [pod, policy, binding, role, config])).toBe(false);
    expect(sameRbacInputs(base, [...base, object('ClusterRoleBinding', 'typed')])).toBe(false);
    expect(sameRbacInputs(base, [...base, { kind: 'List', items: [] }])).toBe(false);
  });
});
