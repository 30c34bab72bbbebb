// Types of the NetworkPolicy evaluator (the shared Traffic/TrafficVerdict live in ../types).
import type { DirectionVerdict, ObjectRef, PodInfo, PolicyRuleRef, Protocol, TrafficVerdict } from '../types';

/** How one direction of a connection was decided. */
export type DirectionCode =
  /** The endpoint is an address or node, not a pod: it has no policies. */
  | 'not-a-pod'
  /** A hostNetwork pod: never selected by a NetworkPolicy, so never isolated. */
  | 'host-network'
  /** No policy of this direction selects the pod. */
  | 'not-isolated'
  /** Isolated, and at least one rule admits the connection. */
  | 'allowed'
  /** A pod reaching itself (never blocked). */
  | 'self'
  /** Traffic from the node the pod runs on (kubelet probes, hostNetwork pods there). */
  | 'node-local'
  /** Isolated, and no rule admits the connection. */
  | 'denied'
  /** Not evaluated (the question itself was invalid; see the verdict's code). */
  | 'not-evaluated';

/** What one end of a probe is. */
export type EndKind = 'pod' | 'host-network-pod' | 'node' | 'ip';

/** One concrete end of a probe, as data: a pod (typed reference), a node, or an address. */
export type ProbeEnd = { kind: 'pod' | 'host-network-pod'; pod: ObjectRef } | { kind: 'node'; node: string; ip: string } | { kind: 'ip'; ip: string };

/** One rule of an isolating policy and which half of it matched the connection. */
export interface RuleCheck extends PolicyRuleRef {
  peerMatches: boolean;
  portMatches: boolean;
  /** Index in `from`/`to` of the first peer that matched (absent: no peer matched, or the rule has no peer list). */
  peerIndex?: number;
  /** Index in `ports` of the first port entry that matched (absent: none matched, or the rule has no port list). */
  portIndex?: number;
  /** How many peers and port entries the rule lists (0: the list is absent or empty and matches everything). */
  peerCount?: number;
  portCount?: number;
}

/** The peer a suggested rule would name. */
export type SuggestedPeer = { podSelector: Record<string, string>; namespaceSelector?: Record<string, string> } | { ipBlock: string };

/** The smallest rule that would admit a denied connection (data; words in describeTraffic). */
export interface RuleSuggestion {
  direction: 'ingress' | 'egress';
  /** Namespace of the pod whose policy needs the rule. */
  namespace: string;
  /** The pod that needs to be selected by the policy holding the rule. */
  pod: ObjectRef;
  peer: SuggestedPeer;
  port: number;
  protocol: Protocol;
}

export interface NetpolDirectionVerdict extends DirectionVerdict {
  direction: 'ingress' | 'egress';
  code: DirectionCode;
  /** The pod whose policies were evaluated (the source for egress, the destination for ingress). */
  pod?: ObjectRef;
  /** This end of the connection (source for egress, destination for ingress), in words: never parsed (use `pod`). */
  subject: string;
  subjectKind: EndKind;
  /** The other end of the connection in words (`x/b`, `203.0.113.10`, `node-1 (10.0.0.1)`): never parsed. */
  peer: string;
  peerKind: EndKind;
  /** Node name, for `node-local`. */
  node?: string;
  /** When denied: every rule of the isolating policies and which half of it matched. */
  checked: RuleCheck[];
  /** When allowed by policy: the admitting rules with the peer and port entry that matched. */
  matched?: RuleCheck[];
  suggestion?: RuleSuggestion;
}

/** What an endpoint of the question turned out to be. */
export interface EndpointRef {
  kind: 'pod' | 'host-network-pod' | 'node' | 'ip' | 'service' | 'workload' | 'unknown';
  /** In words, as asked and normalised: `ns/pod`, `ns/name` of the Service or workload, node name, address. Never parsed: use `object`. */
  name: string;
  /** The pod, Service or workload it names (kinds `pod`, `host-network-pod`, `service`, `workload`). */
  object?: ObjectRef;
  ip?: string;
  /** The pods it stands for (workload pods). */
  pods?: ObjectRef[];
  /** For a workload: its kind (`Deployment`). */
  workloadKind?: string;
}

/** Why a verdict is what it is at the top level. */
export type TrafficCode = 'evaluated' | 'invalid-endpoint' | 'invalid-port' | 'unsupported-protocol' | 'no-backends' | 'service-as-source';

/** What was wrong with a question that could not be evaluated (words in describeTraffic). */
export interface TrafficProblem {
  code:
    | 'bad-endpoint'
    | 'bad-ip'
    | 'unknown-endpoint'
    | 'unknown-node'
    | 'unknown-service'
    | 'external-name-service'
    | 'service-as-source'
    | 'bad-port'
    | 'unknown-port-name'
    | 'named-port-not-pod'
    | 'unknown-service-port'
    | 'unsupported-protocol'
    | 'no-backends';
  /** The endpoint, port or protocol concerned, as text. */
  subject: string;
  /** Extra data (the ports a Service has, the namespace searched...). */
  detail?: string;
}

/** One source pod → destination pod (or address) probe inside an aggregated question. */
export interface PairResult {
  from: ProbeEnd;
  to: ProbeEnd;
  port: number;
  allowed: boolean;
  egress: DirectionCode;
  ingress: DirectionCode;
}

export interface NetpolTrafficVerdict extends TrafficVerdict {
  egress: NetpolDirectionVerdict;
  ingress: NetpolDirectionVerdict;
  code: TrafficCode;
  from: EndpointRef;
  to: EndpointRef;
  /** Port as asked (number, named container port, or Service port). */
  port: number | string;
  /** Destination port the decision used (after named-port / Service targetPort resolution). */
  targetPort?: number;
  protocol: Protocol;
  /** Problem with the question itself (unknown pod, unknown port name...). */
  problem?: TrafficProblem;
  /**
   * When `from` or `to` stands for several pods (a Service's ready backends, a workload's
   * pods): every pair evaluated. The connection is `allowed` only when EVERY pair is allowed
   * (a Service that refuses some clients on some backends is a broken configuration);
   * `egress`/`ingress` then show the first denied pair (or the first pair when all pass).
   */
  pairs?: PairResult[];
  /** Counts behind `pairs`. */
  aggregate?: { pairs: number; allowed: number };
}

// ---------------------------------------------------------------- matrix

/** Pods that every policy treats alike (see trafficMatrix). */
export interface MatrixGroup {
  id: number;
  namespace: string;
  labels: Record<string, string>;
  ports: PodInfo['ports'];
  hostNetwork: boolean;
  /** Set when nodes matter (some matrix pod uses the host network). */
  node?: string;
  /** Member pods, sorted (by `ns/name`). */
  pods: ObjectRef[];
}

export interface MatrixProbe {
  port: number;
  protocol: Protocol;
  allowed: boolean;
}

export interface MatrixCell {
  /** Every probe allowed (for the asked port, or every declared port of the destination). */
  allowed: boolean;
  /** Short English reason. */
  reason: string;
  egress: DirectionCode;
  ingress: DirectionCode;
  /** Rules that admitted it (first probe that decided the cell). */
  allowedBy: PolicyRuleRef[];
  probes: MatrixProbe[];
  /** True when the destination declares no port and 80/TCP was assumed. */
  assumedPort?: boolean;
  /** Set when a named port does not exist on the destination. */
  missingPort?: string;
}

export interface TrafficMatrix {
  port?: number | string;
  protocol?: Protocol;
  groups: MatrixGroup[];
  /** `cells[from][to]`: traffic between two DIFFERENT pods of these groups (a pod always reaches itself). */
  cells: MatrixCell[][];
  /** Group index of each pod of `pods` (`groupOf[i]` is the group of `pods[i]`). */
  groupOf: number[];
  /** Every pod in the matrix, sorted (by `ns/name`). */
  pods: ObjectRef[];
}
