// The explicit registry of Pod Security checks and how a level + version selects them
// (pod-security-admission policy/registry.go: populate, inflateVersions, overrides, ordering).
import { allowPrivilegeEscalationCheck } from './checks/allowPrivilegeEscalation';
import { appArmorProfileCheck } from './checks/appArmorProfile';
import { capabilitiesBaselineCheck } from './checks/capabilitiesBaseline';
import { capabilitiesRestrictedCheck } from './checks/capabilitiesRestricted';
import { hostNamespacesCheck } from './checks/hostNamespaces';
import { hostPathVolumesCheck } from './checks/hostPathVolumes';
import { hostPortsCheck } from './checks/hostPorts';
import { hostProbesAndHostLifecycleCheck } from './checks/hostProbesAndHostLifecycle';
import { privilegedCheck } from './checks/privileged';
import { procMountCheck } from './checks/procMount';
import { procMountRestrictedCheck } from './checks/procMountRestricted';
import { restrictedVolumesCheck } from './checks/restrictedVolumes';
import { runAsNonRootCheck } from './checks/runAsNonRoot';
import { runAsUserCheck } from './checks/runAsUser';
import { seccompProfileBaselineCheck } from './checks/seccompProfileBaseline';
import { seccompProfileRestrictedCheck } from './checks/seccompProfileRestricted';
import { seLinuxOptionsCheck } from './checks/seLinuxOptions';
import { sysctlsCheck } from './checks/sysctls';
import { windowsHostProcessCheck } from './checks/windowsHostProcess';
import type { PodSecurityCheck, PodSecurityLevel, VersionedCheck } from './types';

/** Every check the simulator knows, one per file under ./checks. */
export const POD_SECURITY_CHECKS: readonly PodSecurityCheck[] = [
  appArmorProfileCheck,
  capabilitiesBaselineCheck,
  hostNamespacesCheck,
  hostPathVolumesCheck,
  hostPortsCheck,
  hostProbesAndHostLifecycleCheck,
  privilegedCheck,
  procMountCheck,
  seccompProfileBaselineCheck,
  seLinuxOptionsCheck,
  sysctlsCheck,
  windowsHostProcessCheck,
  allowPrivilegeEscalationCheck,
  capabilitiesRestrictedCheck,
  procMountRestrictedCheck,
  restrictedVolumesCheck,
  runAsNonRootCheck,
  runAsUserCheck,
  seccompProfileRestrictedCheck,
];

/** Byte-order comparison, as Go's slices.Sort on strings. */
function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The newest revision of a check that applies at `minor`, if the check exists by then. */
export function revisionAt(check: PodSecurityCheck, minor: number): VersionedCheck | undefined {
  let found: VersionedCheck | undefined;
  for (const revision of check.versions) if (revision.minor <= minor) found = revision;
  return found;
}

export interface SelectedCheck {
  check: PodSecurityCheck;
  revision: VersionedCheck;
}

/**
 * The checks a level runs at a minor version, in the API server's order: baseline check ids
 * sorted, then restricted ids sorted. Restricted includes baseline checks except those a
 * restricted revision in force overrides. `privileged` runs nothing.
 */
export function checksFor(level: PodSecurityLevel, minor: number): SelectedCheck[] {
  if (level === 'privileged') return [];
  const active = POD_SECURITY_CHECKS.map((check) => ({ check, revision: revisionAt(check, minor) }))
    .filter((s): s is SelectedCheck => s.revision !== undefined)
    .filter((s) => level === 'restricted' || s.check.level === 'baseline');
  const overridden = new Set(active.flatMap((s) => (s.check.level === 'restricted' ? (s.revision.overrides ?? []) : [])));
  const kept = active.filter((s) => !(s.check.level === 'baseline' && overridden.has(s.check.id)));
  const rank = (s: SelectedCheck): number => (s.check.level === 'baseline' ? 0 : 1);
  return kept.sort((a, b) => rank(a) - rank(b) || byteOrder(a.check.id, b.check.id));
}

/** Looks a check up by id (case-sensitive), e.g. `runAsNonRoot`. */
export function podSecurityCheckById(id: string): PodSecurityCheck | undefined {
  return POD_SECURITY_CHECKS.find((check) => check.id === id);
}
