/**
 * Public surface of the Kubernetes simulator. Pure TypeScript: no React, no DOM, no Node
 * built-ins. Runs in Node, in a Web Worker and in tests. Keep these names and shapes stable:
 * other parts of the project and outside checks call them.
 */
export const SIM_VERSION = '0.1.0';
export type * from './types';

// Manifests and the cluster
export { parseManifests, MAX_INPUT_CHARS } from './parse';
/** A diagnostic's text in a language: words are rendered at the edge, by the catalogs. */
export { describeDiagnostic } from '../i18n/messages/render';
export type { ParseOptions, ParseResult, ParsedManifest } from './parse';
export { didYouMean, editDistance } from './support/didYouMean';
export { createCluster, checkCluster, labelSelectorMatches, builtinObjects, withBuiltins, accountKeys, podRejection } from './cluster';
export type { CreateClusterOptions } from './cluster';

// The simulated API server's version (one per world; default 1.35)
export { DEFAULT_SERVER_VERSION, DEFAULT_SERVER_MINOR, OLDEST_SERVER_MINOR, NEWEST_SERVER_MINOR, parseServerVersion, serverVersionOf } from './version';
export type { ServerVersion } from './version';
// One world pipeline: sources -> parsed objects, one cluster, positioned diagnostics (built once)
export { buildWorld, ParseCache, clearSharedMemos } from './world';
export type { World, WorldSource, WorldOptions } from './world';

// RBAC
export {
  authorize,
  describeAuthorization,
  forbiddenMessage,
  listPermissions,
  formatPermissionTable,
  whoCan,
  identityFor,
  splitServiceAccountUser,
  breakdownRule,
  resolveClusterRoles,
} from './rbac';
export type { PermissionList, PermissionRow, SubjectGrant, Identity } from './rbac';
/** The permission view's matrix and who-can (lib/sim/rbac/permissionMatrix.ts). */
export * from './rbac/permissionMatrix';

// Pod Security Standards and hardening
export { evaluatePodSecurity, describePodSecurity, podSecurityWarning, POD_SECURITY_CHECKS } from './podsecurity';
export type * from './podsecurity/types';
export { checkHardening, describeFinding, HARDENING_CHECKS, resolveSecurityContext } from './hardening';
export type { Finding as HardeningFinding } from './hardening';

// Audit
export { auditLevel, auditEvents, validateAuditPolicy, describeAuditDecision, formatAuditEvents } from './audit';
export type { AuditDecision, AuditEvent, AuditRequest } from './audit';

// Admission
export { admit, describeAdmission, resourceForKind, RESOURCES } from './admission';
export type { AdmissionRequest, AdmissionVerdict, AdmissionStep } from './admission';

// CEL (admission expressions)
export { compileCel } from './cel';

// Control plane
export { checkControlPlane, describeControlPlaneFinding, encryptionConfigProblem, CONTROL_PLANE_CHECKS } from './controlplane';
export type { Finding as ControlPlaneFinding } from './controlplane';

// NetworkPolicy reachability
export { evaluateTraffic, trafficMatrix, describeTraffic, matrixCellFor, describeSuggestion } from './netpol';

// Typed references between objects ({ namespace, name }); refText only for words
export { refText, sameRef } from './objectRef';
export type { TrafficMatrix, TrafficMatrixOptions, NetpolTrafficVerdict, NetpolDirectionVerdict, RuleCheck, RuleSuggestion } from './netpol';
// Typed ends of a verdict: what an endpoint turned out to be (EndpointRef.object), a probed pair's ends (ProbeEnd)
export type { EndpointRef, PairResult, ProbeEnd } from './netpol';

// kubectl and a small shell around it (the terminal)
export { runKubectl } from './kubectl';
export type { KubectlContext, KubectlResult } from './kubectl';
export { createShellSession, runShellLine, completeShellLine, pendingShellInput } from './shell';
export type { ShellSession, ShellResult, ShellLine } from './shell';

// Attack paths: entries (internet, a pod, a token, a user) to crown jewels, every edge a verdict
export {
  findAttackPath,
  attackGraph,
  attackPathsFrom,
  isCrownJewel,
  attackNodeKey,
  sameAttackNode,
  entryNode,
  formatAttackRef,
  DEFAULT_ATTACK_BUDGET,
  INTERNET_IP,
} from './attack';
export type { AttackPath, AttackEdge, AttackNode, AttackGraph, AttackTechnique, AttackEvidence, AttackSearchOptions, AttackRef } from './attack';

// Counterexamples ("try to break it"): concrete peers, pods and requests beyond the brief
export { findTrafficCounterexample, findPodSecurityCounterexample, findImageCounterexample, findAuditCounterexample, imagePinned } from './counterexample';
export type { TrafficCounterexample, TrafficIntent, AdmissionCounterexample, AuditCounterexample } from './counterexample';
