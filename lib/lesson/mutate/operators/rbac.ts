/**
 * RBAC weakening operators. Rules are additive (https://kubernetes.io/docs/reference/access-authn-authz/rbac/#role-and-clusterrole):
 * a wider verb, resource or group list, a dropped resourceNames, an extra resource or an extra
 * subject can only grant more. A RoleBinding grants inside its namespace; a ClusterRoleBinding
 * grants in every namespace (#rolebinding-and-clusterrolebinding).
 */
import type { Edit, MutationSpec } from '../types';
import type { WorkDoc } from '../workspace';
import { asArray, asObj, isObj, kindOf, nameOf, namespaceOf, str } from '../objects';
import { del, insert, set, spec, type Operator, type OperatorContext } from './context';

const RBAC_GROUP = 'rbac.authorization.k8s.io';

function listHas(value: unknown, item: string): boolean {
  return asArray(value).includes(item);
}

function ruleMutants(doc: WorkDoc, rule: Record<string, unknown>, i: number): MutationSpec[] {
  const out: MutationSpec[] = [];
  const at = ['rules', i];
  const isResourceRule = Array.isArray(rule.resources);
  if (!listHas(rule.verbs, '*')) out.push(spec('rbac.verbs-star', doc, at, `rule ${i}: verbs → ["*"]`, [set(doc, [...at, 'verbs'], ['*'])]));
  if (isResourceRule && !listHas(rule.resources, '*'))
    out.push(spec('rbac.resources-star', doc, at, `rule ${i}: resources → ["*"]`, [set(doc, [...at, 'resources'], ['*'])]));
  if (isResourceRule && !listHas(rule.apiGroups, '*'))
    out.push(spec('rbac.apigroups-star', doc, at, `rule ${i}: apiGroups → ["*"]`, [set(doc, [...at, 'apiGroups'], ['*'])]));
  if (asArray(rule.resourceNames).length > 0)
    out.push(spec('rbac.drop-resource-names', doc, at, `rule ${i}: resourceNames removed`, [del(doc, [...at, 'resourceNames'])]));
  return out;
}

/** Add `secrets` to a core-group rule without resourceNames, or a new rule that reads Secrets. */
function addSecrets(doc: WorkDoc, rules: Record<string, unknown>[]): MutationSpec[] {
  const grantsSecrets = rules.some(
    (r) =>
      (listHas(r.apiGroups, '') || listHas(r.apiGroups, '*')) &&
      (listHas(r.resources, 'secrets') || listHas(r.resources, '*')) &&
      asArray(r.resourceNames).length === 0 &&
      (listHas(r.verbs, '*') || listHas(r.verbs, 'get')),
  );
  if (grantsSecrets) return [];
  const i = rules.findIndex(
    (r) => listHas(r.apiGroups, '') && Array.isArray(r.resources) && !listHas(r.resources, 'secrets') && asArray(r.resourceNames).length === 0,
  );
  if (i >= 0)
    return [spec('rbac.add-secrets', doc, ['rules', i], `rule ${i}: secrets added to resources`, [insert(doc, ['rules', i, 'resources'], 'secrets')])];
  const rule = { apiGroups: [''], resources: ['secrets'], verbs: ['get', 'list', 'watch'] };
  return [
    spec('rbac.add-secrets', doc, ['rules'], 'a rule that reads every Secret added', [
      Array.isArray(asObj(doc.value).rules) ? insert(doc, ['rules'], rule) : set(doc, ['rules'], [rule]),
    ]),
  ];
}

const roleMutants: Operator = (doc) => {
  const kind = kindOf(doc.value);
  if (kind !== 'Role' && kind !== 'ClusterRole') return [];
  if (isObj(asObj(doc.value).aggregationRule)) return [];
  const rules = asArray(asObj(doc.value).rules).map(asObj);
  return [...rules.flatMap((rule, i) => ruleMutants(doc, rule, i)), ...addSecrets(doc, rules)];
};

function hasSubject(subjects: unknown[], kind: string, name: string, namespace?: string): boolean {
  return subjects.map(asObj).some((s) => s.kind === kind && s.name === name && (namespace === undefined || s.namespace === namespace));
}

/** The namespace whose `default` ServiceAccount an extra subject names. */
function bindingNamespace(value: unknown): string | undefined {
  const own = namespaceOf(value);
  if (own) return own;
  return asArray(asObj(value).subjects)
    .map(asObj)
    .map((s) => str(s.namespace))
    .find(Boolean);
}

const subjectMutants: Operator = (doc) => {
  const kind = kindOf(doc.value);
  if (kind !== 'RoleBinding' && kind !== 'ClusterRoleBinding') return [];
  const subjects = asArray(asObj(doc.value).subjects);
  const add = (value: unknown): Edit => (subjects.length ? insert(doc, ['subjects'], value) : set(doc, ['subjects'], [value]));
  const out: MutationSpec[] = [];
  if (!hasSubject(subjects, 'Group', 'system:authenticated')) {
    out.push(
      spec('rbac.subject-authenticated', doc, ['subjects'], 'subject Group system:authenticated added', [
        add({ kind: 'Group', apiGroup: RBAC_GROUP, name: 'system:authenticated' }),
      ]),
    );
  }
  if (!hasSubject(subjects, 'User', 'system:anonymous') && !hasSubject(subjects, 'Group', 'system:unauthenticated')) {
    out.push(
      spec('rbac.subject-anonymous', doc, ['subjects'], 'subject User system:anonymous added', [
        add({ kind: 'User', apiGroup: RBAC_GROUP, name: 'system:anonymous' }),
      ]),
    );
  }
  const ns = bindingNamespace(doc.value);
  if (ns && !hasSubject(subjects, 'ServiceAccount', 'default', ns)) {
    out.push(
      spec('rbac.subject-default-sa', doc, ['subjects'], `subject ServiceAccount ${ns}/default added`, [
        add({ kind: 'ServiceAccount', name: 'default', namespace: ns }),
      ]),
    );
  }
  // An identity from elsewhere that no deny goal thinks to name (the third outsider pass found it
  // passing every goal of ten exercises): a ServiceAccount of another namespace, here kube-system's.
  if (ns !== 'kube-system' && !hasSubject(subjects, 'ServiceAccount', 'default', 'kube-system')) {
    out.push(
      spec('rbac.subject-foreign-sa', doc, ['subjects'], 'subject ServiceAccount kube-system/default added', [
        add({ kind: 'ServiceAccount', name: 'default', namespace: 'kube-system' }),
      ]),
    );
  }
  return out;
};

/**
 * RoleBinding → ClusterRoleBinding: the same subjects get the role in every namespace. A Role
 * cannot be the roleRef of a ClusterRoleBinding, so it becomes a ClusterRole of the same name
 * (in place when it is in an editable file, with the RoleBindings that named it following).
 */
const clusterWide: Operator = (doc, ctx) => {
  if (kindOf(doc.value) !== 'RoleBinding') return [];
  const ns = namespaceOf(doc.value);
  const roleRef = asObj(asObj(doc.value).roleRef);
  const edits: Edit[] = [set(doc, ['kind'], 'ClusterRoleBinding'), del(doc, ['metadata', 'namespace'])];
  asArray(asObj(doc.value).subjects)
    .map(asObj)
    .forEach((s, i) => {
      if (s.kind === 'ServiceAccount' && !s.namespace) edits.push(set(doc, ['subjects', i, 'namespace'], ns));
    });
  if (roleRef.kind === 'Role') edits.push(...roleToClusterRole(doc, ctx, ns, str(roleRef.name) ?? ''));
  return [spec('rbac.cluster-wide-binding', doc, [], 'RoleBinding turned into a ClusterRoleBinding (the role granted in every namespace)', edits)];
};

function roleToClusterRole(binding: WorkDoc, ctx: OperatorContext, ns: string, role: string): Edit[] {
  const edits: Edit[] = [set(binding, ['roleRef', 'kind'], 'ClusterRole')];
  const isRole = (v: unknown) => kindOf(v) === 'Role' && nameOf(v) === role && namespaceOf(v) === ns;
  const editable = ctx.ws.docs.find((d) => isRole(d.value));
  const clusterRoleExists = ctx.all.some((v) => kindOf(v) === 'ClusterRole' && nameOf(v) === role);
  if (editable) {
    edits.push(set(editable, ['kind'], 'ClusterRole'), del(editable, ['metadata', 'namespace']));
    for (const other of ctx.ws.docs) {
      const ref = asObj(asObj(other.value).roleRef);
      if (other !== binding && kindOf(other.value) === 'RoleBinding' && namespaceOf(other.value) === ns && ref.kind === 'Role' && ref.name === role)
        edits.push(set(other, ['roleRef', 'kind'], 'ClusterRole'));
    }
  } else if (!clusterRoleExists) {
    const worldRole = ctx.world.find(isRole);
    if (worldRole)
      edits.push({
        op: 'addDoc',
        file: binding.ref.file,
        value: { apiVersion: `${RBAC_GROUP}/v1`, kind: 'ClusterRole', metadata: { name: role }, rules: asObj(worldRole).rules ?? [] },
      });
  }
  return edits;
}

const EVERYTHING = { apiGroups: ['*'], resources: ['*'], verbs: ['*'] };

function grantsEverything(role: unknown): boolean {
  return asArray(asObj(role).rules)
    .map(asObj)
    .some((r) => listHas(r.apiGroups, '*') && listHas(r.resources, '*') && listHas(r.verbs, '*'));
}

/**
 * The binding points at a new role that grants everything (the learner who writes a Role with
 * `"*"` instead of using the one the exercise gives), in the binding's scope.
 */
const wildcardRole: Operator = (doc, ctx) => {
  const kind = kindOf(doc.value);
  if (kind !== 'RoleBinding' && kind !== 'ClusterRoleBinding') return [];
  const ns = namespaceOf(doc.value);
  const ref = asObj(asObj(doc.value).roleRef);
  const current = ctx.all.find((o) => kindOf(o) === ref.kind && nameOf(o) === ref.name && (ref.kind === 'ClusterRole' || namespaceOf(o) === ns));
  if (current && grantsEverything(current)) return [];
  const roleKind = kind === 'RoleBinding' ? 'Role' : 'ClusterRole';
  let name = `${nameOf(doc.value)}-everything`;
  for (let n = 2; ctx.all.some((o) => kindOf(o) === roleKind && nameOf(o) === name); n += 1) name = `${nameOf(doc.value)}-everything-${n}`;
  const metadata = roleKind === 'Role' ? { name, namespace: ns } : { name };
  return [
    spec('rbac.wildcard-role', doc, ['roleRef'], `roleRef → a new ${roleKind} ${name} with "*" on everything`, [
      { op: 'addDoc', file: doc.ref.file, value: { apiVersion: `${RBAC_GROUP}/v1`, kind: roleKind, metadata, rules: [EVERYTHING] } },
      set(doc, ['roleRef', 'kind'], roleKind),
      set(doc, ['roleRef', 'name'], name),
    ]),
  ];
};

export const RBAC_OPERATORS: Operator[] = [roleMutants, subjectMutants, clusterWide, wildcardRole];
