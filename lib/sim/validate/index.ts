import type { Finding } from './finding';
import type { ObjectContext } from './validateMetadata';
import { validateMetadata } from './validateMetadata';
import { validateNetworkPolicy } from './validateNetworkPolicy';
import { validateRbac } from './validateRbac';
import { validateWebhooks } from './validateWebhooks';
import { validateWorkload } from './validateWorkload';

export type { Finding, Severity } from './finding';
export type { ObjectContext } from './validateMetadata';
export { selectorMatches } from './labelSelector';
export { parseCidr, isStrictSubnet } from './cidr';
export type { Cidr } from './cidr';

/**
 * Per-object semantic validation: what the API server's type validation
 * (pkg/apis/*\/validation) would reject or change in this one object, without looking at any
 * other object. Cross-object checks (a binding to a missing role, a policy that selects no
 * pod) belong to lib/sim/cluster. Never throws: malformed fields are left to the schema check.
 */
export function validateObject(object: Record<string, unknown>, ctx: ObjectContext): Finding[] {
  try {
    return [
      ...validateMetadata(object, ctx),
      ...validateWorkload(object, ctx.kind),
      ...validateRbac(object, ctx.kind),
      ...validateWebhooks(object, ctx.kind),
      ...(ctx.kind === 'NetworkPolicy' ? validateNetworkPolicy(object) : []),
    ];
  } catch {
    return [];
  }
}
