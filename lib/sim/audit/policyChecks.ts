/**
 * Field-value checks of an audit Policy, as k8s.io/apiserver
 * `pkg/apis/audit/validation/validation.go` does them. Each returns problems in both languages.
 */
import { msg, type Message } from '../messages';
import { AUDIT_LEVELS, AUDIT_STAGES } from './types';
import { DEFAULT_SERVER_MINOR } from '../version';
import { isRecord } from '../support/record';
export { isRecord };

export interface PolicyProblem {
  path: string;
  code: string;
  severity: 'error' | 'warning' | 'info';
  /** The problem as a message (English: `english(text)`). */
  text: Message;
}

/** Quote a learner value for a message, bounded so junk cannot flood the UI. */
export function quote(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
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
    return [{ path, code: 'audit-level-required', severity: 'error', text: msg('audit.checkLevel', { p0: listOf(AUDIT_LEVELS), path }) }];
  }
  if (typeof level === 'string' && (AUDIT_LEVELS as readonly string[]).includes(level)) return [];
  const near = typeof level === 'string' ? AUDIT_LEVELS.find((l) => l.toLowerCase() === level.toLowerCase()) : undefined;
  return [
    {
      path,
      code: 'audit-level-unsupported',
      severity: 'error',
      text: msg('audit.checkLevel.1', { p0: listOf(AUDIT_LEVELS), p1: quote(level), path, near: near ?? '' }),
    },
  ];
}

/** Non-resource URLs start with `/` (or are `*`) and `*` may only be last (validateNonResourceURLs). */
export function checkNonResourceURL(url: string, path: string): PolicyProblem[] {
  if (url === '*') return [];
  const problems: PolicyProblem[] = [];
  if (!url.startsWith('/')) {
    problems.push({ path, code: 'audit-url-no-slash', severity: 'error', text: msg('audit.checkNonResourceURL', { p0: quote(url), path }) });
  }
  if (url !== '' && url.slice(0, -1).includes('*')) {
    problems.push({ path, code: 'audit-url-wildcard-position', severity: 'error', text: msg('audit.checkNonResourceURL.1', { p0: quote(url), path }) });
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
    return [
      {
        path,
        code: 'audit-group-wildcard',
        severity: 'error',
        text: msg('audit.checkGroup', { serverMinor, path }),
      },
    ];
  }
  const ok = group.length <= 253 && group.split('.').every((label) => label.length <= 63 && DNS_LABEL.test(label));
  if (ok) return [];
  const slash = group.includes('/');
  return [
    {
      path,
      code: 'audit-group-invalid',
      severity: 'error',
      text: msg('audit.checkGroup.1', { p0: quote(group), path, bare: slash ? group.split('/')[0] : '' }),
    },
  ];
}

/** `omitStages` values must be valid stages (validateOmitStages). */
export function checkStage(stage: string, path: string): PolicyProblem[] {
  if ((AUDIT_STAGES as readonly string[]).includes(stage)) return [];
  return [
    {
      path,
      code: 'audit-omit-stage-invalid',
      severity: 'error',
      text: msg('audit.checkStage', { p0: AUDIT_STAGES.join(','), p1: quote(stage), path }),
    },
  ];
}

/** A wrongly typed field: the API server fails to decode the whole policy. */
export function typeProblem(path: string, expected: 'list' | 'string' | 'boolean' | 'object', value: unknown): PolicyProblem {
  return {
    path,
    code: 'audit-field-type',
    severity: 'error',
    text: msg('audit.typeProblem', { p0: quote(value), path, what: msg(`audit.type.${expected}`, {}) }),
  };
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
      problems.push({ path: at, code: 'audit-no-wildcard', severity: 'warning', text: msg('audit.literalValueProblems', { field, at }) });
    } else if (field === 'verbs' && value !== value.toLowerCase()) {
      problems.push({
        path: at,
        code: 'audit-verb-case',
        severity: 'warning',
        text: msg('audit.literalValueProblems.1', { value, p0: value.toLowerCase(), at }),
      });
    }
  });
  return problems;
}

const TYPO_HINTS: Record<string, string> = {
  resource: 'resources',
  user: 'users',
  groups: 'userGroups',
  group: 'userGroups',
  usergroups: 'userGroups',
  namespace: 'namespaces',
  verb: 'verbs',
  nonResourceURL: 'nonResourceURLs',
  nonResourceUrls: 'nonResourceURLs',
  omitStage: 'omitStages',
  stages: 'omitStages',
  resourceNames: 'resources[].resourceNames',
};

/** Unknown fields are dropped when the policy is decoded: usually a typo that silently widens a rule. */
export function unknownFieldProblem(path: string, key: string): PolicyProblem {
  const hint = Object.hasOwn(TYPO_HINTS, key) ? TYPO_HINTS[key] : undefined;
  return {
    path,
    code: 'audit-unknown-field',
    severity: 'warning',
    text: msg('audit.unknownField', { path, key: quote(key), hint: hint ?? '' }),
  };
}
