import { render } from '../i18n/messages';
import type { AuthorizationVerdict, Lang, LocalizedText, PodSecurityViolation } from '../sim';
import type { CanQuestion } from './types';

/** A Pod Security violation's reason in the learner's language (English: upstream's text). */
export function violationReason(v: PodSecurityViolation, lang: Lang): string {
  return v.reasonText ? render(lang, v.reasonText) : v.reason;
}

/** A Pod Security violation's detail in the learner's language (English: upstream's text). */
export function violationDetail(v: PodSecurityViolation, lang: Lang): string {
  return v.detailText ? render(lang, v.detailText) : v.detail;
}

/** Both languages at once. */
export function both(fn: (lang: Lang) => string): LocalizedText {
  return { en: fn('en'), es: fn('es') };
}

const en = {
  missingTarget: (target: string) => `There is no ${target} in your files or the world yet.`,
  missingTargetFix: (target: string) => `Write ${target} in your file (kind, namespace and name exactly as written here: they are case-sensitive).`,
  rejectedFix:
    'Fix what the reason above names first (it is also in the Problems list of that file): until the API server accepts the object, this goal cannot see it.',
  noAuditPolicyFix: 'Write an audit Policy with `apiVersion: audit.k8s.io/v1`, `kind: Policy` and its `rules` in your file.',
  noFinding: (id: string, target: string) => `${target} has no "${id}" finding.`,
  noAuditPolicy: 'There is no audit Policy (audit.k8s.io/v1, kind: Policy) in your files yet.',
  checkPasses: (id: string) => `The check "${id}" passes.`,
  canFix: (expect: 'allow' | 'deny', v: AuthorizationVerdict, q: CanQuestion) =>
    expect === 'allow'
      ? v.nearestMiss
        ? missSteps('en', v.nearestMiss, q)
        : 'No binding gives this subject anything that matches: add a Role (or ClusterRole) with this rule and bind it to the subject.'
      : 'This must be denied: narrow the rule or the binding that allows it (least privilege).',
  leastPrivilegeOk: (n: number) => `Nothing beyond what is needed: all ${n} granted permission(s) are on the allowed list.`,
  leastPrivilegeExtra: (rows: string[]) => `Grants more than needed: ${rows.join('; ')}.`,
  checkMismatch: (path: string, expected: unknown, actual: unknown) =>
    `After admission, ${path} is ${JSON.stringify(actual) ?? 'absent'}, not ${JSON.stringify(expected)}.`,
  leastPrivilegeFix: 'Remove the extra verbs or resources (and avoid wildcards) from the role bound to this subject.',
};

type Words = typeof en;

const es: Words = {
  missingTarget: (target) => `Todavía no hay ${target} en tus archivos ni en el mundo.`,
  missingTargetFix: (target) => `Escribí ${target} en tu archivo (tipo, namespace y nombre tal cual están acá: distinguen mayúsculas).`,
  rejectedFix:
    'Primero arreglá lo que nombra el motivo de arriba (también está en la lista de problemas de ese archivo): hasta que el API server acepte el objeto, este objetivo no lo puede ver.',
  noAuditPolicyFix: 'Escribí una Policy de auditoría con `apiVersion: audit.k8s.io/v1`, `kind: Policy` y sus `rules` en tu archivo.',
  noFinding: (id, target) => `${target} no tiene el hallazgo "${id}".`,
  noAuditPolicy: 'Todavía no hay una Policy de auditoría (audit.k8s.io/v1, kind: Policy) en tus archivos.',
  checkPasses: (id) => `El control "${id}" pasa.`,
  canFix: (expect, v, q) =>
    expect === 'allow'
      ? v.nearestMiss
        ? missSteps('es', v.nearestMiss, q)
        : 'Ningún binding le da a este sujeto algo que coincida: agregá un Role (o ClusterRole) con esta regla y vinculalo al sujeto.'
      : 'Esto tiene que estar denegado: acotá la regla o el binding que lo permite (mínimo privilegio).',
  leastPrivilegeOk: (n) => `Nada más de lo necesario: los ${n} permisos otorgados están en la lista permitida.`,
  leastPrivilegeExtra: (rows) => `Otorga más de lo necesario: ${rows.join('; ')}.`,
  checkMismatch: (path, expected, actual) => `Después de la admisión, ${path} vale ${JSON.stringify(actual) ?? 'nada'}, no ${JSON.stringify(expected)}.`,
  leastPrivilegeFix: 'Sacá los verbos o recursos de más (y evitá comodines) del rol vinculado a este sujeto.',
};

type Miss = NonNullable<AuthorizationVerdict['nearestMiss']>;

/** Concrete steps from what the nearest rule and binding lack (the explanation already says which). */
function missSteps(lang: Lang, miss: Miss, q: CanQuestion): string {
  const es = lang === 'es';
  const rule = `${es ? 'la regla' : 'rule'} ${miss.ruleIndex + 1} ${es ? 'de' : 'of'} ${miss.role.kind} ${miss.role.namespace ? `${miss.role.namespace}/` : ''}${miss.role.name}`;
  const binding = `${miss.binding.kind} ${miss.binding.namespace ? `${miss.binding.namespace}/` : ''}${miss.binding.name}`;
  const resource = q.subresource ? `${q.resource}/${q.subresource}` : (q.resource ?? q.path ?? '');
  const steps: string[] = [];
  for (const part of miss.lacks) {
    if (part === 'subject')
      steps.push(es ? `en ${binding}, nombrá exactamente a ${q.as ?? q.asPod} como subject` : `in ${binding}, name ${q.as ?? q.asPod} exactly as a subject`);
    if (part === 'namespace')
      steps.push(
        es
          ? `el permiso tiene que valer en ${q.namespace || 'todo el clúster'}: un RoleBinding en ese namespace (o un ClusterRoleBinding)`
          : `the grant must apply in ${q.namespace || 'the whole cluster'}: a RoleBinding in that namespace (or a ClusterRoleBinding)`,
      );
    if (part === 'verb') steps.push(es ? `agregá el verbo \`${q.verb}\` a ${rule}` : `add the verb \`${q.verb}\` to ${rule}`);
    if (part === 'resource' || part === 'nonResourceURL') steps.push(es ? `agregá \`${resource}\` a ${rule}` : `add \`${resource}\` to ${rule}`);
    if (part === 'apiGroup') steps.push(es ? `usá el apiGroup \`${q.group ?? ''}\` en ${rule}` : `use the apiGroup \`${q.group ?? ''}\` in ${rule}`);
    if (part === 'resourceName')
      steps.push(
        es
          ? `agregá \`${q.name ?? ''}\` a resourceNames de ${rule} (o sacá resourceNames si el pedido no nombra un objeto)`
          : `add \`${q.name ?? ''}\` to the resourceNames of ${rule} (or drop resourceNames if the request names no object)`,
      );
    if (part === 'kind')
      steps.push(
        es
          ? `${rule} es del otro tipo (recursos vs. URLs): escribí una regla del tipo que corresponde`
          : `${rule} is of the other kind (resources vs URLs): write a rule of the right kind`,
      );
  }
  if (steps.length === 0) return miss.message;
  const text = steps.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

export function goalWords(lang: Lang): Words {
  return lang === 'es' ? es : en;
}
