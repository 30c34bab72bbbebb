import type { AuthorizationVerdict, Lang, LocalizedText } from '../sim';

/** Both languages at once. */
export function both(fn: (lang: Lang) => string): LocalizedText {
  return { en: fn('en'), es: fn('es') };
}

const en = {
  missingTarget: (target: string) => `There is no ${target} in your files or the world yet.`,
  noFinding: (id: string, target: string) => `${target} has no "${id}" finding.`,
  noAuditPolicy: 'There is no audit Policy (audit.k8s.io/v1, kind: Policy) in your files yet.',
  checkPasses: (id: string) => `The check "${id}" passes.`,
  canFix: (expect: 'allow' | 'deny', v: AuthorizationVerdict) =>
    expect === 'allow'
      ? v.nearestMiss ? `Closest: ${v.nearestMiss.message}` : 'No binding gives this subject anything that matches: add a Role (or ClusterRole) with this rule and bind it to the subject.'
      : 'This must be denied: narrow the rule or the binding that allows it (least privilege).',
  leastPrivilegeOk: (n: number) => `Nothing beyond what is needed: all ${n} granted permission(s) are on the allowed list.`,
  leastPrivilegeExtra: (rows: string[]) => `Grants more than needed: ${rows.join('; ')}.`,
  checkMismatch: (path: string, expected: unknown, actual: unknown) => `After admission, ${path} is ${JSON.stringify(actual) ?? 'absent'}, not ${JSON.stringify(expected)}.`,
  leastPrivilegeFix: 'Remove the extra verbs or resources (and avoid wildcards) from the role bound to this subject.',
};

type Words = typeof en;

const es: Words = {
  missingTarget: (target) => `Todavía no hay ${target} en tus archivos ni en el mundo.`,
  noFinding: (id, target) => `${target} no tiene el hallazgo "${id}".`,
  noAuditPolicy: 'Todavía no hay una Policy de auditoría (audit.k8s.io/v1, kind: Policy) en tus archivos.',
  checkPasses: (id) => `El control "${id}" pasa.`,
  canFix: (expect, v) =>
    expect === 'allow'
      ? v.nearestMiss ? `Lo más cercano: ${v.nearestMiss.message}` : 'Ningún binding le da a este sujeto algo que coincida: agregá un Role (o ClusterRole) con esta regla y vinculalo al sujeto.'
      : 'Esto tiene que estar denegado: acotá la regla o el binding que lo permite (mínimo privilegio).',
  leastPrivilegeOk: (n) => `Nada más de lo necesario: los ${n} permisos otorgados están en la lista permitida.`,
  leastPrivilegeExtra: (rows) => `Otorga más de lo necesario: ${rows.join('; ')}.`,
  checkMismatch: (path, expected, actual) => `Después de la admisión, ${path} vale ${JSON.stringify(actual) ?? 'nada'}, no ${JSON.stringify(expected)}.`,
  leastPrivilegeFix: 'Sacá los verbos o recursos de más (y evitá comodines) del rol vinculado a este sujeto.',
};

export function goalWords(lang: Lang): Words {
  return lang === 'es' ? es : en;
}
