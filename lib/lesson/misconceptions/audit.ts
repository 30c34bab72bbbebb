// Audit policy traps: the first matching rule decides the level
// (https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#audit-policy; kubernetes/kubernetes
// staging/src/k8s.io/apiserver/pkg/audit/policy/checker.go).
import { fire, list, ofKind, rec, strings } from './helpers';
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
    title: { en: 'The first matching audit rule wins', es: 'Gana la primera regla de auditoría que coincide' },
    detect: ({ mine }) =>
      ofKind(mine, 'Policy').flatMap((at) => {
        const rules = list(at.object.rules).map(rec);
        const i = rules.findIndex((r) => CONDITIONS.every((c) => list(r[c]).length === 0));
        return i >= 0 && i < rules.length - 1
          ? [
              fire(
                at,
                `rules[${i}]`,
                [
                  `Rule ${i + 1} matches every request and the first matching rule wins, so the ${rules.length - i - 1} rule(s) after it never apply.`,
                  `Move the catch-all rule to the end of \`rules\`.`,
                ],
                [
                  `La regla ${i + 1} coincide con todas las solicitudes y gana la primera que coincide, así que las ${rules.length - i - 1} regla(s) de después nunca se aplican.`,
                  'Mové la regla que atrapa todo al final de `rules`.',
                ],
              ),
            ]
          : [];
      }),
  },
  {
    id: 'audit-secret-bodies',
    title: { en: 'Request bodies of Secrets land in the log', es: 'Los cuerpos de los Secrets terminan en el log' },
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
                [
                  `Rule ${first + 1} logs Secrets at \`${String(r.level)}\`: the Secret data (passwords, tokens) is written into the audit log.`,
                  'Put a rule for `secrets` (and `configmaps`) at `Metadata` above it.',
                ],
                [
                  `La regla ${first + 1} registra los Secrets a nivel \`${String(r.level)}\`: los datos del Secret (contraseñas, tokens) quedan escritos en el log de auditoría.`,
                  'Poné arriba una regla para `secrets` (y `configmaps`) con nivel `Metadata`.',
                ],
              ),
            ]
          : [];
      }),
  },
  {
    id: 'audit-silences-service-accounts',
    title: { en: 'Silencing an app silences its attacker too', es: 'Silenciar una app también silencia a quien la ataca' },
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
          .map(({ i }) =>
            fire(
              at,
              `rules[${i}]`,
              [
                'A `None` rule for a whole ServiceAccount group hides everything done with those tokens, including by someone who stole one.',
                'Silence only the noisy, harmless requests (specific verbs or resources), not the identity.',
              ],
              [
                'Una regla `None` para todo un grupo de ServiceAccounts esconde todo lo que se haga con esos tokens, incluso si alguien robó uno.',
                'Silenciá solo las solicitudes ruidosas e inofensivas (verbos o recursos puntuales), no la identidad.',
              ],
            ),
          ),
      ),
  },
];
