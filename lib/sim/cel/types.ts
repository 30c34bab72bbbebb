/** Types of the simulator's CEL adapter (Kubernetes admission CEL on @marcbachmann/cel-js). */
import type { Message } from '../messages';
import type { AccessRequest } from '../types';

/** Where a CEL expression is used; decides which result type it must have. */
export type CelExpressionKind = 'validation' | 'messageExpression' | 'matchCondition' | 'variable' | 'auditAnnotation';

/** A problem with an expression, positioned by 0-based offset into the expression text. */
export interface CelDiagnostic {
  /** English message (what the API server or cel-go would say, as close as we can). */
  message: string;
  /** The problem as a message (`cel.*`), rendered in the learner's language at the edge. */
  text: Message;
  offset: number;
  length: number;
  /** Stable kebab-case code: `cel-syntax`, `cel-type`, `cel-unsupported`, `cel-runtime`, `cel-result-type`, ... */
  code: string;
}

/** A compiled expression, ready to evaluate with any activation. */
export interface CelProgram {
  readonly expression: string;
  readonly kind: CelExpressionKind;
  /** Static result type from the checker (`bool`, `string`, `int`, `dyn`, ...). */
  readonly resultType: string;
  /** @internal evaluates with an already converted activation; throws library errors. */
  readonly run: (activation: Record<string, unknown>) => unknown;
}

export type CelCompileResult = { ok: true; program: CelProgram; resultType: string } | { ok: false; diagnostic: CelDiagnostic };

/** A named composite variable of a ValidatingAdmissionPolicy (`spec.variables`). */
export interface CelVariableDeclaration {
  name: string;
  expression: string;
}

/** The inputs of an admission CEL evaluation, as plain JSON (numbers are converted inside). */
export interface CelInputs {
  object?: unknown;
  oldObject?: unknown;
  request?: unknown;
  params?: unknown;
  namespaceObject?: unknown;
  /** Named composite variables, evaluated lazily and at most once per activation. */
  variables?: readonly CelVariableDeclaration[];
  /** Who sent the request and how the cluster authorizes (the `authorizer` variable); unset = checks error. */
  authorizer?: CelAuthorizerInput;
}

/** What `authorizer...check(verb)` asks: a SubjectAccessReview-shaped request (resource version `*`). */
export type CelAuthzRequest = AccessRequest;

/** An authorizer's answer (authorizer.Decision, reason, error). */
export interface CelAuthzDecision {
  decision: 'allow' | 'deny' | 'noOpinion';
  reason: string;
  /** Set when the authorizer failed (`errored()` is then true). */
  error?: string;
}

/** The requester of an admission request and the cluster's authorizer, for the CEL `authorizer` variable. */
export interface CelAuthorizerInput {
  user: string;
  groups: readonly string[];
  authorize: (request: CelAuthzRequest) => CelAuthzDecision;
  /** The request's own resource, for `authorizer.requestResource`. */
  requestResource?: { group: string; resource: string; subresource: string; namespace: string; name: string };
}

/** Result of one evaluation. `value` is converted back to plain JSON (BigInt → number). */
export type CelEvaluation = { ok: true; value: unknown } | { ok: false; error: CelDiagnostic };
