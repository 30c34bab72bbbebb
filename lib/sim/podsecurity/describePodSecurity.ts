// Pod Security verdicts: the API server's message text (English, as upstream) and the
// learner's explanation as a message (words: lib/i18n/messages/<lang>/podsecurity.ts).
import { msg, verbatim, type Message, type MessageLike } from '../messages';
import { isRecord } from './read';
import { parsePodSecurityLevel, parsePodSecurityVersion, versionLabel } from './version';
import type { PodSecurityVerdict, PodSecurityViolation } from './types';

type VerdictLike = Pick<PodSecurityVerdict, 'allowed' | 'violations'> & Partial<PodSecurityVerdict>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The violations of a verdict, tolerating junk (describe functions never throw). */
function violationsOf(verdict: unknown): PodSecurityViolation[] {
  const list = isRecord(verdict) && Array.isArray(verdict.violations) ? verdict.violations : [];
  return list.filter(isRecord).map((v) => ({
    check: text(v.check),
    reason: text(v.reason),
    detail: text(v.detail),
    paths: Array.isArray(v.paths) ? v.paths.filter((p): p is string => typeof p === 'string') : [],
    ...(isRecord(v.reasonText) ? { reasonText: v.reasonText as unknown as MessageLike } : {}),
    ...(isRecord(v.detailText) ? { detailText: v.detailText as unknown as MessageLike } : {}),
  }));
}

/**
 * The reasons and details joined as the API server joins them
 * (pod-security-admission policy/checks.go AggregateCheckResult.ForbiddenDetail):
 * `reason (detail), reason (detail)`; a violation without detail shows its reason alone.
 */
export function aggregateViolations(violations: readonly PodSecurityViolation[]): string {
  return violationsOf({ violations })
    .map((v) => {
      const reason = v.reason || 'unknown forbidden reason';
      return v.detail ? `${reason} (${v.detail})` : reason;
    })
    .join(', ');
}

/**
 * The PodSecurity message text (pod-security-admission admission/admission.go):
 * `violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "web" must set ...), ...`.
 * Mode `warn`/`audit` gives the `would violate PodSecurity ...` form of warnings and audit
 * annotations. Callers rejecting a Pod prepend `pods "<name>" is forbidden: `. The level and
 * version are printed as the API server prints them (invalid level → `restricted`, invalid
 * version → `latest`). Returns `''` when the verdict has no violations.
 */
export function podSecurityWarning(verdict: VerdictLike, level: string, version?: string, mode: 'enforce' | 'warn' | 'audit' = 'enforce'): string {
  const violations = violationsOf(verdict);
  if (violations.length === 0) return '';
  const label = `${parsePodSecurityLevel(level) ?? 'restricted'}:${versionLabel(parsePodSecurityVersion(version))}`;
  const verb = mode === 'enforce' ? 'violates' : 'would violate';
  return `${verb} PodSecurity "${label}": ${aggregateViolations(violations)}`;
}

/** One violation as a message: `reason: detail`. */
export function describeViolation(violation: PodSecurityViolation): Message {
  const [v] = violationsOf({ violations: [violation] });
  if (!v) return verbatim('');
  const reason = v.reasonText ?? verbatim(v.reason || 'unknown forbidden reason');
  const detail = v.detailText ?? (v.detail ? verbatim(v.detail) : undefined);
  return msg('psa.violation', { reason, detail });
}

/**
 * A verdict explained for the learner: the outcome, the level:version evaluated, one line per
 * failed check (check id, reason, detail) and any notes (invalid version, not a pod, ...).
 * Models how `kubectl` surfaces PodSecurity denials and warnings.
 */
export function describePodSecurity(verdict: VerdictLike): Message {
  const violations = violationsOf(verdict);
  const level = isRecord(verdict) ? text(verdict.level) : '';
  const version = isRecord(verdict) ? text(verdict.version) || 'latest' : 'latest';
  const at = level ? ` "${level}:${version}"` : '';
  const lines: (string | Message)[] =
    violations.length === 0
      ? [msg('psa.allowed', { at, privileged: level === 'privileged' })]
      : [msg('psa.denied', { at, count: violations.length }), ...violations.map((v) => msg('common.listItem', { label: v.check, text: describeViolation(v) }))];
  const notes = isRecord(verdict) && Array.isArray(verdict.notes) ? verdict.notes : [];
  for (const note of notes) {
    if (isRecord(note) && isRecord(note.message)) lines.push(msg('psa.note', { note: note.message as unknown as MessageLike }));
  }
  return msg('common.lines', { lines });
}
