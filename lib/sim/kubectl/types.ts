/**
 * Types of the simulated kubectl: the context a command runs in (who, which namespace) and
 * what one command returns. The terminal's session types are ../shell/types.ts.
 */
import type { AuditEvent } from '../audit';
import type { Cluster, KubeObject } from '../types';
import type { OutputLine } from '../streams';
import type { RequestContext } from '../apiserver/types';

export type { Who } from '../apiserver/types';

/** The kubeconfig context: the authenticated user, its groups and the default namespace. */
export interface KubectlContext {
  user: string;
  groups: string[];
  namespace: string;
}

export interface RunKubectlOptions extends Partial<KubectlContext> {
  files?: Record<string, string>;
  /** Standard input (a pipe, heredoc or `< file`): what `-f -` reads. */
  stdin?: string;
  auditPolicy?: unknown;
  auditLog?: AuditEvent[];
  tick?: number;
}

export interface KubectlResult {
  /** The printed texts, in order (both streams); the lab's notes in English. */
  output: string[];
  /** The same lines, each with the stream it was written to; the lab's notes as messages (words at the edge). */
  lines: OutputLine[];
  exitCode: number;
  cluster: Cluster;
  auditEvents: AuditEvent[];
}

/**
 * Everything one kubectl invocation works with: the API server's request context (who, the
 * cluster, audit, clock) plus kubectl's own (namespace, files, output); commands update
 * `cluster` and `out`.
 */
export interface Env extends RequestContext {
  namespace: string;
  /** `-n` was given explicitly. */
  namespaceExplicit: boolean;
  files: Record<string, string>;
  /** Standard input, when the shell gave the command one (`-f -`). */
  stdin?: string;
  /** What the command wrote so far, each line on its stream (kubectl/output.ts writes here). */
  out: OutputLine[];
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
