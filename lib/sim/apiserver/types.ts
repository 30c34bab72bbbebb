/**
 * What the API server's request pipeline knows about a client's requests: who is asking (and
 * whom they impersonate), the cluster the requests read and write, the audit Policy and the
 * events written so far, and the clock. kubectl's Env extends it (kubectl/types.ts).
 */
import type { AuditEvent } from '../audit';
import type { Cluster } from '../types';

/** An identity as the API server sees it after authentication (or impersonation). */
export interface Who {
  user: string;
  groups: string[];
}

/**
 * A client's dry-run mode (kubectl `--dry-run`): `server` sends requests with dryRun=All
 * (authorized, admitted, audited, never persisted); `client` sends none that write.
 */
export type DryRun = 'client' | 'server' | undefined;

/** The state one client's requests run in; writes replace `cluster`, audit events are appended. */
export interface RequestContext {
  cluster: Cluster;
  /** The authenticated user (kubeconfig). */
  actor: Who;
  /** `Impersonate-User` / `Impersonate-Group` (kubectl `--as` / `--as-group`), when given. */
  impersonate?: { user: string; groups: string[] };
  /** Active audit policy (explicit option), else the Policy object in the cluster. */
  auditPolicy?: unknown;
  /** Events written by these requests. */
  audit: AuditEvent[];
  tick: number;
  /** Requests made so far (for audit IDs and timestamps). */
  requests: number;
}
