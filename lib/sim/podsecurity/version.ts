// Pod Security levels and versions as the API server parses them
// (pod-security-admission api/helpers.go: ParseLevel, ParseVersion; policy/registry.go).
import type { PodSecurityLevel } from './types';

/** Newest minor version with Pod Security check changes known to the simulator (1.37). */
export const POD_SECURITY_LATEST_MINOR = 37;

const VERSION_PATTERN = /^v1\.([0-9]|[1-9][0-9]*)$/;

export type ParsedVersion = { latest: true; valid: boolean } | { latest: false; minor: number; valid: true };

/**
 * Parses `latest` or `v1.N` exactly as the API server does: `v1.025`, `1.25`, `v1.25.0`, `V1.25`
 * are invalid and evaluated as `latest` (api/helpers.go ParseVersion).
 */
export function parsePodSecurityVersion(version: unknown): ParsedVersion {
  if (version === undefined || version === 'latest') return { latest: true, valid: true };
  if (typeof version !== 'string') return { latest: true, valid: false };
  const match = VERSION_PATTERN.exec(version);
  if (!match) return { latest: true, valid: false };
  const minor = Number(match[1]);
  if (!Number.isSafeInteger(minor)) return { latest: true, valid: false };
  return { latest: false, minor, valid: true };
}

/** The label of a parsed version as messages print it: `latest` or `v1.N`. */
export function versionLabel(parsed: ParsedVersion): string {
  return parsed.latest ? 'latest' : `v1.${parsed.minor}`;
}

/**
 * Minor of the check set that runs: `latest` and versions newer than the evaluator knows are
 * evaluated as its newest version (registry.go EvaluatePod). `maxMinor` is the newest version
 * of the running API server (the simulated cluster), at most POD_SECURITY_LATEST_MINOR.
 */
export function effectiveMinor(parsed: ParsedVersion, maxMinor: number = POD_SECURITY_LATEST_MINOR): number {
  if (parsed.latest) return maxMinor;
  return Math.min(parsed.minor, maxMinor);
}

/** Parses a cluster version such as `v1.34`, `1.34` or `v1.34.2` into its minor, if usable. */
export function clusterMinor(version: unknown): number | undefined {
  if (typeof version !== 'string') return undefined;
  const match = /^v?1\.(\d{1,4})(?:\.\d+)?$/.exec(version.trim());
  if (!match) return undefined;
  return Math.min(Number(match[1]), POD_SECURITY_LATEST_MINOR);
}

const LEVELS: readonly string[] = ['privileged', 'baseline', 'restricted'];

/** A valid level, or undefined. Level values are case-sensitive (`Restricted` is invalid). */
export function parsePodSecurityLevel(level: unknown): PodSecurityLevel | undefined {
  return typeof level === 'string' && LEVELS.includes(level) ? (level as PodSecurityLevel) : undefined;
}
