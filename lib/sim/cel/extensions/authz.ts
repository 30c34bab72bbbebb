// Kubernetes authorizer CEL library (in the base environment from 1.27):
// staging/src/k8s.io/apiserver/pkg/cel/library/authz.go. `authorizer` is the requesting user;
// `authorizer.requestResource` is a ResourceCheck for the request's own resource. Each `check`
// asks the cluster's authorizer (the simulator's RBAC, wired by lib/sim/admission) and costs
// 350,000 (library/cost.go: "only two authorization checks per expression").
// Docs: https://kubernetes.io/docs/reference/using-api/cel/#kubernetes-authorizer-library
import type { Environment } from '@marcbachmann/cel-js';
import { chargeCost } from '../cost';
import type { CelAuthorizerInput, CelAuthzDecision, CelAuthzRequest } from '../types';
import { celFail } from './errors';
import { isDNS1123Label, isDNS1123Subdomain } from './format';

export const CHECK_COST = 350_000;

const AUTHORIZER = 'kubernetes.authorization.Authorizer';
const PATH_CHECK = 'kubernetes.authorization.PathCheck';
const GROUP_CHECK = 'kubernetes.authorization.GroupCheck';
const RESOURCE_CHECK = 'kubernetes.authorization.ResourceCheck';
const DECISION = 'kubernetes.authorization.Decision';

interface Principal {
  readonly user: string;
  readonly groups: readonly string[];
  readonly decide: (request: CelAuthzRequest) => CelAuthzDecision;
}

export class CelDecision {
  constructor(readonly decision: CelAuthzDecision) {}
  celDisplay(): string {
    return this.decision.decision;
  }
}

export class CelPathCheck {
  constructor(
    readonly principal: Principal,
    readonly path: string,
  ) {}
  celDisplay(): string {
    return `PathCheck(${this.path})`;
  }
}

export class CelGroupCheck {
  constructor(
    readonly principal: Principal,
    readonly group: string,
  ) {}
  celDisplay(): string {
    return `GroupCheck(${this.group})`;
  }
}

export class CelResourceCheck {
  constructor(
    readonly principal: Principal,
    readonly group: string,
    readonly resource: string,
    readonly subresource = '',
    readonly namespace = '',
    readonly name = '',
  ) {}
  celDisplay(): string {
    return `ResourceCheck(${[this.group, this.resource, this.subresource, this.namespace, this.name].join(', ')})`;
  }
  with(change: Partial<Pick<CelResourceCheck, 'subresource' | 'namespace' | 'name'>>): CelResourceCheck {
    const next = { subresource: this.subresource, namespace: this.namespace, name: this.name, ...change };
    return new CelResourceCheck(this.principal, this.group, this.resource, next.subresource, next.namespace, next.name);
  }
}

export class CelAuthorizer {
  constructor(
    readonly principal: Principal,
    readonly requestResource: CelResourceCheck | null,
  ) {}
  celDisplay(): string {
    return `Authorizer(${this.principal.user})`;
  }
}

const NO_AUTHORIZER: CelAuthzDecision = {
  decision: 'noOpinion',
  reason: '',
  error: 'no authorizer is available to this evaluation (no admission request)',
};

/** The `authorizer` value of an activation: the requester (or, without one, an authorizer that errors). */
export function celAuthorizer(input: CelAuthorizerInput | undefined): CelAuthorizer {
  const principal: Principal = input
    ? { user: input.user, groups: [...input.groups], decide: input.authorize }
    : { user: '', groups: [], decide: () => NO_AUTHORIZER };
  const r = input?.requestResource;
  const resource = r ? new CelResourceCheck(principal, r.group, r.resource, r.subresource, r.namespace, r.name) : null;
  return new CelAuthorizer(principal, resource);
}

function decide(principal: Principal, request: Omit<CelAuthzRequest, 'user' | 'groups'>): CelDecision {
  chargeCost(CHECK_COST - 1);
  try {
    return new CelDecision(principal.decide({ user: principal.user, groups: [...principal.groups], ...request }));
  } catch (error) {
    return new CelDecision({ decision: 'noOpinion', reason: '', error: String(error) });
  }
}

/** ServiceAccountInfo.UserInfo (k8s.io/apiserver/pkg/authentication/serviceaccount). */
function serviceAccount(a: CelAuthorizer, namespace: string, name: string): CelAuthorizer {
  if (isDNS1123Subdomain(name).length > 0) celFail('Invalid service account name');
  if (isDNS1123Label(namespace).length > 0) celFail('Invalid service account namespace');
  const principal: Principal = {
    user: `system:serviceaccount:${namespace}:${name}`,
    groups: ['system:serviceaccounts', `system:serviceaccounts:${namespace}`],
    decide: a.principal.decide,
  };
  return new CelAuthorizer(principal, null);
}

function nonEmpty(value: string, what: string): string {
  if (value.trim() === '') celFail(`${what} must not be empty`);
  return value;
}

/** Registers the authorizer types and functions, and the `authorizer` variable. */
export function registerAuthz(env: Environment): void {
  env.registerType(DECISION, CelDecision);
  env.registerType(PATH_CHECK, CelPathCheck);
  env.registerType(GROUP_CHECK, CelGroupCheck);
  env.registerType(RESOURCE_CHECK, CelResourceCheck);
  env.registerType(AUTHORIZER, { ctor: CelAuthorizer, fields: { requestResource: RESOURCE_CHECK } });
  env.registerVariable('authorizer', AUTHORIZER);
  env.registerFunction(`${AUTHORIZER}.path(string): ${PATH_CHECK}`, (a: CelAuthorizer, p: string) => new CelPathCheck(a.principal, nonEmpty(p, 'path')));
  env.registerFunction(`${AUTHORIZER}.group(string): ${GROUP_CHECK}`, (a: CelAuthorizer, g: string) => new CelGroupCheck(a.principal, g));
  env.registerFunction(`${AUTHORIZER}.serviceAccount(string, string): ${AUTHORIZER}`, serviceAccount);
  env.registerFunction(
    `${GROUP_CHECK}.resource(string): ${RESOURCE_CHECK}`,
    (g: CelGroupCheck, r: string) => new CelResourceCheck(g.principal, g.group, nonEmpty(r, 'resource')),
  );
  env.registerFunction(`${RESOURCE_CHECK}.subresource(string): ${RESOURCE_CHECK}`, (r: CelResourceCheck, s: string) => r.with({ subresource: s }));
  env.registerFunction(`${RESOURCE_CHECK}.namespace(string): ${RESOURCE_CHECK}`, (r: CelResourceCheck, s: string) => r.with({ namespace: s }));
  env.registerFunction(`${RESOURCE_CHECK}.name(string): ${RESOURCE_CHECK}`, (r: CelResourceCheck, s: string) => r.with({ name: s }));
  // AuthzSelectors (base.go: 1.31, AuthorizeWithSelectors on by default from 1.32): the selectors go to
  // the authorizer with the check; RBAC ignores them, and RBAC is the simulator's only authorizer.
  env.registerFunction(`${RESOURCE_CHECK}.fieldSelector(string): ${RESOURCE_CHECK}`, (r: CelResourceCheck) => r);
  env.registerFunction(`${RESOURCE_CHECK}.labelSelector(string): ${RESOURCE_CHECK}`, (r: CelResourceCheck) => r);
  env.registerFunction(`${PATH_CHECK}.check(string): ${DECISION}`, (p: CelPathCheck, verb: string) =>
    decide(p.principal, { nonResourceAttributes: { verb, path: p.path } }),
  );
  env.registerFunction(`${RESOURCE_CHECK}.check(string): ${DECISION}`, (r: CelResourceCheck, verb: string) =>
    decide(r.principal, {
      resourceAttributes: {
        verb,
        group: r.group,
        version: '*',
        resource: r.resource,
        ...(r.subresource ? { subresource: r.subresource } : {}),
        ...(r.namespace ? { namespace: r.namespace } : {}),
        ...(r.name ? { name: r.name } : {}),
      },
    }),
  );
  env.registerFunction(`${DECISION}.allowed(): bool`, (d: CelDecision) => d.decision.decision === 'allow');
  env.registerFunction(`${DECISION}.reason(): string`, (d: CelDecision) => d.decision.reason);
  env.registerFunction(`${DECISION}.errored(): bool`, (d: CelDecision) => d.decision.error !== undefined);
  env.registerFunction(`${DECISION}.error(): string`, (d: CelDecision) => d.decision.error ?? '');
}
