// Evaluates a pod (or a workload's pod template) against a Pod Security Standards level.
import { extractPodView } from './podView';
import { checksFor } from './registry';
import {
  clusterMinor, effectiveMinor, parsePodSecurityLevel, parsePodSecurityVersion, POD_SECURITY_LATEST_MINOR,
  versionLabel,
} from './version';
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
export function evaluatePodSecurity(
  pod: unknown,
  level: PodSecurityLevel,
  version?: string,
  options?: EvaluatePodSecurityOptions,
): PodSecurityVerdict {
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
  return {
    code: 'invalid-level',
    message: {
      en: `level ${show(level)} is not one of privileged, baseline, restricted; evaluated as "restricted" (the API server fails closed for enforce)`,
      es: `el nivel ${show(level)} no es privileged, baseline ni restricted; se evalúa como "restricted" (el API server falla cerrado para enforce)`,
    },
  };
}

function invalidVersionNote(version: unknown): PodSecurityNote {
  return {
    code: 'invalid-version',
    message: {
      en: `version ${show(version)} must be "latest" or "v1.x"; evaluated as "latest", as the API server does`,
      es: `la versión ${show(version)} tiene que ser "latest" o "v1.x"; se evalúa como "latest", igual que en el API server`,
    },
  };
}

function newerVersionNote(minor: number, maxMinor: number): PodSecurityNote {
  return {
    code: 'version-newer-than-known',
    message: {
      en: `v1.${minor} is newer than this API server (v1.${maxMinor}); its newest checks (v1.${maxMinor}) are used`,
      es: `v1.${minor} es más nueva que este API server (v1.${maxMinor}); se usan sus controles más nuevos (v1.${maxMinor})`,
    },
  };
}

function notAPodNote(kind: string | undefined): PodSecurityNote {
  const what = kind === undefined ? 'the input is not a Kubernetes object with a pod spec' : `kind "${kind}" has no pod template`;
  const whatEs = kind === undefined ? 'la entrada no es un objeto de Kubernetes con un pod spec' : `el kind "${kind}" no tiene plantilla de pod`;
  return {
    code: 'not-a-pod',
    message: {
      en: `${what}: only Pods and workloads (Deployment, ReplicaSet, StatefulSet, DaemonSet, Job, CronJob, ReplicationController, PodTemplate) can be evaluated`,
      es: `${whatEs}: solo se pueden evaluar Pods y workloads (Deployment, ReplicaSet, StatefulSet, DaemonSet, Job, CronJob, ReplicationController, PodTemplate)`,
    },
  };
}

function notAPodViolation(input: unknown, kind: string | undefined): PodSecurityViolation {
  const isObject = typeof input === 'object' && input !== null && !Array.isArray(input);
  const detail = kind !== undefined ? `kind "${kind}" has no pod template to evaluate` : 'the input has no pod spec to evaluate';
  const detailEs = kind !== undefined ? `el kind "${kind}" no tiene plantilla de pod para evaluar` : 'la entrada no tiene un pod spec para evaluar';
  return { check: 'notAPod', reason: 'not a pod', detail, paths: [isObject ? 'kind' : ''], reasonEs: 'no es un pod', detailEs };
}
