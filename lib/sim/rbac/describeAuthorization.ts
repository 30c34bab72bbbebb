/**
 * Words for an authorization verdict, in English and Spanish:
 * "allowed by RoleBinding dev/read-pods (Role pod-reader, rule 1) to User alice" /
 * "permitido por el RoleBinding dev/read-pods (Role pod-reader, regla 1) a User alice".
 */
import type { AuthorizationVerdict, Lang } from '../types';
import { describeMiss } from './describeMiss';
import { isRecord } from './read';
import { describeSubjectRef, MASTERS_GROUP } from './subjects';
import type { RbacVerdict, UnusableBinding } from './types';
import { bindingText, joinWords, requestText, roleText, ruleNumber, whoText } from './words';

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function isRbacVerdict(verdict: AuthorizationVerdict): verdict is RbacVerdict {
  return isRecord((verdict as unknown as Record<string, unknown>).identity) && 'attributes' in verdict;
}

function describeAllowedBy(verdict: RbacVerdict, lang: Lang): string {
  const decided = verdict.decidedBy;
  if (!decided || 'privilegedGroup' in decided) {
    const user = verdict.identity.user || MASTERS_GROUP;
    return lang === 'es'
      ? `permitido: ${user} está en el grupo ${MASTERS_GROUP}, al que el API server le permite todo sin mirar RBAC`
      : `allowed: ${user} is in group ${MASTERS_GROUP}, which the API server allows everything without consulting RBAC`;
  }
  const role = decided.role.kind === 'Role' ? `Role ${decided.role.name}` : `ClusterRole ${decided.role.name}`;
  const source = verdict.rule?.aggregatedFrom;
  const aggregated = source
    ? lang === 'es'
      ? `, agregada desde el ClusterRole ${source.clusterRole}`
      : `, aggregated from ClusterRole ${source.clusterRole}`
    : '';
  const subject = verdict.subject ? describeSubjectRef(verdict.subject) : '?';
  const inner = `${role}, ${ruleNumber(decided.ruleIndex, lang)}${aggregated}`;
  return lang === 'es'
    ? `permitido por el ${bindingText(decided.binding)} (${inner}) a ${subject}`
    : `allowed by ${bindingText(decided.binding)} (${inner}) to ${subject}`;
}

function unusableRole(item: UnusableBinding): string {
  const { binding, roleRef } = item;
  return roleRef.kind === 'Role' ? roleText({ kind: 'Role', namespace: binding.namespace, name: roleRef.name }) : roleText({ kind: 'ClusterRole', name: roleRef.name });
}

function unusableWords(item: UnusableBinding, who: string, lang: Lang): string {
  const binding = bindingText(item.binding);
  const role = unusableRole(item);
  const es = lang === 'es';
  const head = es ? `El ${binding} nombra a ${who}, pero` : `${binding} names ${who}, but`;
  switch (item.problem) {
    case 'missing-role': {
      const where = joinWords(item.foundIn ?? [], lang, 'and');
      if (where) {
        return es
          ? `${head} su ${role} no existe (hay un Role ${item.roleRef.name} en ${where}, pero un RoleBinding solo usa Roles de su propio namespace)`
          : `${head} its ${role} does not exist (there is a Role ${item.roleRef.name} in ${where}, but a RoleBinding only uses Roles of its own namespace)`;
      }
      return es ? `${head} su ${role} no existe` : `${head} its ${role} does not exist`;
    }
    case 'unsupported-role-kind':
      return es ? `${head} su roleRef.kind "${item.roleRef.kind}" no es Role ni ClusterRole` : `${head} its roleRef.kind "${item.roleRef.kind}" is neither Role nor ClusterRole`;
    case 'no-rules':
      return es ? `${head} el ${role} no tiene reglas` : `${head} ${role} has no rules`;
    default:
      return es
        ? `${head} el ${role} no tiene reglas: es agregado, así que sus reglas escritas a mano se reemplazan por las de los ClusterRoles que eligen sus selectores, y ninguno aporta`
        : `${head} ${role} has no rules: it is aggregated, so its hand-written rules are replaced by those of the ClusterRoles its selectors pick, and none contributes any`;
  }
}

function describeDenied(verdict: RbacVerdict, lang: Lang): string {
  const es = lang === 'es';
  if (verdict.invalid || !verdict.attributes) {
    return es ? `denegado: el pedido no es válido (${verdict.invalid ?? 'sin atributos'})` : `denied: invalid request (${verdict.invalid ?? 'no attributes'})`;
  }
  const who = whoText(verdict.identity.user, verdict.identity.groups, lang);
  const head = es
    ? `denegado: ninguna regla RBAC le permite a ${who} ${requestText(verdict.attributes, lang)}.`
    : `denied: no RBAC rule allows ${who} to ${requestText(verdict.attributes, lang)}.`;
  const unusable = (verdict.unusable ?? []).slice(0, 3).map((item) => ` ${unusableWords(item, who, lang)}.`).join('');
  const nothing = es
    ? ' Ningún binding menciona a este usuario ni a sus grupos, y ninguno en este alcance da este permiso.'
    : ' No binding names this user or any of their groups, and none in scope grants this.';
  const miss = verdict.miss
    ? ` ${es ? 'Lo más cerca' : 'Nearest miss'}: ${describeMiss(verdict.miss, verdict.attributes, verdict.identity, lang)}.${unusable}`
    : unusable || nothing;
  const errors = verdict.errors?.length
    ? es
      ? ` Errores de RBAC: ${verdict.errors.join('; ')}.`
      : ` RBAC errors: ${verdict.errors.join('; ')}.`
    : '';
  return head + miss + errors;
}

function describeForeign(verdict: AuthorizationVerdict, lang: Lang): string {
  if (lang === 'en') return String(verdict?.reason ?? '');
  const decided = verdict?.decidedBy;
  if (verdict?.allowed && decided && 'binding' in decided) {
    return `permitido por el ${bindingText(decided.binding)} (${decided.role.kind} ${decided.role.name}, ${ruleNumber(decided.ruleIndex, 'es')})`;
  }
  if (verdict?.allowed) return 'permitido';
  return verdict?.nearestMiss ? `denegado. Lo más cerca: ${verdict.nearestMiss.message}` : 'denegado: ninguna regla RBAC lo permite';
}

/**
 * Explain a verdict of `authorize` in words. Models the "allowed by <binding> of <role> to
 * <subject>" description of k8s `plugin/pkg/auth/authorizer/rbac/rbac.go`, plus (not in
 * Kubernetes) the nearest miss when denied. Rule numbers in words are 1-based.
 */
export function describeAuthorization(verdict: AuthorizationVerdict, lang: Lang): string {
  const language: Lang = lang === 'es' ? 'es' : 'en';
  if (!isRecord(verdict)) return language === 'es' ? 'sin veredicto' : 'no verdict';
  if (!isRbacVerdict(verdict)) return describeForeign(verdict, language);
  return verdict.allowed ? describeAllowedBy(verdict, language) : describeDenied(verdict, language);
}

/** The nearest-miss message with a capital first letter, as stored in `nearestMiss.message`. */
export function describeMissSentence(verdict: RbacVerdict, lang: Lang): string {
  if (!verdict.miss || !verdict.attributes) return '';
  return capitalise(describeMiss(verdict.miss, verdict.attributes, verdict.identity, lang));
}
