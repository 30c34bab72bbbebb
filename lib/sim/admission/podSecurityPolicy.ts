// Namespace labels → PodSecurity policy (pod-security-admission api/helpers.go PolicyToEvaluate).
import { parsePodSecurityLevel, parsePodSecurityVersion, type PodSecurityLevel } from '../podsecurity';

export interface ModePolicy {
  level: PodSecurityLevel;
  /** Label value as given (`latest`, `v1.30`; invalid values are evaluated as `latest`). */
  version: string;
  labelled: boolean;
}

export interface NamespacePolicy {
  enforce: ModePolicy;
  audit: ModePolicy;
  warn: ModePolicy;
  /** Invalid label values, worded like the API server's field errors. */
  errors: { label: string; value: string; message: string }[];
}

const PREFIX = 'pod-security.kubernetes.io/';
const STRICTNESS: Record<PodSecurityLevel, number> = { privileged: 0, baseline: 1, restricted: 2 };

export function stricter(a: PodSecurityLevel, b: PodSecurityLevel): boolean {
  return STRICTNESS[a] > STRICTNESS[b];
}

function modeFromLabels(labels: Record<string, string>, mode: 'enforce' | 'audit' | 'warn', errors: NamespacePolicy['errors']): ModePolicy {
  const levelLabel = labels[PREFIX + mode];
  const versionLabel = labels[`${PREFIX}${mode}-version`];
  let level: PodSecurityLevel = 'privileged';
  if (levelLabel !== undefined) {
    const parsed = parsePodSecurityLevel(levelLabel);
    if (!parsed) errors.push({ label: PREFIX + mode, value: levelLabel, message: 'must be one of privileged, baseline, restricted' });
    level = parsed ?? (mode === 'enforce' ? 'restricted' : 'privileged');
  }
  let version = 'latest';
  if (versionLabel !== undefined) {
    if (!parsePodSecurityVersion(versionLabel).valid)
      errors.push({ label: `${PREFIX}${mode}-version`, value: versionLabel, message: 'must be "latest" or "v1.x"' });
    else version = versionLabel;
  }
  return { level, version, labelled: levelLabel !== undefined };
}

/**
 * The enforce/audit/warn policy of a namespace from its labels. Missing labels default to
 * `privileged:latest` (the default AdmissionConfiguration); an invalid enforce level is evaluated
 * as `restricted` (fail closed), invalid audit/warn levels as `privileged`, invalid versions as
 * `latest`. An unlabelled warn follows a stricter valid enforce (with enforce's version unless
 * warn-version is set).
 */
export function namespacePodSecurityPolicy(labels: Record<string, string>): NamespacePolicy {
  const errors: NamespacePolicy['errors'] = [];
  const enforce = modeFromLabels(labels, 'enforce', errors);
  const audit = modeFromLabels(labels, 'audit', errors);
  let warn = modeFromLabels(labels, 'warn', errors);
  const enforceValid = enforce.labelled && parsePodSecurityLevel(labels[PREFIX + 'enforce']) !== undefined;
  if (!warn.labelled && enforceValid && stricter(enforce.level, warn.level)) {
    const warnVersion = labels[PREFIX + 'warn-version'];
    warn = {
      level: enforce.level,
      version: warnVersion !== undefined && parsePodSecurityVersion(warnVersion).valid ? warnVersion : enforce.version,
      labelled: false,
    };
  }
  return { enforce, audit, warn, errors };
}
