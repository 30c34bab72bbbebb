/**
 * Words for the escalation checks on RBAC writes (checkRbacWrite), in English and Spanish.
 */
import type { Lang } from '../types';
import type { RbacWriteVerdict } from './types';

function objectText(verdict: RbacWriteVerdict): string {
  const { kind, namespace, name } = verdict.object;
  return `${kind} ${namespace ? `${namespace}/` : ''}${name}`;
}

function roleRefText(verdict: RbacWriteVerdict, lang: Lang): string {
  const ref = verdict.roleRef;
  if (!ref) return '';
  const where = ref.kind === 'Role' && verdict.object.namespace ? ` (${lang === 'es' ? 'en' : 'in'} ${verdict.object.namespace})` : '';
  return `${ref.kind} ${ref.name}${where}`;
}

const EN: Record<RbacWriteVerdict['via'], (v: RbacWriteVerdict, who: string) => string> = {
  'not-rbac': () => 'not an RBAC object: no escalation check applies',
  'system:masters': (_v, who) => `allowed: ${who} is in system:masters, which may grant anything`,
  escalate: (v, who) => `allowed: ${who} holds the verb escalate on ${v.object.kind === 'Role' ? 'roles' : 'clusterroles'}, so the ${v.object.kind} may grant anything`,
  bind: (v, who) => `allowed: ${who} holds the verb bind on ${roleRefText(v, 'en')}`,
  covers: (v, who) =>
    v.roleRef
      ? `allowed: ${who} already holds every permission of ${roleRefText(v, 'en')}`
      : `allowed: ${who} already holds every permission ${objectText(v)} grants`,
  'denied-missing-role': (v) => `denied: ${roleRefText(v, 'en')} does not exist; only system:masters or a writer with bind on it may bind it before it exists`,
  'denied-escalation': (v, who) =>
    v.roleRef
      ? `denied: ${roleRefText(v, 'en')} grants permissions ${who} does not hold, and ${who} may not bind it (no bind verb)`
      : `denied: ${objectText(v)} grants permissions ${who} does not hold, and ${who} may not escalate (no escalate verb)`,
  'denied-aggregation': (v, who) => `denied: ${objectText(v)} has an aggregationRule, which needs full cluster-admin permissions (or escalate), and ${who} lacks them`,
  invalid: (v) => `invalid: a ${v.object.kind} cannot reference ${v.roleRef?.kind || '(no kind)'}`,
};

const ES: Record<RbacWriteVerdict['via'], (v: RbacWriteVerdict, who: string) => string> = {
  'not-rbac': () => 'no es un objeto RBAC: no se aplica el control de escalada',
  'system:masters': (_v, who) => `permitido: ${who} está en system:masters, que puede otorgar cualquier permiso`,
  escalate: (v, who) => `permitido: ${who} tiene el verbo escalate sobre ${v.object.kind === 'Role' ? 'roles' : 'clusterroles'}, así que el ${v.object.kind} puede otorgar cualquier cosa`,
  bind: (v, who) => `permitido: ${who} tiene el verbo bind sobre ${roleRefText(v, 'es')}`,
  covers: (v, who) =>
    v.roleRef
      ? `permitido: ${who} ya tiene todos los permisos de ${roleRefText(v, 'es')}`
      : `permitido: ${who} ya tiene todos los permisos que otorga ${objectText(v)}`,
  'denied-missing-role': (v) => `denegado: ${roleRefText(v, 'es')} no existe; solo system:masters o quien tenga bind sobre él puede asignarlo antes de que exista`,
  'denied-escalation': (v, who) =>
    v.roleRef
      ? `denegado: ${roleRefText(v, 'es')} otorga permisos que ${who} no tiene, y ${who} no puede asignarlo (le falta el verbo bind)`
      : `denegado: ${objectText(v)} otorga permisos que ${who} no tiene, y ${who} no puede escalar (le falta el verbo escalate)`,
  'denied-aggregation': (v, who) => `denegado: ${objectText(v)} tiene aggregationRule, que exige todos los permisos de cluster-admin (o escalate), y ${who} no los tiene`,
  invalid: (v) => `inválido: un ${v.object.kind} no puede referenciar ${v.roleRef?.kind || '(sin kind)'}`,
};

/**
 * Explain a checkRbacWrite verdict (RBAC privilege-escalation prevention, docs:
 * reference/access-authn-authz/rbac/#privilege-escalation-prevention-and-bootstrapping).
 */
export function describeRbacWrite(verdict: RbacWriteVerdict, lang: Lang): string {
  const table = lang === 'es' ? ES : EN;
  const words = table[verdict?.via] ?? table['not-rbac'];
  const who = verdict?.writer?.user || (lang === 'es' ? 'quien escribe' : 'the writer');
  const base = words(verdict, who);
  const missing = verdict?.message && verdict.via === 'denied-escalation' ? verdict.message.split('\n').slice(1).join(', ') : '';
  return missing ? `${base}. ${lang === 'es' ? 'Le falta' : 'Missing'}: ${missing}` : base;
}
