import type { TRAP_MESSAGES } from '../../../lesson/misconceptions/messages';
import type { AreaCatalog } from '../types';

/** The misconception catalogue's words (lib/lesson/misconceptions). */
export const traps: AreaCatalog<typeof TRAP_MESSAGES> = {
  'trap.rbac-wildcard-verb.title': () => '`*` in verbs grants every verb, present and future',
  'trap.rbac-wildcard-verb.why': () =>
    '`verbs: ["*"]` grants every verb, including `delete`, `escalate`, `bind` and `impersonate` where they apply, and any verb added later.',
  'trap.rbac-wildcard-verb.fix': () => 'List exactly the verbs the subject needs (for example `get`, `list`, `watch`).',
  'trap.rbac-wildcard-resource.title': () => '`*` in resources or apiGroups covers secrets and everything else',
  'trap.rbac-wildcard-resource.why': () =>
    'A `*` in resources or apiGroups matches every resource of every group: Secrets, RBAC objects, and custom resources installed later.',
  'trap.rbac-wildcard-resource.fix': () => 'Name the resources (plural) and their API groups one by one.',
  'trap.rbac-singular-resource.title': () => 'RBAC resources are plural',
  'trap.rbac-singular-resource.why': ({ x, p2 }) => `\`${x}\` never matches: RBAC compares the plural resource name of the URL (\`${p2}\`), as plain text.`,
  'trap.rbac-singular-resource.fix': ({ p1 }) => `Write \`${p1}\`.`,
  'trap.rbac-core-group-name.title': () => 'The core API group is "", not "core" or "v1"',
  'trap.rbac-core-group-name.why': () =>
    'Pods, Secrets, ConfigMaps and Services are in the core group, whose name is the empty string. `core` or `v1` matches nothing.',
  'trap.rbac-core-group-name.fix': () => 'Write `apiGroups: [""]`.',
  'trap.rbac-subresource-star.title': () => '`pods/*` is not a wildcard',
  'trap.rbac-subresource-star.why': () => 'RBAC only knows `*` and `*/subresource` as wildcards; `pods/*` is compared as text and matches no request.',
  'trap.rbac-subresource-star.fix': () => 'List the subresources you mean: `pods/log`, `pods/exec`, ...',
  'trap.rbac-resource-names-nameless-verb.title': () => 'resourceNames cannot limit create, list or watch',
  'trap.rbac-resource-names-nameless-verb.why': () =>
    'A `create`, `list`, `watch` or `deletecollection` request names no object, so a rule with `resourceNames` never allows it.',
  'trap.rbac-resource-names-nameless-verb.fix': () => 'Move those verbs to a rule without `resourceNames` (or drop them if not needed).',
  'trap.rbac-list-secrets-reads-them.title': () => 'list or watch on secrets returns their contents',
  'trap.rbac-list-secrets-reads-them.why': () => '`list` and `watch` on secrets return every Secret with its data: it is not "just the names".',
  'trap.rbac-list-secrets-reads-them.fix': () => 'Grant `get` on the named Secrets the subject needs (`resourceNames`) instead of `list`/`watch`.',
  'trap.rbac-escalation-verbs.title': () => 'bind, escalate and impersonate hand out more than they look',
  'trap.rbac-escalation-verbs.why': () => '`bind` and `escalate` let the subject grant roles it does not hold; `impersonate` lets it act as someone else.',
  'trap.rbac-escalation-verbs.fix': () => 'Remove these verbs unless the subject really administers RBAC; if it must, limit them with `resourceNames`.',
  'trap.rbac-rolebinding-clusterrole-is-local.title': () => 'A RoleBinding to a ClusterRole grants only in its namespace',
  'trap.rbac-rolebinding-clusterrole-is-local.why': ({ p1, p2 }) =>
    `A RoleBinding grants the ClusterRole's rules only inside namespace ${p1}; \`${p2}\` are cluster-wide, so through this binding they grant nothing.`,
  'trap.rbac-rolebinding-clusterrole-is-local.fix': () =>
    'Use a ClusterRoleBinding for cluster-scoped resources (and keep the namespaced part in a RoleBinding).',
  'trap.rbac-role-ref-elsewhere.title': () => 'A RoleBinding looks for its Role in its own namespace',
  'trap.rbac-role-ref-elsewhere.why': ({ p1, where, p3 }) =>
    `Role ${p1} exists in ${where}, not in ${p3}: a RoleBinding can only reference a Role of its own namespace.`,
  'trap.rbac-role-ref-elsewhere.fix': ({ p1 }) => `Create the Role in ${p1} too, or reference a ClusterRole.`,
  'trap.rbac-sa-subject-without-namespace.title': () => 'A ServiceAccount subject needs its namespace',
  'trap.rbac-sa-subject-without-namespace.why': () =>
    'A ClusterRoleBinding has no namespace to fall back on: a ServiceAccount subject without `namespace` is rejected by the API server.',
  'trap.rbac-sa-subject-without-namespace.fix': () => "Add `namespace:` with the ServiceAccount's namespace.",
  'trap.rbac-sa-subject-without-namespace.2.why': ({ p1, p2 }) =>
    `Without \`namespace\`, this subject means the ServiceAccount ${p1} of the binding's namespace (${p2}), not one elsewhere.`,
  'trap.rbac-sa-subject-without-namespace.2.fix': () => 'Write the namespace explicitly, so the binding says which ServiceAccount it means.',
  'trap.rbac-everyone-groups.title': () => 'system:authenticated includes every ServiceAccount',
  'trap.rbac-everyone-groups.why': ({ group, anyone }) =>
    `Group \`${group}\` is not "the people who log in": it includes every ServiceAccount token${anyone ? ' (and here, anyone at all)' : ''}.`,
  'trap.rbac-everyone-groups.fix': () => 'Bind a named group, user or ServiceAccount instead.',
  'trap.rbac-binds-default-sa.title': () => 'Permissions on the default ServiceAccount go to every pod',
  'trap.rbac-binds-default-sa.why': () => 'Every pod that sets no `serviceAccountName` runs as `default`: a permission given to it is given to all of them.',
  'trap.rbac-binds-default-sa.fix': () => 'Create a ServiceAccount for the app that needs the permission and bind that one.',
  'trap.pod-level-read-only-root-filesystem.title': () => 'readOnlyRootFilesystem exists only per container',
  'trap.pod-level-read-only-root-filesystem.why': () =>
    'The pod-level `securityContext` has no `readOnlyRootFilesystem`: the API server rejects the unknown field, and no container gets a read-only root.',
  'trap.pod-level-read-only-root-filesystem.fix': () => "Move it into each container's `securityContext`.",
  'trap.capabilities-lowercase-all.title': () => '`all` is not `ALL`',
  'trap.capabilities-lowercase-all.why': () =>
    'Capability names are compared exactly: Pod Security `restricted` requires `drop: ["ALL"]` in capitals, so `all` does not count.',
  'trap.capabilities-lowercase-all.fix': () => 'Write `drop: ["ALL"]`.',
  'trap.privileged-overrides-capabilities.title': () => 'privileged: true ignores dropped capabilities',
  'trap.privileged-overrides-capabilities.why': () => "A privileged container gets every capability and the host's devices, whatever `capabilities.drop` says.",
  'trap.privileged-overrides-capabilities.fix': () => 'Remove `privileged: true` (add only the single capability the app needs, if any).',
  'trap.run-as-non-root-with-uid-zero.title': () => 'runAsNonRoot with runAsUser: 0 never starts',
  'trap.run-as-non-root-with-uid-zero.why': () => '`runAsNonRoot: true` with `runAsUser: 0` is a contradiction: the kubelet refuses to start the container.',
  'trap.run-as-non-root-with-uid-zero.fix': () => 'Set `runAsUser` to a non-zero UID (for example 10001).',
  'trap.pod-uses-default-service-account.title': () => 'Reusing the default ServiceAccount',
  'trap.pod-uses-default-service-account.why': () =>
    "This pod runs as the namespace's `default` ServiceAccount with its token mounted: every pod without its own identity shares it, and whatever `default` is granted.",
  'trap.pod-uses-default-service-account.fix': () =>
    'Give the app its own ServiceAccount (`serviceAccountName`), or `automountServiceAccountToken: false` if it never calls the API.',
  'trap.names-are-case-sensitive.title': () => 'Names are case-sensitive',
  'trap.image-latest-tag.title': () => '`:latest` is not a version',
  'trap.image-latest-tag.why': ({ p1 }) =>
    `\`${p1}\` can be a different image tomorrow: \`latest\` moves, and with it what runs (and \`imagePullPolicy\` defaults to Always).`,
  'trap.image-latest-tag.fix': () => 'Pin a version tag (`nginx:1.27.3`) or a digest (`@sha256:...`).',
  'trap.image-without-tag.title': () => 'No tag means latest',
  'trap.image-without-tag.why': ({ p1 }) => `\`${p1}\` has no tag, so it is pulled as \`latest\`. A registry port (\`registry:5000/app\`) is not a tag.`,
  'trap.image-without-tag.fix': ({ p1 }) => `Add a version tag (\`${p1}:<version>\`) or a digest.`,
  'trap.image-tag-and-digest.title': () => 'With a digest, the tag is only decoration',
  'trap.image-tag-and-digest.why': ({ p1 }) =>
    `\`${p1}\` names a tag and a digest: the digest decides what is pulled and the tag is ignored, so the tag may lie about the version.`,
  'trap.image-tag-and-digest.fix': () => 'Keep the digest (it pins the image) and make sure the tag matches it, or drop the tag.',
  'trap.image-tag-and-digest.2.why': ({ written, existing }) =>
    `\`${written}\` does not exist, but \`${existing}\` does: Kubernetes names are compared exactly, capitals included.`,
  'trap.image-tag-and-digest.2.fix': ({ existing }) => `Write \`${existing}\`.`,
  'trap.netpol-and-vs-or-peers.title': () => 'Two list items are OR, one item with two selectors is AND',
  'trap.netpol-and-vs-or-peers.why': () =>
    'This rule has a peer with only `namespaceSelector` and another with only `podSelector`: they are ORed, so every pod of those namespaces is admitted, whatever its labels.',
  'trap.netpol-and-vs-or-peers.fix': () =>
    'If you meant "pods with these labels in those namespaces", put both selectors in ONE list item (no `-` before `podSelector`).',
  'trap.netpol-egress-missing-from-policy-types.title': () => 'Egress rules without Egress in policyTypes are ignored',
  'trap.netpol-egress-missing-from-policy-types.why': () =>
    "`policyTypes` lists only Ingress, so this policy's `egress` rules are ignored and its pods' egress is not isolated.",
  'trap.netpol-egress-missing-from-policy-types.fix': () => 'Add `Egress` to `policyTypes`.',
  'trap.netpol-egress-without-dns.title': () => 'Isolating egress also blocks DNS',
  'trap.netpol-egress-without-dns.why': () =>
    'This policy isolates egress and no egress rule admits UDP port 53: the pods cannot resolve names, so calls by Service name fail.',
  'trap.netpol-egress-without-dns.fix': () => 'Add an egress rule to the cluster DNS (kube-system pods `k8s-app: kube-dns`) on UDP 53 (and TCP 53).',
  'trap.netpol-empty-pod-selector-peer-is-local.title': () => '`podSelector: {}` in a peer means this namespace only',
  'trap.netpol-empty-pod-selector-peer-is-local.why': ({ p1 }) =>
    `\`podSelector: {}\` alone selects every pod of the policy's namespace (${p1}), not of the whole cluster.`,
  'trap.netpol-empty-pod-selector-peer-is-local.fix': () => 'For every namespace add `namespaceSelector: {}` to the same item; for some, select them by label.',
  'trap.netpol-namespace-name-label.title': () => 'Namespaces have no `name` label unless you add one',
  'trap.netpol-namespace-name-label.why': () =>
    'This namespaceSelector uses a label whose value is a namespace name, but no namespace carries that label: it matches nothing.',
  'trap.netpol-namespace-name-label.fix': () => 'Select by `kubernetes.io/metadata.name: <namespace>`, which the control plane sets on every namespace.',
  'trap.netpol-service-port-not-target-port.title': () => "Policies see the pod's port, not the Service port",
  'trap.netpol-service-port-not-target-port.why': ({ p1, p2, p3 }) =>
    `Port ${p1} is the port of Service ${p2}; the connection reaches the pod on its targetPort ${p3}, and that is what a NetworkPolicy sees.`,
  'trap.netpol-service-port-not-target-port.fix': ({ p1 }) => `Use port ${p1} (or the container port's name).`,
  'trap.labels-are-case-sensitive.title': () => 'Labels and selectors are case-sensitive',
  'trap.labels-are-case-sensitive.why': ({ k, p2, p3, p4 }) =>
    `\`${k}: ${p2}\` matches no pod, but pods carry \`${p3}: ${p4}\`: label keys and values are compared exactly.`,
  'trap.labels-are-case-sensitive.fix': ({ p1, p2 }) => `Write \`${p1}: ${p2}\`.`,
  'trap.failure-policy-ignore.title': () => '`failurePolicy: Ignore` fails open',
  'trap.failure-policy-ignore.why': () =>
    'With `failurePolicy: Ignore`, when the webhook is down or the expression errors, the request is let through: a security check that fails open.',
  'trap.failure-policy-ignore.fix': () => 'Use `failurePolicy: Fail` for anything that enforces security.',
  'trap.vap-binding-without-deny.title': () => 'Warn and Audit never reject',
  'trap.vap-binding-without-deny.why': () =>
    '`validationActions` has no `Deny`: a failed validation only adds a warning or an audit annotation, and the object is stored anyway.',
  'trap.vap-binding-without-deny.fix': () => 'Add `Deny` to `validationActions` (keep `Warn` too if you want kubectl to show the message).',
  'trap.vap-without-binding.title': () => 'A ValidatingAdmissionPolicy does nothing without a binding',
  'trap.vap-without-binding.why': ({ p1 }) => `No ValidatingAdmissionPolicyBinding names policy ${p1}: the policy is stored but never runs.`,
  'trap.vap-without-binding.fix': ({ p1 }) => `Add a binding with \`policyName: ${p1}\` and \`validationActions: [Deny]\`.`,
  'trap.cel-absent-field-unguarded.title': () => 'Reading an absent field is a CEL error',
  'trap.cel-absent-field-unguarded.why': () =>
    '`initContainers` (and `ephemeralContainers`) are usually absent; reading an absent field is an error, and with `failurePolicy: Fail` an error rejects the pod.',
  'trap.cel-absent-field-unguarded.fix': () =>
    'Guard it: `!has(object.spec.initContainers) || object.spec.initContainers.all(c, ...)`, or use `object.spec.?initContainers.orValue([])`.',
  'trap.webhook-rule-singular-resource.title': () => 'Webhook rules name plural resources',
  'trap.webhook-rule-singular-resource.why': ({ x, p2 }) => `\`${x}\` never matches: admission rules compare the plural resource of the request (\`${p2}\`).`,
  'trap.webhook-rule-singular-resource.fix': ({ p1 }) => `Write \`${p1}\`.`,
  'trap.psa-invalid-level.title': () => 'Pod Security levels are lowercase words',
  'trap.psa-invalid-level.why': ({ PSA, m, value }) =>
    `\`${PSA}${m}: ${value}\` is not a level: the API server rejects the namespace (levels are \`privileged\`, \`baseline\`, \`restricted\`, lowercase).`,
  'trap.psa-invalid-level.fix': ({ meant }) => `Write \`${meant}\`.`,
  'trap.psa-invalid-level.fixAny': () => 'Use `privileged`, `baseline` or `restricted`.',
  'trap.psa-label-typo.title': () => 'A misspelt Pod Security label is just a label',
  'trap.psa-label-typo.why': ({ k }) => `\`${k}\` is not one of the Pod Security labels, so Pod Security ignores it.`,
  'trap.psa-label-typo.fix': ({ PSA }) => `Use \`${PSA}enforce\`, \`${PSA}warn\` or \`${PSA}audit\` (and their \`-version\`).`,
  'trap.psa-warn-without-enforce.title': () => 'warn and audit never reject a pod',
  'trap.psa-warn-without-enforce.why': () =>
    'This namespace has Pod Security `warn`/`audit` labels but no `enforce`: pods that break the level get a warning and are admitted.',
  'trap.psa-warn-without-enforce.fix': ({ PSA }) => `Add \`${PSA}enforce: <level>\` for the level pods must meet.`,
  'trap.audit-catch-all-not-last.title': () => 'The first matching audit rule wins',
  'trap.audit-catch-all-not-last.why': ({ p1, p2 }) =>
    `Rule ${p1} matches every request and the first matching rule wins, so the ${p2} rule(s) after it never apply.`,
  'trap.audit-catch-all-not-last.fix': () => `Move the catch-all rule to the end of \`rules\`.`,
  'trap.audit-secret-bodies.title': () => 'Request bodies of Secrets land in the log',
  'trap.audit-secret-bodies.why': ({ p1, p2 }) => `Rule ${p1} logs Secrets at \`${p2}\`: the Secret data (passwords, tokens) is written into the audit log.`,
  'trap.audit-secret-bodies.fix': () => 'Put a rule for `secrets` (and `configmaps`) at `Metadata` above it.',
  'trap.audit-silences-service-accounts.title': () => 'Silencing an app silences its attacker too',
  'trap.audit-silences-service-accounts.why': () =>
    'A `None` rule for a whole ServiceAccount group hides everything done with those tokens, including by someone who stole one.',
  'trap.audit-silences-service-accounts.fix': () => 'Silence only the noisy, harmless requests (specific verbs or resources), not the identity.',
};
