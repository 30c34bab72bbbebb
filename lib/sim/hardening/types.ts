// Types of the container and workload hardening checks (lib/sim/hardening).
import type { MessageLike } from '../messages';
import type { Finding as SharedFinding, FindingSeverity } from '../types';

export type { FindingSeverity };

/** A hardening finding (id from HARDENING_CHECKS): the shared Finding plus the container concerned. */
export interface Finding extends SharedFinding {
  /** Name of the container concerned, for per-container findings. */
  container?: string;
}

/** A hardening check's documentation, as Polaris, kubesec and kube-score document theirs. */
export interface HardeningCheck {
  id: string;
  /** Severity of a typical occurrence (a few checks adjust it per occurrence; see `why`). */
  severity: FindingSeverity;
  scope: 'pod' | 'container';
  title: MessageLike;
  /** Why it matters. */
  why: MessageLike;
  /** The fix in general terms. */
  fix: MessageLike;
  /** Comparable checks in well-known linters (provenance, not copied). */
  seeAlso: string;
}

/** Where an effective securityContext value came from. */
export type SettingSource = 'container' | 'pod' | 'default';

/** A resolved securityContext field: its value, who set it, and the path that decides it. */
export interface EffectiveSetting<T> {
  /** The value in force (the runtime default where the API leaves it unset, see each field). */
  value: T;
  source: SettingSource;
  /** Path of the field that set it; for defaults, where the container would set it. */
  path: string;
}
