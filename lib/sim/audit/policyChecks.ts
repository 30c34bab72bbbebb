/**
 * Field-value checks of an audit Policy, as k8s.io/apiserver
 * `pkg/apis/audit/validation/validation.go` does them. Each returns problems in both languages.
 */
import { AUDIT_LEVELS, AUDIT_STAGES } from './types';
import { DEFAULT_SERVER_MINOR } from '../version';
import { isRecord } from '../support/record';
export { isRecord };

export interface PolicyProblem {
  path: string;
  code: string;
  severity: 'error' | 'warning' | 'info';
  en: string;
  es: string;
}


/** Quote a learner value for a message, bounded so junk cannot flood the UI. */
export function quote(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    text = String(typeof value);
  }
  return `"${text.length > 80 ? `${text.slice(0, 77)}...` : text}"`;
}

function listOf(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(', ');
}

/** `level` must be one of the four levels (validateLevel). */
export function checkLevel(level: unknown, path: string): PolicyProblem[] {
  if (level === undefined || level === null || level === '') {
    return [{ path, code: 'audit-level-required', severity: 'error', en: `${path}: Required value: every rule needs a level (${listOf(AUDIT_LEVELS)})`, es: `${path}: falta el valor: cada regla necesita un level (${listOf(AUDIT_LEVELS)})` }];
  }
  if (typeof level === 'string' && (AUDIT_LEVELS as readonly string[]).includes(level)) return [];
  const near = typeof level === 'string' ? AUDIT_LEVELS.find((l) => l.toLowerCase() === level.toLowerCase()) : undefined;
  const hintEn = near ? ` (levels are case-sensitive: did you mean "${near}"?)` : '';
  const hintEs = near ? ` (los niveles distinguen mayúsculas: ¿quisiste poner "${near}"?)` : '';
  return [{
    path, code: 'audit-level-unsupported', severity: 'error',
    en: `${path}: Unsupported value: ${quote(level)}: supported values: ${listOf(AUDIT_LEVELS)}${hintEn}`,
    es: `${path}: valor no soportado: ${quote(level)}: los valores posibles son ${listOf(AUDIT_LEVELS)}${hintEs}`,
  }];
}

/** Non-resource URLs start with `/` (or are `*`) and `*` may only be last (validateNonResourceURLs). */
export function checkNonResourceURL(url: string, path: string): PolicyProblem[] {
  if (url === '*') return [];
  const problems: PolicyProblem[] = [];
  if (!url.startsWith('/')) {
    problems.push({ path, code: 'audit-url-no-slash', severity: 'error', en: `${path}: Invalid value: ${quote(url)}: non-resource URL rules must begin with a '/' character`, es: `${path}: valor inválido: ${quote(url)}: las URLs no-recurso tienen que empezar con '/'` });
  }
  if (url !== '' && url.slice(0, -1).includes('*')) {
    problems.push({ path, code: 'audit-url-wildcard-position', severity: 'error', en: `${path}: Invalid value: ${quote(url)}: non-resource URL wildcards '*' must be the final character of the rule`, es: `${path}: valor inválido: ${quote(url)}: el comodín '*' solo puede ir al final de la URL` });
  }
  return problems;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** First minor whose audit policy accepts `group: "*"` (kubernetes/kubernetes#135262, v1.36). */
export const AUDIT_GROUP_WILDCARD_MINOR = 36;

/**
 * A group other than `""` must be a DNS subdomain (validation.go validateResources); from v1.36
 * `*` (every group) is accepted too, before that it is an invalid group and the policy is refused.
 */
export function checkGroup(group: string, path: string, serverMinor: number = DEFAULT_SERVER_MINOR): PolicyProblem[] {
  if (group === '') return [];
  if (group === '*' && serverMinor >= AUDIT_GROUP_WILDCARD_MINOR) return [];
  if (group === '*') {
    return [{
      path, code: 'audit-group-wildcard', severity: 'error',
      en: `${path}: Invalid value: "*": a group must be a lowercase DNS subdomain; group "*" (every API group) is accepted from Kubernetes v1.36, this cluster is v1.${serverMinor}: list the groups, or leave resources out to match every group`,
      es: `${path}: valor inválido: "*": el grupo tiene que ser un subdominio DNS en minúsculas; el grupo "*" (todos los grupos de la API) se acepta desde Kubernetes v1.36 y este clúster es v1.${serverMinor}: listá los grupos, o sacá resources para que coincida con todos`,
    }];
  }
  const ok = group.length <= 253 && group.split('.').every((label) => label.length <= 63 && DNS_LABEL.test(label));
  if (ok) return [];
  const slash = group.includes('/');
  const hintEn = slash ? ` (write the group without its version, e.g. "${group.split('/')[0]}")` : '';
  const hintEs = slash ? ` (poné el grupo sin la versión, por ejemplo "${group.split('/')[0]}")` : '';
  return [{
    path, code: 'audit-group-invalid', severity: 'error',
    en: `${path}: Invalid value: ${quote(group)}: a group must be a lowercase DNS subdomain${hintEn}`,
    es: `${path}: valor inválido: ${quote(group)}: el grupo tiene que ser un subdominio DNS en minúsculas${hintEs}`,
  }];
}

/** `omitStages` values must be valid stages (validateOmitStages). */
export function checkStage(stage: string, path: string): PolicyProblem[] {
  if ((AUDIT_STAGES as readonly string[]).includes(stage)) return [];
  return [{
    path, code: 'audit-omit-stage-invalid', severity: 'error',
    en: `${path}: Invalid value: ${quote(stage)}: allowed stages are ${AUDIT_STAGES.join(',')}`,
    es: `${path}: valor inválido: ${quote(stage)}: las etapas válidas son ${AUDIT_STAGES.join(',')}`,
  }];
}

/** A wrongly typed field: the API server fails to decode the whole policy. */
export function typeProblem(path: string, expected: 'list' | 'string' | 'boolean' | 'object', value: unknown): PolicyProblem {
  const es = { list: 'una lista', string: 'un texto', boolean: 'true o false', object: 'un objeto' }[expected];
  const en = { list: 'a list', string: 'a string', boolean: 'true or false', object: 'an object' }[expected];
  return { path, code: 'audit-field-type', severity: 'error', en: `${path}: must be ${en}, got ${quote(value)}`, es: `${path}: tiene que ser ${es}, vino ${quote(value)}` };
}

/**
 * Values that never match what the learner probably meant: `*` is not a wildcard for users,
 * groups, verbs or namespaces (checker.go compares strings), and verbs are lowercase.
 */
export function literalValueProblems(field: string, values: readonly string[], path: string): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  values.forEach((value, i) => {
    const at = `${path}[${i}]`;
    if (value === '*') {
      problems.push({ path: at, code: 'audit-no-wildcard', severity: 'warning', en: `${at}: "*" is not a wildcard in ${field}: it only matches a literal "*"; leave ${field} out to match any`, es: `${at}: "*" no es un comodín en ${field}: solo coincide con un "*" literal; sacá ${field} para que coincida con cualquiera` });
    } else if (field === 'verbs' && value !== value.toLowerCase()) {
      problems.push({ path: at, code: 'audit-verb-case', severity: 'warning', en: `${at}: verbs are lowercase ("${value.toLowerCase()}"): "${value}" never matches`, es: `${at}: los verbos van en minúsculas ("${value.toLowerCase()}"): "${value}" nunca coincide` });
    }
  });
  return problems;
}

const TYPO_HINTS: Record<string, string> = {
  resource: 'resources', user: 'users', groups: 'userGroups', group: 'userGroups', usergroups: 'userGroups',
  namespace: 'namespaces', verb: 'verbs', nonResourceURL: 'nonResourceURLs', nonResourceUrls: 'nonResourceURLs',
  omitStage: 'omitStages', stages: 'omitStages', resourceNames: 'resources[].resourceNames',
};

/** Unknown fields are dropped when the policy is decoded: usually a typo that silently widens a rule. */
export function unknownFieldProblem(path: string, key: string): PolicyProblem {
  const hint = Object.hasOwn(TYPO_HINTS, key) ? TYPO_HINTS[key] : undefined;
  return {
    path, code: 'audit-unknown-field', severity: 'warning',
    en: `${path}: unknown field ${quote(key)} is ignored by the API server${hint ? ` (did you mean "${hint}"?)` : ''}`,
    es: `${path}: el API server ignora el campo desconocido ${quote(key)}${hint ? ` (¿quisiste poner "${hint}"?)` : ''}`,
  };
}
