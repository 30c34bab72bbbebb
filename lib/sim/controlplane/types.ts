/**
 * Types of the control-plane checks: CIS-benchmark-style checks on the flags of the control
 * plane's static Pods and on KubeletConfiguration / EncryptionConfiguration files.
 */
import type { Message } from '../messages';
import type { Finding as SharedFinding, FindingSeverity } from '../types';

export type { FindingSeverity };

/** A control-plane finding: the shared Finding plus where it comes from in the benchmark. */
export interface Finding extends SharedFinding {
  /** Benchmark reference, e.g. `CIS 1.9 1.2.15`. */
  cis?: string;
  /** Index of the object in the list given to checkControlPlane. */
  objectIndex?: number;
}

export type ControlPlaneComponent = 'kube-apiserver' | 'kube-controller-manager' | 'kube-scheduler' | 'etcd' | 'kubelet' | 'encryption-config';

/** One `--flag` occurrence in a container's command or args. */
export interface FlagOccurrence {
  name: string;
  /** Value as written (`true` for a bare boolean flag). */
  value: string;
  /** Where it is: `spec.containers[0].command[3]`. */
  path: string;
}

/** The flags of one control-plane container. */
export interface FlagSet {
  component: ControlPlaneComponent;
  /** Last occurrence of a flag (scalar flags: the last one wins). */
  last(name: string): FlagOccurrence | undefined;
  /** Every occurrence of a flag, in order (slice flags append). */
  all(name: string): FlagOccurrence[];
  /** Where a missing flag should be added: `spec.containers[0].command`. */
  insertPath: string;
  /** Tokens that are not flags (the component refuses to start with them). */
  stray: { text: string; path: string }[];
}

/** The thing a check looks at: a control-plane container's flags, or a config object. */
export type CheckTarget =
  | { kind: 'flags'; component: ControlPlaneComponent; objectIndex: number; label: string; flags: FlagSet; host?: HostContext }
  | { kind: 'config'; component: ControlPlaneComponent; objectIndex: number; label: string; config: Record<string, unknown> };

/** What a flag check may also look at: the container, its pod's spec, every object given. */
export interface HostContext {
  container: Record<string, unknown>;
  /** Path of the container (`spec.containers[0]`). */
  containerPath: string;
  podSpec: Record<string, unknown>;
  /** Path of the pod spec (`spec`, `spec.template.spec`). */
  podSpecPath: string;
  objects: readonly unknown[];
}

/** What one check concluded for one target. */
export interface CheckVerdict {
  pass: boolean;
  /** Object path of the field or flag entry (or where it should be added). */
  path: string;
  /** What was found, e.g. "--profiling is not set, so it defaults to true". */
  detail: Message;
  /** Overrides the check's severity for this outcome (e.g. info when only a recommendation). */
  severity?: FindingSeverity;
}

/** A check of the registry. `evaluate` returns null when the check does not apply. */
export interface ControlPlaneCheck {
  id: string;
  /** Benchmark reference, e.g. `CIS 1.9 1.2.15` (or `—` when the check is ours). */
  cis: string;
  component: ControlPlaneComponent;
  severity: FindingSeverity;
  title: Message;
  why: Message;
  fix: Message;
  evaluate(target: CheckTarget): CheckVerdict | null;
}

/** The outcome of one check on one object, pass or fail, like a kube-bench line. */
export interface ControlPlaneCheckResult {
  id: string;
  cis: string;
  component: ControlPlaneComponent;
  status: 'pass' | 'fail';
  severity: FindingSeverity;
  objectIndex: number;
  /** `Pod kube-system/kube-apiserver`, `KubeletConfiguration`. */
  object: string;
  path: string;
  detail: Message;
  title: Message;
  why: Message;
  fix: Message;
}
