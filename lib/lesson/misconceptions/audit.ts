// Audit policy traps: the first matching rule decides the level
// (https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#audit-policy; kubernetes/kubernetes
// staging/src/k8s.io/apiserver/pkg/audit/policy/checker.go).
import { fire, list, ofKind, rec, strings } from './helpers';
import { msg } from '../messages';
import type { Detector } from './types';

const CONDITIONS = ['users', 'userGroups', 'verbs', 'resources', 'namespaces', 'nonResourceURLs'];

function coversSecrets(rule: Record<string, unknown>): boolean {
  if (CONDITIONS.every((c) => list(rule[c]).length === 0)) return true;
  if (list(rule.nonResourceURLs).length > 0) return false;
  return list(rule.resources)
    .map(rec)
    .some((gr) => (gr.group ?? '') === '' && (list(gr.resources).length === 0 || strings(gr.resources).includes('secrets')));
}

export const auditDetectors: Detector[] = [
  {
    id: 'audit-catch-all-not-last',
    title: msg('trap.audit-catch-all-not-last.title', {}),
    detect: ({ mine }) =>
      ofKind(mine, 'Policy').flatMap((at) => {
        const rules = list(at.object.rules).map(rec);
        const i = rules.findIndex((r) => CONDITIONS.every((c) => list(r[c]).length === 0));
        return i >= 0 && i < rules.length - 1
          ? [
              fire(
                at,
                `rules[${i}]`,
                msg('trap.audit-catch-all-not-last.why', { p1: String(i + 1), p2: String(rules.length - i - 1) }),
                msg('trap.audit-catch-all-not-last.fix', {}),
              ),
            ]
          : [];
      }),
  },
  {
    id: 'audit-secret-bodies',
    title: msg('trap.audit-secret-bodies.title', {}),
    detect: ({ mine }) =>
      ofKind(mine, 'Policy').flatMap((at) => {
        const rules = list(at.object.rules).map(rec);
        // The first rule every Secret request of every user meets (narrower rules before it only shadow some).
        const first = rules.findIndex((r) => coversSecrets(r) && list(r.users).length + list(r.userGroups).length + list(r.namespaces).length === 0);
        const r = rules[first];
        return r && (r.level === 'Request' || r.level === 'RequestResponse')
          ? [
              fire(
                at,
                `rules[${first}].level`,
                msg('trap.audit-secret-bodies.why', { p1: String(first + 1), p2: String(String(r.level)) }),
                msg('trap.audit-secret-bodies.fix', {}),
              ),
            ]
          : [];
      }),
  },
  {
    id: 'audit-silences-service-accounts',
    title: msg('trap.audit-silences-service-accounts.title', {}),
    detect: ({ mine }) =>
      ofKind(mine, 'Policy').flatMap((at) =>
        list(at.object.rules)
          .map(rec)
          .map((r, i) => ({ r, i }))
          .filter(
            ({ r }) =>
              r.level === 'None' &&
              strings(r.userGroups).some((g) => g.startsWith('system:serviceaccounts')) &&
              ['verbs', 'resources', 'nonResourceURLs'].every((c) => list(r[c]).length === 0),
          )
          .map(({ i }) => fire(at, `rules[${i}]`, msg('trap.audit-silences-service-accounts.why', {}), msg('trap.audit-silences-service-accounts.fix', {}))),
      ),
  },
];
