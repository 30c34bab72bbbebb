// The audit decision as a message (words: lib/i18n/messages/<lang>/audit.ts).
import { msg, type Message } from '../messages';
import { readAuditPolicy, type AuditVersionOptions } from './readAuditPolicy';
import type { AuditDecision, AuditGroupResources, AuditPolicyRule } from './types';

function list(values: readonly string[]): string {
  return values.map((v) => (v === '' ? '""' : v)).join(', ');
}

function describeGroupResources(gr: AuditGroupResources): string | Message {
  if (gr.resources.length === 0) {
    if (gr.group === '*') return msg('audit.group.every', {});
    if (gr.group === '') return msg('audit.group.core', {});
    return msg('audit.group.whole', { group: gr.group });
  }
  const suffix = gr.group ? `.${gr.group}` : '';
  const resources = gr.resources.map((r) => `${r}${suffix}`).join(', ');
  return gr.resourceNames.length > 0 ? msg('audit.group.named', { resources, names: list(gr.resourceNames) }) : resources;
}

/** The conditions of one rule, e.g. `verbs get, list; resources secrets`. */
export function describeAuditRule(rule: AuditPolicyRule): Message {
  const parts: Message[] = [];
  if (rule.users.length) parts.push(msg('audit.rule.users', { list: list(rule.users) }));
  if (rule.userGroups.length) parts.push(msg('audit.rule.groups', { list: list(rule.userGroups) }));
  if (rule.verbs.length) parts.push(msg('audit.rule.verbs', { list: list(rule.verbs) }));
  if (rule.namespaces.length) parts.push(msg('audit.rule.namespaces', { list: list(rule.namespaces) }));
  if (rule.resources.length) parts.push(msg('audit.rule.resources', { list: msg('common.clauses', { parts: rule.resources.map(describeGroupResources) }) }));
  if (rule.nonResourceURLs.length) parts.push(msg('audit.rule.urls', { list: list(rule.nonResourceURLs) }));
  if (parts.length === 0) return msg('audit.rule.everything', {});
  return msg('common.clauses', { parts });
}

/**
 * The audit decision, e.g. "logged at Metadata by rule 2 (resources secrets)". Rules are
 * numbered from 1 in the words (rules[1] is "rule 2"). Models the first-match semantics of
 * k8s.io/apiserver pkg/audit/policy/checker.go.
 */
export function describeAuditDecision(decision: AuditDecision, policy: unknown, options?: AuditVersionOptions): Message {
  const { policy: read, problems } = readAuditPolicy(policy, options);
  if (!read.valid) {
    const first = problems.find((p) => p.severity === 'error');
    return msg('audit.decision.invalid', { detail: first?.text ?? '' });
  }
  const index = decision?.ruleIndex;
  const rule = typeof index === 'number' ? read.rules[index] : undefined;
  if (!rule || typeof index !== 'number') return msg('audit.decision.noRule', {});
  const at = { number: index + 1, rule: describeAuditRule(rule) };
  if (decision.level === 'None') return msg('audit.decision.none', at);
  const stages = Array.isArray(decision.omitStages) ? decision.omitStages.join(', ') : '';
  return msg('audit.decision.logged', { ...at, level: String(decision.level), stages });
}
