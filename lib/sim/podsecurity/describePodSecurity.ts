// Words for Pod Security verdicts: the API server's message text and explanations in en/es.
import type { Lang } from '../types';
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
    ...(typeof v.reasonEs === 'string' ? { reasonEs: v.reasonEs } : {}),
    ...(typeof v.detailEs === 'string' ? { detailEs: v.detailEs } : {}),
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
export function podSecurityWarning(
  verdict: VerdictLike,
  level: string,
  version?: string,
  mode: 'enforce' | 'warn' | 'audit' = 'enforce',
): string {
  const violations = violationsOf(verdict);
  if (violations.length === 0) return '';
  const label = `${parsePodSecurityLevel(level) ?? 'restricted'}:${versionLabel(parsePodSecurityVersion(version))}`;
  const verb = mode === 'enforce' ? 'violates' : 'would violate';
  return `${verb} PodSecurity "${label}": ${aggregateViolations(violations)}`;
}

/** One violation in words: `reason: detail`, in English or Spanish. */
export function describeViolation(violation: PodSecurityViolation, lang: Lang): string {
  const [v] = violationsOf({ violations: [violation] });
  if (!v) return '';
  const reason = (lang === 'es' ? v.reasonEs ?? v.reason : v.reason) || 'unknown forbidden reason';
  const detail = lang === 'es' ? v.detailEs ?? v.detail : v.detail;
  return detail ? `${reason}: ${detail}` : reason;
}

/**
 * A verdict explained for the learner, in English or Spanish: the outcome, the level:version
 * evaluated, one line per failed check (check id, reason, detail) and any notes (invalid
 * version, not a pod, ...). Models how `kubectl` surfaces PodSecurity denials and warnings.
 */
export function describePodSecurity(verdict: VerdictLike, lang: Lang): string {
  const violations = violationsOf(verdict);
  const level = isRecord(verdict) ? text(verdict.level) : '';
  const version = isRecord(verdict) ? text(verdict.version) || 'latest' : 'latest';
  const at = level ? ` "${level}:${version}"` : '';
  const lines: string[] = [];
  if (violations.length === 0) {
    const none = level === 'privileged'
      ? (lang === 'es' ? 'el nivel privileged no aplica ningún control' : 'the privileged level runs no checks')
      : (lang === 'es' ? 'ningún control falló' : 'no check failed');
    lines.push(lang === 'es' ? `Permitido por PodSecurity${at}: ${none}.` : `Allowed by PodSecurity${at}: ${none}.`);
  } else {
    const n = violations.length;
    lines.push(lang === 'es'
      ? `Rechazado por PodSecurity${at}: ${n === 1 ? 'falló 1 control' : `fallaron ${n} controles`}:`
      : `Denied by PodSecurity${at}: ${n} ${n === 1 ? 'check' : 'checks'} failed:`);
    for (const v of violations) lines.push(`- [${v.check}] ${describeViolation(v, lang)}`);
  }
  const notes = isRecord(verdict) && Array.isArray(verdict.notes) ? verdict.notes : [];
  for (const note of notes) {
    const message = isRecord(note) && isRecord(note.message) ? text(note.message[lang === 'es' ? 'es' : 'en']) : '';
    if (message) lines.push(`${lang === 'es' ? 'Nota' : 'Note'}: ${message}`);
  }
  return lines.join('\n');
}
