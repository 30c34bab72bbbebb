// The version of the simulated API server: one per world. Everything version-dependent reads it
// from the cluster (PodSecurity `latest`, audit policy validation, CEL libraries, served API
// versions, `kubectl version`, the node's kubeletVersion, `/version`).
// Upstream: k8s.io/apimachinery/pkg/version/types.go (Info), https://kubernetes.io/releases/.

/** The version the lessons teach (and the default of every world). */
export const DEFAULT_SERVER_MINOR = 35;
/**
 * Oldest and newest minors the simulator models; others are clamped into this range. 1.30 is the
 * first release with ValidatingAdmissionPolicy v1 served by default (before it the plugin and the
 * API are off), so every modelled server has the same admission plugins.
 */
export const OLDEST_SERVER_MINOR = 30;
export const NEWEST_SERVER_MINOR = 37;

export interface ServerVersion {
  readonly major: 1;
  readonly minor: number;
  /** `v1.35.0`: what `kubectl version`, `/version` and the node print. */
  readonly gitVersion: string;
}

/** The ServerVersion of a minor (clamped to what the simulator models). */
export function serverVersionOf(minor: number): ServerVersion {
  const m = Math.min(NEWEST_SERVER_MINOR, Math.max(OLDEST_SERVER_MINOR, Math.trunc(minor)));
  return Object.freeze({ major: 1 as const, minor: m, gitVersion: `v1.${m}.0` });
}

export const DEFAULT_SERVER_VERSION: ServerVersion = serverVersionOf(DEFAULT_SERVER_MINOR);

const PATTERN = /^v?1\.(\d{1,3})(?:\.\d{1,4})?$/;

/**
 * Parses `1.35`, `v1.35` or `v1.35.2` (or the YAML number 1.35). Undefined when unusable or outside
 * the modelled range (write `"1.30"` quoted: the YAML number 1.30 is 1.3).
 */
export function parseServerVersion(input: unknown): ServerVersion | undefined {
  const text = typeof input === 'number' ? String(input) : input;
  if (typeof text !== 'string') return undefined;
  const match = PATTERN.exec(text.trim());
  if (!match) return undefined;
  const minor = Number(match[1]);
  if (minor < OLDEST_SERVER_MINOR || minor > NEWEST_SERVER_MINOR) return undefined;
  return serverVersionOf(minor);
}

/** The version of a cluster-like value (the default for anything without one). */
export function versionOf(cluster: unknown): ServerVersion {
  if (typeof cluster === 'object' && cluster !== null && 'serverVersion' in cluster) {
    const v = (cluster as { serverVersion?: unknown }).serverVersion;
    if (typeof v === 'object' && v !== null && typeof (v as ServerVersion).minor === 'number') return v as ServerVersion;
  }
  return DEFAULT_SERVER_VERSION;
}

/** `minor >= since`: a feature introduced in 1.`since` is on in this server. */
export function atLeast(version: ServerVersion, since: number): boolean {
  return version.minor >= since;
}

/** Kustomize bundled with kubectl of this minor (kubectl's go.mod, sigs.k8s.io/kustomize/kustomize/v5). */
export function kustomizeVersion(minor: number): string {
  if (minor >= 34) return 'v5.7.1';
  if (minor === 33) return 'v5.6.0';
  if (minor === 32) return 'v5.5.0';
  if (minor === 31) return 'v5.4.2';
  return 'v5.0.4-0.20230601165947-6ce0bf390ce3';
}

/**
 * The `/version` body (apimachinery pkg/version/types.go Info), fields in its order; the emulation
 * and compatibility fields exist from 1.33 (compatibility versions, KEP-4330). The minimum
 * compatibility version is one minor back (component-base/compatibility).
 * SIMPLIFICATION(k8s): no gitCommit, buildDate, goVersion or compiler.
 */
export function versionInfo(version: ServerVersion): Record<string, string> {
  const info: Record<string, string> = { major: '1', minor: String(version.minor) };
  if (version.minor >= 33) {
    Object.assign(info, {
      emulationMajor: '1',
      emulationMinor: String(version.minor),
      minCompatibilityMajor: '1',
      minCompatibilityMinor: String(version.minor - 1),
    });
  }
  Object.assign(info, { gitVersion: version.gitVersion, gitTreeState: 'clean', platform: 'linux/amd64' });
  return info;
}
