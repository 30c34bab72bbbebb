/**
 * Types of the terminal's shell: the session it keeps between lines, what one line returns,
 * and tab completion.
 */
import type { AuditEvent } from '../audit';
import type { Cluster } from '../types';
import type { KubectlContext } from '../kubectl/types';
import type { OutputLine } from '../streams';

/** One line a shell command printed: text, or one of the lab's notes as a message (../streams.ts). */
export type ShellLine = OutputLine;

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
  /**
   * What the line printed, each line on its stream; the lab's own notes (help, hints, refusals)
   * are messages the terminal renders in the learner's language (words at the edge).
   */
  lines: ShellLine[];
  /** The same lines as one text (joined by `\n`), the notes in English. */
  output: string;
  exitCode: number;
  clear?: boolean;
}

export interface CompletionResult {
  replaceFrom: number;
  candidates: string[];
}
