import type { Lang } from '../types';
import { readAuditPolicy, type AuditVersionOptions } from './readAuditPolicy';
import type { AuditDecision, AuditGroupResources, AuditPolicyRule } from './types';

function list(values: readonly string[]): string {
  return values.map((v) => (v === '' ? '""' : v)).join(', ');
}

function describeGroupResources(gr: AuditGroupResources, lang: Lang): string {
  if (gr.resources.length === 0) {
    if (gr.group === '*') return lang === 'es' ? 'todos los grupos' : 'every group';
    if (gr.group === '') return lang === 'es' ? 'todo el grupo core' : 'the whole core group';
    return lang === 'es' ? `todo el grupo ${gr.group}` : `the whole ${gr.group} group`;
  }
  const suffix = gr.group ? `.${gr.group}` : '';
  const names = gr.resourceNames.length > 0 ? (lang === 'es' ? ` llamados ${list(gr.resourceNames)}` : ` named ${list(gr.resourceNames)}`) : '';
  return `${gr.resources.map((r) => `${r}${suffix}`).join(', ')}${names}`;
}

/** The conditions of one rule in words, e.g. `verbs get, list; resources secrets`. */
export function describeAuditRule(rule: AuditPolicyRule, lang: Lang): string {
  const es = lang === 'es';
  const parts: string[] = [];
  if (rule.users.length) parts.push(`${es ? 'usuarios' : 'users'} ${list(rule.users)}`);
  if (rule.userGroups.length) parts.push(`${es ? 'grupos' : 'groups'} ${list(rule.userGroups)}`);
  if (rule.verbs.length) parts.push(`${es ? 'verbos' : 'verbs'} ${list(rule.verbs)}`);
  if (rule.namespaces.length) parts.push(`namespaces ${list(rule.namespaces)}`);
  if (rule.resources.length) parts.push(`${es ? 'recursos' : 'resources'} ${rule.resources.map((gr) => describeGroupResources(gr, lang)).join('; ')}`);
  if (rule.nonResourceURLs.length) parts.push(`URLs ${list(rule.nonResourceURLs)}`);
  if (parts.length === 0) return es ? 'coincide con todas las solicitudes' : 'matches every request';
  return parts.join('; ');
}

function omitted(stages: readonly string[], lang: Lang): string {
  if (stages.length === 0) return '';
  return lang === 'es' ? `; etapas omitidas: ${stages.join(', ')}` : `; stages omitted: ${stages.join(', ')}`;
}

/**
 * The audit decision in words, e.g. "logged at Metadata by rule 2 (resources secrets)" /
 * "se registra a nivel Metadata por la regla 2 (recursos secrets)". Rules are numbered from 1
 * in the words (rules[1] is "rule 2"). Models the first-match semantics of k8s.io/apiserver
 * pkg/audit/policy/checker.go.
 */
export function describeAuditDecision(decision: AuditDecision, policy: unknown, lang: Lang, options?: AuditVersionOptions): string {
  const es = lang === 'es';
  const { policy: read, problems } = readAuditPolicy(policy, options);
  if (!read.valid) {
    const first = problems.find((p) => p.severity === 'error');
    const detail = first ? (es ? first.es : first.en) : '';
    return es
      ? `no se registra nada: la política es inválida y el API server no la cargaría (${detail})`
      : `nothing is logged: the policy is invalid and the API server would refuse to load it (${detail})`;
  }
  const index = decision?.ruleIndex;
  const rule = typeof index === 'number' ? read.rules[index] : undefined;
  if (!rule) {
    return es ? 'no se registra: ninguna regla coincide, así que el nivel es None' : 'not logged: no rule matches, so the level is None';
  }
  const ruleText = `${index! + 1} (${describeAuditRule(rule, lang)})`;
  if (decision.level === 'None') {
    return es ? `no se registra: la regla ${ruleText} pone el nivel None` : `not logged: rule ${ruleText} sets level None`;
  }
  const stages = omitted(Array.isArray(decision.omitStages) ? decision.omitStages : [], lang);
  return es ? `se registra a nivel ${decision.level} por la regla ${ruleText}${stages}` : `logged at ${decision.level} by rule ${ruleText}${stages}`;
}
