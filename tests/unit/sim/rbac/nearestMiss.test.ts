// Nearest miss of a denial: which binding and rule came closest, what it lacks (data), and
// the words in English and Spanish.
import { render } from '@/lib/i18n/messages';
import { describe, expect, it } from 'vitest';
import { authorize, describeAuthorization } from '../../../../lib/sim/rbac';
import { can, canPath, cluster, clusterRole, clusterRoleBinding, group, role, roleBinding, user } from './fixtures';

const world = cluster(
  role('dev', 'pod-reader', [{ apiGroups: [''], resources: ['pods'], verbs: ['get', 'list'] }]),
  roleBinding('dev', 'read-pods', { kind: 'Role', name: 'pod-reader' }, [user('alice')]),
  clusterRole('view', [{ apiGroups: [''], resources: ['configmaps'], verbs: ['get'] }]),
  clusterRoleBinding('devs-view', 'view', [group('devs')]),
  role('dev', 'one-cm', [{ apiGroups: [''], resources: ['secrets'], resourceNames: ['app'], verbs: ['get', 'list'] }]),
  roleBinding('dev', 'cm', { kind: 'Role', name: 'one-cm' }, [user('carol')]),
  clusterRole('health', [{ nonResourceURLs: ['/healthz'], verbs: ['get'] }]),
  clusterRoleBinding('health', 'health', [user('carol')]),
);

describe('what a miss lacks (data)', () => {
  const table: [string, Parameters<typeof authorize>[1], { binding: string; ruleIndex: number; lacks: string[] }][] = [
    ['verb', can('alice', 'delete', 'pods', 'dev', { name: 'web' }), { binding: 'read-pods', ruleIndex: 0, lacks: ['verb'] }],
    ['namespace', can('alice', 'get', 'pods', 'prod'), { binding: 'read-pods', ruleIndex: 0, lacks: ['namespace'] }],
    ['namespace of a cluster-wide request', can('alice', 'list', 'pods', ''), { binding: 'read-pods', ruleIndex: 0, lacks: ['namespace'] }],
    ['resource (subresource)', can('alice', 'get', 'pods/log', 'dev', { name: 'web' }), { binding: 'read-pods', ruleIndex: 0, lacks: ['resource'] }],
    ['apiGroup', can('alice', 'get', 'pods', 'dev', { group: 'metrics.k8s.io' }), { binding: 'read-pods', ruleIndex: 0, lacks: ['apiGroup'] }],
    ['subject (group)', can('bob', 'get', 'configmaps', 'dev'), { binding: 'devs-view', ruleIndex: 0, lacks: ['subject'] }],
    ['resourceName on a nameless list', can('carol', 'list', 'secrets', 'dev'), { binding: 'cm', ruleIndex: 0, lacks: ['resourceName'] }],
    ['non-resource path', canPath('carol', 'get', '/metrics'), { binding: 'health', ruleIndex: 0, lacks: ['nonResourceURL'] }],
    ['kind: a resource rule for a path', canPath('alice', 'get', '/healthz/x'), { binding: 'read-pods', ruleIndex: 0, lacks: ['namespace', 'kind'] }],
  ];
  it.each(table)('%s', (_title, request, expected) => {
    const verdict = authorize(world, request);
    expect(verdict.allowed).toBe(false);
    expect(verdict.nearestMiss).toMatchObject({ binding: { name: expected.binding }, ruleIndex: expected.ruleIndex, lacks: expected.lacks });
  });

  it('prefers a binding of the user over one that only misses the subject', () => {
    const verdict = authorize(world, can('alice', 'get', 'configmaps', 'dev'));
    expect(verdict.nearestMiss).toMatchObject({ binding: { name: 'read-pods' }, lacks: ['resource'] });
  });

  it('prefers in-scope rule misses over other namespaces', () => {
    const w = cluster(
      role('dev', 'a', [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }]),
      roleBinding('dev', 'a', { kind: 'Role', name: 'a' }, [user('u')]),
      role('prod', 'b', [{ apiGroups: [''], resources: ['services'], verbs: ['get'] }]),
      roleBinding('prod', 'b', { kind: 'Role', name: 'b' }, [user('u')]),
    );
    expect(authorize(w, can('u', 'delete', 'pods', 'dev')).nearestMiss).toMatchObject({ binding: { name: 'a' }, lacks: ['verb'] });
    expect(authorize(w, can('u', 'get', 'services', 'dev')).nearestMiss).toMatchObject({ binding: { name: 'a' }, lacks: ['resource'] });
    expect(authorize(w, can('u', 'get', 'services', 'staging')).nearestMiss).toMatchObject({ binding: { name: 'b' }, lacks: ['namespace'] });
  });

  it('has no nearest miss when nothing comes close', () => {
    const verdict = authorize(world, can('nobody', 'get', 'nodes', ''));
    expect(verdict.nearestMiss).toBeUndefined();
    expect(verdict.reason).toBe(
      'denied: no RBAC rule allows nobody to get nodes at the cluster scope. No binding names this user or any of their groups, and none in scope grants this.',
    );
  });
});

describe('words', () => {
  const table: [string, Parameters<typeof authorize>[1], string, string][] = [
    [
      'verb',
      can('alice', 'delete', 'pods', 'dev', { name: 'web' }),
      'Role dev/pod-reader matches pods in dev but not the verb delete (rule 1, via RoleBinding dev/read-pods)',
      'El Role dev/pod-reader coincide con pods en dev pero no con el verbo delete (regla 1, vía el RoleBinding dev/read-pods)',
    ],
    [
      'namespace',
      can('alice', 'get', 'pods', 'prod'),
      'RoleBinding dev/read-pods grants this in namespace dev, but the request is in prod',
      'El RoleBinding dev/read-pods da este permiso en el namespace dev, pero el pedido es en prod',
    ],
    [
      'subject',
      can('bob', 'get', 'configmaps', 'dev'),
      'ClusterRole view (rule 1) is bound to group devs (ClusterRoleBinding devs-view), but bob is not in it',
      'El ClusterRole view (regla 1) está asignado al grupo devs (ClusterRoleBinding devs-view), pero bob no está en él',
    ],
    [
      'subresource hint',
      can('alice', 'get', 'pods/log', 'dev', { name: 'web' }),
      'Role dev/pod-reader matches the verb get in dev but not the resource pods/log (rule 1, via RoleBinding dev/read-pods); a rule on pods does not cover pods/log',
      'El Role dev/pod-reader coincide con el verbo get en dev pero no con el recurso pods/log (regla 1, vía el RoleBinding dev/read-pods); una regla sobre pods no cubre pods/log',
    ],
    [
      'two lacks',
      can('alice', 'watch', 'services', 'dev'),
      'Role dev/pod-reader applies in dev but does not match the resource services or the verb watch (rule 1, via RoleBinding dev/read-pods)',
      'El Role dev/pod-reader aplica en dev pero no coincide con el recurso services ni el verbo watch (regla 1, vía el RoleBinding dev/read-pods)',
    ],
  ];
  it.each(table)('%s', (_title, request, en, es) => {
    const verdict = authorize(world, request);
    expect(verdict.nearestMiss?.message).toBe(en);
    expect(verdict.reason).toContain(en.slice(1));
    expect(render('es', describeAuthorization(verdict))).toContain(es.slice(1));
  });

  it('allowed, in both languages', () => {
    const verdict = authorize(world, can('alice', 'get', 'pods', 'dev'));
    expect(render('en', describeAuthorization(verdict))).toBe('allowed by RoleBinding dev/read-pods (Role pod-reader, rule 1) to User alice');
    expect(render('es', describeAuthorization(verdict))).toBe('permitido por el RoleBinding dev/read-pods (Role pod-reader, regla 1) a User alice');
  });

  it('explains a binding to an aggregated role without rules', () => {
    const w = cluster(
      clusterRole('mon', [{ apiGroups: [''], resources: ['secrets'], verbs: ['get'] }], {
        aggregationRule: { clusterRoleSelectors: [{ matchLabels: { a: 'b' } }] },
      }),
      clusterRoleBinding('mon', 'mon', [user('erin')]),
    );
    const verdict = authorize(w, can('erin', 'get', 'secrets', 'default'));
    expect(verdict.unusable).toEqual([
      { binding: { kind: 'ClusterRoleBinding', name: 'mon' }, roleRef: { kind: 'ClusterRole', name: 'mon' }, problem: 'aggregated-no-rules' },
    ]);
    expect(verdict.reason).toContain('ClusterRoleBinding mon names erin, but ClusterRole mon has no rules: it is aggregated');
    expect(render('es', describeAuthorization(verdict))).toContain(
      'El ClusterRoleBinding mon nombra a erin, pero el ClusterRole mon no tiene reglas: es agregado',
    );
  });

  it('points at a Role of the same name in another namespace', () => {
    const w = cluster(role('prod', 'admin', []), roleBinding('dev', 'b', { kind: 'Role', name: 'admin' }, [user('alice')]));
    const verdict = authorize(w, can('alice', 'get', 'pods', 'dev'));
    expect(verdict.unusable?.[0]).toMatchObject({ problem: 'missing-role', foundIn: ['prod'] });
    expect(verdict.reason).toContain('there is a Role admin in prod, but a RoleBinding only uses Roles of its own namespace');
  });

  it('describes verdicts from elsewhere with their own reason', () => {
    const foreign = { allowed: false, reason: 'denied by webhook' };
    expect(render('en', describeAuthorization(foreign))).toBe('denied by webhook');
    expect(render('es', describeAuthorization(foreign))).toBe('denegado: ninguna regla RBAC lo permite');
  });
});
