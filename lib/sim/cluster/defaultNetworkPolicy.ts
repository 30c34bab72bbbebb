// NetworkPolicy defaulting. Upstream: kubernetes `pkg/apis/networking/v1/defaults.go`
// (SetDefaults_NetworkPolicy, SetDefaults_NetworkPolicyPort); `spec.podSelector` is a
// required non-pointer field, so an absent one decodes as `{}`.
import type { KubeObject } from '../types';
import { asArray, childRecord, isRecord, setDefault } from './objectUtils';

/**
 * Defaults a NetworkPolicy in place: `spec.podSelector` → `{}`; `spec.policyTypes`, only when
 * empty or absent → `[Ingress]` plus `Egress` iff `spec.egress` has at least one rule;
 * every `ports[].protocol` → `TCP`. Documented in networking/v1 types.go (PolicyTypes).
 */
export function defaultNetworkPolicy(object: KubeObject): void {
  const spec = childRecord(object, 'spec');
  if (spec.podSelector === undefined || spec.podSelector === null) spec.podSelector = {};
  const types = spec.policyTypes;
  if (!Array.isArray(types) || types.length === 0) {
    const egressRules = asArray(spec.egress);
    spec.policyTypes = egressRules.length > 0 ? ['Ingress', 'Egress'] : ['Ingress'];
  }
  for (const direction of ['ingress', 'egress']) {
    for (const rule of asArray(spec[direction])) {
      if (!isRecord(rule)) continue;
      for (const port of asArray(rule.ports)) {
        if (isRecord(port)) setDefault(port, 'protocol', 'TCP');
      }
    }
  }
}
