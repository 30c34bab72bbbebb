/**
 * Types of the simulated kubectl: the shell session the terminal keeps, the context a command
 * runs in (who, which namespace) and what one command returns.
 */
import type { AuditEvent } from '../audit';
import type { Cluster, KubeObject } from '../types';

/** The kubeconfig context: the authenticated user, its groups and the default namespace. */
export interface KubectlContext {
  user: string;
  groups: string[];
  namespace: string;
}

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
  /** `$?`: the exit status of the last command line (0 before any). */
  exitCode?: number;
  /** Language of the lab's own notes (kubectl's and bash's texts stay English). Default en. */
  lang?: 'en' | 'es';
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
  /** Language of the lab's own notes in the terminal (default en). */
  lang?: 'en' | 'es';
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

export interface RunKubectlOptions extends Partial<KubectlContext> {
  files?: Record<string, string>;
  /** Standard input (a pipe, heredoc or `< file`): what `-f -` reads. */
  stdin?: string;
  lang?: 'en' | 'es';
  auditPolicy?: unknown;
  auditLog?: AuditEvent[];
  tick?: number;
}

export interface KubectlResult {
  output: string[];
  exitCode: number;
  cluster: Cluster;
  auditEvents: AuditEvent[];
}

/** An identity as the API server sees it after authentication (or impersonation). */
export interface Who {
  user: string;
  groups: string[];
}

/** Everything one kubectl invocation works with; commands update `cluster` and `out`. */
export interface Env {
  cluster: Cluster;
  /** The authenticated user (kubeconfig). */
  actor: Who;
  /** `--as` / `--as-group`, when given. */
  impersonate?: { user: string; groups: string[] };
  namespace: string;
  /** `-n` was given explicitly. */
  namespaceExplicit: boolean;
  files: Record<string, string>;
  /** Standard input, when the shell gave the command one (`-f -`). */
  stdin?: string;
  lang?: 'en' | 'es';
  /** Active audit policy (explicit option), else the Policy object in the cluster. */
  auditPolicy?: unknown;
  /** Events written by this invocation. */
  audit: AuditEvent[];
  tick: number;
  /** Requests made in this invocation (for audit IDs and timestamps). */
  requests: number;
  out: string[];
  /** Audit log before this command (what `kubectl logs kube-apiserver` reads). */
  pastAudit: readonly AuditEvent[];
  /** Set by `kubectl config set-context --current --namespace=X`. */
  nextNamespace?: string;
}

/** A command's outcome. */
export interface CommandOutcome {
  exitCode: number;
}

export type { KubeObject };
