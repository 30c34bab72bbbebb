/**
 * The registry's 422 Invalid for an object kubectl apply sends whose problems the API server
 * words itself: each diagnostic's `api` (the field.Error of pkg/apis/<group>/validation), all of
 * them, in the order the validation function appends them. Upstream: apimachinery
 * pkg/api/errors NewInvalid; kubectl pkg/cmd/util/helpers.go checkErr prints it from the causes.
 */
import { newInvalid, type FieldError } from '../apiserver/invalid';
import { nameOf } from '../apiserver/objectData';
import type { Diagnostic, KubeObject } from '../types';

const BINDING_FIELDS = ['name', 'kind', 'apiGroup', 'namespace'];
const RULE_FIELDS = ['verbs', 'nonResourceURLs', 'apiGroups', 'resources'];

/** ValidateRoleBinding: roleRef apiGroup, kind, name, then each subject's name, kind, apiGroup, namespace. */
function bindingRank(field: string): number {
  const roleRef = ['roleRef.apiGroup', 'roleRef.kind', 'roleRef.name'].indexOf(field);
  if (roleRef >= 0) return roleRef;
  const subject = /^subjects\[(\d+)\]\.(\w+)$/.exec(field);
  if (!subject) return 3;
  return 4 + Number(subject[1]) * 4 + Math.max(0, BINDING_FIELDS.indexOf(subject[2]));
}

/** ValidatePolicyRule: each rule's verbs, nonResourceURLs, apiGroups, resources. */
function ruleRank(field: string): number {
  const rule = /^rules\[(\d+)\]\.(\w+)$/.exec(field);
  return rule ? Number(rule[1]) * 4 + Math.max(0, RULE_FIELDS.indexOf(rule[2])) : 0;
}

/**
 * ValidateNetworkPolicySpec (pkg/apis/networking/validation/validation.go): podSelector, each
 * ingress rule's ports then peers, each egress rule's ports then peers, then policyTypes.
 */
function networkPolicyRank(field: string): number {
  const rule = /^spec\.(ingress|egress)\[(\d+)\]\.(ports|from|to)\[(\d+)\]/.exec(field);
  if (rule) return (rule[1] === 'ingress' ? 1e6 : 2e6) + Number(rule[2]) * 1e4 + (rule[3] === 'ports' ? 0 : 5e3) + Number(rule[4]);
  return field.startsWith('spec.policyTypes') ? 3e6 : 0;
}

/** Where an error comes in the registry's list; the diagnostics come in line order (a stable sort keeps it elsewhere). */
function registryRank(kind: string, field: string): number {
  if (kind === 'Role' || kind === 'ClusterRole') return ruleRank(field);
  if (kind === 'RoleBinding' || kind === 'ClusterRoleBinding') return bindingRank(field);
  if (kind === 'NetworkPolicy') return networkPolicyRank(field);
  return 0;
}

/** The 422 Invalid for the object's diagnostics that carry the API server's words, or undefined. */
export function registryInvalid(object: KubeObject, diags: readonly Diagnostic[]): ReturnType<typeof newInvalid> | undefined {
  const errors: FieldError[] = [];
  for (const d of diags) {
    if (d.api) errors.push({ type: d.api.type, field: d.api.field ?? d.path ?? '', value: d.api.value, detail: d.api.detail });
  }
  if (errors.length === 0) return undefined;
  errors.sort((a, b) => registryRank(object.kind, a.field) - registryRank(object.kind, b.field));
  const apiVersion = String(object.apiVersion);
  const group = apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
  return newInvalid(group, object.kind, nameOf(object), errors);
}
