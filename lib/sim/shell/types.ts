/**
 * Types of the terminal's shell: the session it keeps between lines, what one line returns,
 * and tab completion.
 */
import type { AuditEvent } from '../audit';
import type { Cluster } from '../types';
import type { KubectlContext } from '../kubectl/types';

/** A terminal session: the cluster as it is now, plus what the shell remembers. */
export interface ShellSession {
  cluster: Cluster;
  context: KubectlContext;
  /** Files `kubectl apply -f NAME` can read (editor files, demo manifests). */
  files: Record<string, string>;
  /** Audit events the API server wrote so far (per the active audit Policy). */
  auditLog: AuditEvent[];
  /** Command lines entered. */
  history: string[];
  /** Deterministic clock: one tick per command line. */
  tick: number;
}

export interface ShellSessionOptions {
  objects?: unknown[];
  cluster?: Cluster;
  files?: Record<string, string>;
  user?: string;
  groups?: string[];
  namespace?: string;
  auditPolicy?: unknown;
  /** Add what a fresh minikube cluster has (system pods, bootstrap RBAC, the kubernetes Service). Default true. */
  minikube?: boolean;
  /** The API server's version (`1.34`); default: the given cluster's, else 1.35 (lib/sim/version). */
  serverVersion?: string;
}

export interface ShellResult {
  session: ShellSession;
  output: string;
  exitCode: number;
  clear?: boolean;
}

export interface CompletionResult {
  replaceFrom: number;
  candidates: string[];
}
