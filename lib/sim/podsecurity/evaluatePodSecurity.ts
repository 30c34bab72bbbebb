// Evaluates a pod (or a workload's pod template) against a Pod Security Standards level.
import { msg } from '../messages';
import { contentKey, RecentMap } from '../support/contentKey';
import { extractPodView } from './podView';
import { checksFor } from './registry';
import { clusterMinor, effectiveMinor, parsePodSecurityLevel, parsePodSecurityVersion, POD_SECURITY_LATEST_MINOR, versionLabel } from './version';
import type { PodSecurityLevel, PodSecurityNote, PodSecurityVerdict, PodSecurityViolation, PodView } from './types';

export interface EvaluatePodSecurityOptions {
  /** Version of the simulated API server (`v1.34`): `latest` and newer versions evaluate as it. */
  clusterVersion?: string;
}

/**
 * Does this pod meet the Pod Security Standards `level` at `version` (`latest` or `v1.N`)?
 * Models pod-security-admission policy/registry.go EvaluatePod over the checks in ./checks,
 * after API defaulting (https://kubernetes.io/docs/concepts/security/pod-security-standards/).
 * Like the API server: an invalid level is evaluated as `restricted` (fail closed, as for
 * `enforce`), an invalid version as `latest`, and a version newer than the evaluator knows as
 * its newest. A workload is judged by its pod template. Anything that is not a pod or a
 * workload is denied at every level with the `notAPod` violation: there is no pod to judge.
 * Never throws.
 */
export function evaluatePodSecurity(pod: unknown, level: PodSecurityLevel, version?: string, options?: EvaluatePodSecurityOptions): PodSecurityVerdict {
  return podSecurityOf(pod)(level, version, options);
}

/**
 * evaluatePodSecurity for one pod at several levels (the API server's enforce, audit and warn
 * modes): the pod's content key is made once. The pod must not change while this is in use.
 */
export function podSecurityOf(pod: unknown): (level: PodSecurityLevel, version?: string, options?: EvaluatePodSecurityOptions) => PodSecurityVerdict {
  let podKey: string | undefined | null = null;
  return (level, version, options) => {
    if (podKey === null) podKey = contentKey(pod);
    const rest = podKey === undefined ? undefined : contentKey([level, version, options?.clusterVersion]);
    // JSON never holds a raw NUL, so the two parts cannot run into each other.
    const key = rest === undefined ? undefined : `${podKey}\u0000${rest}`;
    const known = key === undefined ? undefined : verdicts.get(key);
    if (known) return known;
    const verdict = evaluateOnce(pod, level, version, options);
    if (key !== undefined) verdicts.set(key, verdict);
    return verdict;
  };
}

/**
 * Verdicts by content: the pods of one workload share a template, the API server evaluates
 * each pod at its enforce, audit and warn levels (often one level), and the next keystroke's
 * world holds the same pods. A verdict is a pure function of its arguments; nobody changes it.
 */
const verdicts = new RecentMap<PodSecurityVerdict>(512);

/** Forget the verdicts kept by content (tests compare cold answers with reused ones). */
export function clearPodSecurityVerdicts(): void {
  verdicts.clear();
}

function evaluateOnce(pod: unknown, level: PodSecurityLevel, version?: string, options?: EvaluatePodSecurityOptions): PodSecurityVerdict {
  const notes: PodSecurityNote[] = [];
  const lv = resolveLevelVersion(level, version, options, notes);
  try {
    const extracted = extractPodView(pod);
    if (!extracted.ok) {
      notes.push(notAPodNote(extracted.kind));
      return { allowed: false, violations: [notAPodViolation(pod, extracted.kind)], ...lv, notes };
    }
    const violations = runChecks(extracted.pod, lv.level, lv.evaluatedMinor);
    return { allowed: violations.length === 0, violations, ...lv, notes };
  } catch {
    const violation = { check: 'internalError', reason: 'simulator error', detail: 'the pod could not be evaluated', paths: [] };
    return { allowed: false, violations: [violation], ...lv, notes };
  }
}

function runChecks(pod: PodView, level: PodSecurityLevel, minor: number): PodSecurityViolation[] {
  const violations: PodSecurityViolation[] = [];
  for (const { check, revision } of checksFor(level, minor)) {
    const failure = revision.evaluate(pod);
    if (failure) violations.push({ check: check.id, ...failure });
  }
  return violations;
}

interface LevelVersion {
  level: PodSecurityLevel;
  version: string;
  evaluatedMinor: number;
}

function resolveLevelVersion(level: unknown, version: unknown, options: EvaluatePodSecurityOptions | undefined, notes: PodSecurityNote[]): LevelVersion {
  const parsedLevel = parsePodSecurityLevel(level);
  if (!parsedLevel) notes.push(invalidLevelNote(level));
  const parsed = parsePodSecurityVersion(version);
  if (!parsed.valid) notes.push(invalidVersionNote(version));
  const maxMinor = clusterMinor(options?.clusterVersion) ?? POD_SECURITY_LATEST_MINOR;
  const evaluatedMinor = effectiveMinor(parsed, maxMinor);
  if (!parsed.latest && parsed.minor > maxMinor) notes.push(newerVersionNote(parsed.minor, maxMinor));
  return { level: parsedLevel ?? 'restricted', version: versionLabel(parsed), evaluatedMinor };
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function invalidLevelNote(level: unknown): PodSecurityNote {
  return { code: 'invalid-level', message: msg('psa.note.level', { level: show(level) }) };
}

function invalidVersionNote(version: unknown): PodSecurityNote {
  return { code: 'invalid-version', message: msg('psa.note.version', { version: show(version) }) };
}

function newerVersionNote(minor: number, maxMinor: number): PodSecurityNote {
  return { code: 'version-newer-than-known', message: msg('psa.note.newer', { minor, maxMinor }) };
}

function notAPodNote(kind: string | undefined): PodSecurityNote {
  return { code: 'not-a-pod', message: msg('psa.note.notAPod', { what: kind === undefined ? msg('psa.note.input', {}) : msg('psa.note.kind', { kind }) }) };
}

function notAPodViolation(input: unknown, kind: string | undefined): PodSecurityViolation {
  const isObject = typeof input === 'object' && input !== null && !Array.isArray(input);
  const detail = kind !== undefined ? `kind "${kind}" has no pod template to evaluate` : 'the input has no pod spec to evaluate';
  return {
    check: 'notAPod',
    reason: 'not a pod',
    detail,
    paths: [isObject ? 'kind' : ''],
    reasonText: msg('psa.reason.notAPod', { upstream: 'not a pod', count: 1 }),
    detailText: msg('psa.detail.notAPod', { upstream: detail, kind }),
  };
}
