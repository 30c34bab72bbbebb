/**
 * Words for a nearest miss: "Role dev/pod-reader matches pods in dev but not the verb delete
 * (rule 1, via RoleBinding dev/read-pods)", in English and Spanish.
 */
import type { Lang } from '../types';
import type { Identity, MissDetail, MissPart, NormalizedAttributes } from './types';
import { bindingText, joinWords, resourceText, roleText, ruleNumber, subjectWords, whoText } from './words';

function quoteList(items: readonly string[]): string {
  return items.map((item) => `"${item}"`).join(', ');
}

interface LackWords {
  text: string;
  hint?: string;
}

function nameLack(miss: MissDetail, name: string, lang: Lang): LackWords {
  const allowed = quoteList(miss.rule.resourceNames);
  if (lang === 'es') {
    return name
      ? { text: `el nombre "${name}"`, hint: `la regla solo permite ${allowed}` }
      : { text: 'un pedido sin nombre', hint: `list, watch, create y deletecollection no llevan nombre, y la regla está limitada a ${allowed}` };
  }
  return name
    ? { text: `the name "${name}"`, hint: `the rule only allows ${allowed}` }
    : { text: 'a request without a name', hint: `list, watch, create and deletecollection carry none, and the rule is limited to ${allowed}` };
}

function resourceLack(miss: MissDetail, a: Extract<NormalizedAttributes, { kind: 'resource' }>, lang: Lang): LackWords {
  const what = a.subresource ? `${a.resource}/${a.subresource}` : a.resource;
  const parentListed = a.subresource !== '' && miss.rule.resources.includes(a.resource);
  if (lang === 'es') return { text: `el recurso ${what}`, hint: parentListed ? `una regla sobre ${a.resource} no cubre ${what}` : undefined };
  return { text: `the resource ${what}`, hint: parentListed ? `a rule on ${a.resource} does not cover ${what}` : undefined };
}

function lackWords(part: MissPart, miss: MissDetail, a: NormalizedAttributes, lang: Lang): LackWords | null {
  const es = lang === 'es';
  switch (part) {
    case 'verb':
      return { text: es ? `el verbo ${a.verb}` : `the verb ${a.verb}` };
    case 'apiGroup':
      if (a.kind !== 'resource') return null;
      return { text: `${es ? 'el grupo de API' : 'the API group'} "${a.group}"${a.group ? '' : ' (core)'}` };
    case 'resource':
      return a.kind === 'resource' ? resourceLack(miss, a, lang) : null;
    case 'resourceName':
      return a.kind === 'resource' ? nameLack(miss, a.name, lang) : null;
    case 'nonResourceURL':
      return a.kind === 'nonResource' ? { text: es ? `la ruta ${a.path}` : `the path ${a.path}` } : null;
    case 'kind':
      if (a.kind === 'resource') return { text: es ? 'recursos' : 'resources', hint: es ? 'esa regla solo lista nonResourceURLs' : 'that rule only lists nonResourceURLs' };
      return { text: es ? `rutas como ${a.path}` : `paths like ${a.path}`, hint: es ? 'esa regla solo lista recursos' : 'that rule only lists resources' };
    default:
      return null;
  }
}

function matchedWords(miss: MissDetail, a: NormalizedAttributes, lang: Lang): string | null {
  const lacks = new Set(miss.lacks);
  const es = lang === 'es';
  if (a.kind === 'resource' && !lacks.has('resource') && !lacks.has('kind')) return resourceText(a.resource, a.group, a.subresource);
  if (a.kind === 'nonResource' && !lacks.has('nonResourceURL') && !lacks.has('kind')) return es ? `la ruta ${a.path}` : `the path ${a.path}`;
  if (!lacks.has('verb')) return es ? `el verbo ${a.verb}` : `the verb ${a.verb}`;
  return null;
}

function scopeOf(miss: MissDetail, a: NormalizedAttributes, lang: Lang): string {
  const namespace = miss.binding.kind === 'RoleBinding' ? (miss.binding.namespace ?? '') : a.kind === 'resource' ? a.namespace : '';
  if (lang === 'es') return namespace ? `en ${namespace}` : 'en todo el clúster';
  return namespace ? `in ${namespace}` : 'cluster-wide';
}

/** "Role x matches pods in dev but not the verb delete (rule 1, via RoleBinding dev/y)". */
function ruleMissWords(miss: MissDetail, a: NormalizedAttributes, lang: Lang): string {
  const parts = miss.lacks.filter((p) => p !== 'namespace' && p !== 'subject');
  const words = parts.map((p) => lackWords(p, miss, a, lang)).filter((w): w is LackWords => w !== null);
  const lacking = joinWords(words.map((w) => w.text), lang, 'nor');
  const hints = words.map((w) => w.hint).filter((h): h is string => h !== undefined);
  const matched = matchedWords(miss, a, lang);
  const via = `(${ruleNumber(miss.ruleIndex, lang)}, ${lang === 'es' ? 'vía el' : 'via'} ${bindingText(miss.binding)})${hints.length ? `; ${hints.join('; ')}` : ''}`;
  const role = roleText(miss.role);
  const scope = scopeOf(miss, a, lang);
  if (lang === 'es') {
    return matched
      ? `el ${role} coincide con ${matched} ${scope} pero no con ${lacking} ${via}`
      : `el ${role} aplica ${scope} pero no coincide con ${lacking} ${via}`;
  }
  return matched ? `${role} matches ${matched} ${scope} but not ${lacking} ${via}` : `${role} applies ${scope} but does not match ${lacking} ${via}`;
}

function requestScopeWords(a: NormalizedAttributes, lang: Lang, short: boolean): string {
  const es = lang === 'es';
  if (a.kind === 'nonResource') return es ? 'una ruta no tiene namespace, así que los RoleBindings nunca aplican' : 'a path has no namespace, so RoleBindings never apply to it';
  if (a.namespace) return es ? `el pedido es en ${a.namespace}` : `the request is in ${a.namespace}`;
  if (short) return es ? 'el pedido no tiene namespace' : 'the request has no namespace';
  return es
    ? 'el pedido no tiene namespace (es a nivel de clúster o sobre todos los namespaces), y un RoleBinding solo vale dentro de su namespace'
    : 'the request has no namespace (cluster-scoped or across all namespaces), and a RoleBinding only counts inside its namespace';
}

function namespaceMissWords(miss: MissDetail, a: NormalizedAttributes, lang: Lang): string {
  const where = miss.binding.namespace ?? '';
  const es = lang === 'es';
  const binding = bindingText(miss.binding);
  if (miss.lacks.length === 1) {
    const request = requestScopeWords(a, lang, false);
    return es ? `el ${binding} da este permiso en el namespace ${where}, pero ${request}` : `${binding} grants this in namespace ${where}, but ${request}`;
  }
  const request = requestScopeWords(a, lang, true);
  const rest = ruleMissWords(miss, a, lang);
  return es ? `el ${binding} solo aplica en el namespace ${where} (${request}); además, ${rest}` : `${binding} only applies in namespace ${where} (${request}); besides, ${rest}`;
}

function subjectMissWords(miss: MissDetail, identity: Identity, lang: Lang): string {
  const es = lang === 'es';
  const who = whoText(identity.user, identity.groups, lang);
  const subjects = joinWords(miss.subjects.map((s) => subjectWords(s, lang, true)), lang, 'and');
  const head = `${es ? 'el ' : ''}${roleText(miss.role)} (${ruleNumber(miss.ruleIndex, lang)})`;
  const binding = bindingText(miss.binding);
  if (miss.subjects.length === 0) return es ? `${head} permite esto, pero el ${binding} no tiene subjects` : `${head} allows this, but ${binding} has no subjects`;
  const single = miss.subjects.length === 1 ? miss.subjects[0] : null;
  if (single?.kind === 'Group') return es ? `${head} está asignado ${subjects} (${binding}), pero ${who} no está en él` : `${head} is bound to ${subjects} (${binding}), but ${who} is not in it`;
  if (single) return es ? `${head} está asignado ${subjects} (${binding}), no a ${who}` : `${head} is bound to ${subjects} (${binding}), not to ${who}`;
  return es ? `${head} está asignado ${subjects} (${binding}), y ${who} no es ninguno de ellos` : `${head} is bound to ${subjects} (${binding}), and ${who} is none of them`;
}

/** A subject naming the user in another case, or the user's ServiceAccount in another namespace. */
function nearNameWords(miss: MissDetail, identity: Identity, lang: Lang): string {
  const es = lang === 'es';
  const user = identity.user;
  const sa = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(user);
  for (const s of miss.subjects) {
    if (s.kind === 'User' && s.name !== user && s.name.toLowerCase() === user.toLowerCase()) {
      return es ? ` Ojo: el subject dice "${s.name}" y el usuario es "${user}": los nombres distinguen mayúsculas.` : ` Note: the subject says "${s.name}" but the user is "${user}": names are case-sensitive.`;
    }
    if (s.kind === 'ServiceAccount' && sa && s.name === sa[2] && s.namespace !== sa[1]) {
      return es ? ` Ojo: el subject es la ServiceAccount ${s.namespace ?? '?'}/${s.name}, pero quien pide es ${sa[1]}/${sa[2]}.` : ` Note: the subject is ServiceAccount ${s.namespace ?? '?'}/${s.name}, but the requester is ${sa[1]}/${sa[2]}.`;
    }
  }
  return '';
}

/** Words for one nearest miss (lower-case start; callers capitalise). */
export function describeMiss(miss: MissDetail, attributes: NormalizedAttributes, identity: Identity, lang: Lang): string {
  if (miss.lacks.includes('subject')) {
    const others = miss.lacks.filter((p) => p !== 'subject' && p !== 'namespace');
    const rest = others.length ? `${lang === 'es' ? '; además, ' : '; besides, '}${ruleMissWords(miss, attributes, lang)}` : '';
    return `${subjectMissWords(miss, identity, lang).replace(lang === 'es' ? ' permite esto,' : ' allows this,', lang === 'es' ? ' aplica,' : ' applies,')}${rest}.${nearNameWords(miss, identity, lang)}`.replace(/\.\.$/, '.').replace(/\.$/, '');
  }
  if (miss.lacks.includes('namespace')) return namespaceMissWords(miss, attributes, lang);
  return ruleMissWords(miss, attributes, lang);
}
