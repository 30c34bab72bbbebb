import type { ADMISSION_MESSAGES } from '../../../sim/admission/messages';
import type { AreaCatalog } from '../types';

const OUTCOME: Record<string, string> = {
  allowed: 'allowed',
  denied: 'DENIED',
  mutated: 'mutated',
  warned: 'warning',
  audited: 'audited',
  'not-matched': 'not matched',
  skipped: 'skipped',
  'error-ignored': 'error ignored',
  exempt: 'exempt',
};

const PHASE: Record<string, string> = {
  request: 'request',
  authorization: 'authorization',
  mutating: 'mutating admission',
  validating: 'validating admission',
};

export const admission: AreaCatalog<typeof ADMISSION_MESSAGES> = {
  'admission.rbacStep': ({ what, why }) => `${what}: ${why}`,
  'admission.rbacDenied': ({ forbidden, why }) => `${forbidden} — ${why}`,
  'admission.rbacRejected': ({ forbidden }) => forbidden,
  'admission.psa.notPod': ({ what }) => `not evaluated: ${what} is neither a pod nor a workload with a pod template`,
  'admission.psa.ignored': ({ operation, what }) => `not evaluated: PodSecurity ignores ${operation} of ${what}`,
  'admission.psa.noChange': () => 'not evaluated: the update changes no container, init container, ephemeral container, image or seccomp annotation',
  'admission.psa.forbidden': ({ upstream }) => upstream,
  'admission.psa.violation': ({ reason, detail }) => (detail ? `${reason} (${detail})` : reason),
  'admission.psa.allowedAt': ({ label }) => `allowed at enforce "${label}"`,
  'admission.psa.workload': () => 'workloads are only audited and warned, never enforced (their pods are)',
  'admission.psa.warnedAt': ({ label }) => `warning at "${label}"`,
  'admission.psa.auditedAt': ({ label }) => `audit annotation at "${label}"`,
  'admission.psa.namespaceOnly': () => 'not evaluated: only namespace creates and updates are checked',
  'admission.psa.namespaceInvalid': ({ name, list }) => `Namespace "${name}" is invalid: ${list}`,
  'admission.psa.namespaceValid': ({ label }) => `namespace labels are valid (enforce "${label}")`,
  'admission.bad.notObject': () => 'the request must be an object',
  'admission.bad.operation': ({ operation }) => `unknown operation ${operation} (CREATE, UPDATE, DELETE or CONNECT)`,
  'admission.bad.needsObject': ({ operation }) => `${operation} needs the object`,
  'admission.bad.oldObject': () => 'oldObject must be an object',
  'admission.bad.target': () => 'cannot tell which resource the request is for: give an object with kind, or `resource`',
  'admission.internalError': ({ upstream }) => upstream,
  'admission.webhook.privileged': ({ names, plural }) =>
    `privileged containers are not allowed: ${plural ? 'containers' : 'container'} ${names} ${plural ? 'set' : 'sets'} securityContext.privileged=true`,
  'admission.webhook.polaris': ({ list }) => `Polaris prevented this deployment due to configuration problems: ${list}`,
  'admission.match.namespaceSelector': () => 'namespaceSelector does not select the namespace',
  'admission.match.objectSelector': () => "objectSelector matches neither the object's nor the old object's labels",
  'admission.match.excluded': ({ index }) => `excluded by excludeResourceRules[${index}]`,
  'admission.match.noResourceRule': ({ what }) => `no resourceRule matches ${what}`,
  'admission.webhook.noRule': ({ operation, resource }) => `no rule matches ${operation} ${resource}`,
  'admission.webhook.badSelector': ({ name, error }) => `admission webhook "${name}" has an invalid selector: ${error}`,
  'admission.webhook.conditionFalse': ({ name }) => `matchCondition '${name}' is false`,
  'admission.webhook.conditionIgnored': ({ error }) => `${error} (failurePolicy: Ignore)`,
  'admission.webhook.conditionForbidden': ({ resource, name, error }) => `${resource} "${name}" is forbidden: ${error}`,
  'admission.webhook.unreachable': ({ name, url, why }) => `failed calling webhook "${name}": failed to call webhook: Post "${url}": ${why}`,
  'admission.webhook.invalidResponse': ({ name }) => `failed calling webhook "${name}": the webhook returned an invalid response`,
  'admission.webhook.notCalled': ({ again, why }) => `not called${again ? ' (reinvoked)' : ''}: ${why}`,
  'admission.webhook.noDryRun': ({ name }) => `admission webhook "${name}" does not support dry run`,
  'admission.webhook.timeout': ({ name }) => `failed calling webhook "${name}": context deadline exceeded (the webhook server is unavailable)`,
  'admission.webhook.denied': ({ name, detail, again }) =>
    `admission webhook "${name}" denied the request${detail ? `: ${detail}` : ' without explanation'}${again ? ' (reinvoked)' : ''}`,
  'admission.webhook.patchFailed': ({ name, error }) => `failed calling webhook "${name}": the patch could not be applied: ${error}`,
  'admission.webhook.mutated': ({ handler, again, count }) =>
    `allowed by ${handler}${again ? ' (reinvoked)' : ''}, with a JSONPatch of ${count} ${count === 1 ? 'operation' : 'operations'}`,
  'admission.webhook.allowed': ({ handler, again, ignoredPatch }) =>
    `allowed by ${handler}${again ? ' (reinvoked)' : ''}${ignoredPatch ? ' (validating webhooks cannot patch: patch ignored)' : ''}`,
  'admission.webhook.failIgnored': ({ error }) => `${error}; failurePolicy Ignore: treated as allowed`,
  'admission.webhook.failed': ({ error }) => `Internal error occurred: ${error}`,
  'admission.webhook.exempt': ({ resource }) => `webhooks are never called for ${resource} (no self-lockout)`,
  'admission.matchConditionFailed': ({ name, error }) => `matchCondition '${name}' failed: ${error}`,
  'admission.vap.expressionError': ({ expression, compiled, error }) =>
    `expression '${expression}' ${compiled ? 'resulted in error' : 'failed to compile'}: ${error}`,
  'admission.vap.outOfBudget': ({ upstream }) => upstream,
  'admission.vap.outageBudget': () => 'validation failed due to running out of cost budget, no further validation rules will be run',
  'admission.vap.annotationType': ({ upstream }) => upstream,
  'admission.vap.annotationError': ({ expression, key, error }) => `valueExpression '${expression}' of auditAnnotation '${key}' resulted in error: ${error}`,
  'admission.vap.paramNamespace': () => 'paramRef.namespace must not be provided for a cluster-scoped `paramKind`',
  'admission.vap.paramClusterScoped': () => 'cannot use namespaced paramRef in policy binding that matches cluster-scoped resources',
  'admission.vap.paramsNotFound': ({ kind, name, namespace }) =>
    `no params found for policy binding with \`Deny\` parameterNotFoundAction (${kind}${name ? ` "${name}"` : ''}${namespace ? ` in namespace "${namespace}"` : ''})`,
  'admission.vap.exempt': ({ resource }) => `admission policies never apply to ${resource}`,
  'admission.vap.invalidPolicy': ({ invalid }) => `the API server would reject this policy: ${invalid}`,
  'admission.vap.invalidBinding': ({ invalid }) => `the API server would reject this binding: ${invalid}`,
  'admission.vap.notMatched': ({ field, why }) => `${field}: ${why}`,
  'admission.vap.policyConfigIgnored': ({ policy, error }) =>
    `ValidatingAdmissionPolicy '${policy}' denied request: failed to configure policy: ${error} (failurePolicy Ignore: policy skipped)`,
  'admission.vap.policyConfigDenied': ({ prefix, policy, error }) =>
    `${prefix}ValidatingAdmissionPolicy '${policy}' denied request: failed to configure policy: ${error}`,
  'admission.vap.bindingConfig': ({ prefix, policy, binding, error }) =>
    `${prefix}ValidatingAdmissionPolicy '${policy}' with binding '${binding}' denied request: failed to configure binding: ${error}`,
  'admission.vap.bindingConfigIgnored': ({ error }) => `configuration error ignored (failurePolicy Ignore): ${error}`,
  'admission.vap.bindingConfigDenied': ({ rejection }) => `${rejection} (configuration errors deny whatever the validationActions)`,
  'admission.vap.noBinding': () => 'matches, but no ValidatingAdmissionPolicyBinding binds it: a policy does nothing without a binding',
  'admission.vap.paramAllowMissing': () => 'no param found and parameterNotFoundAction is Allow: the binding passes',
  'admission.vap.conditionFalse': ({ name, withParam }) => `matchCondition '${name}' is false${withParam}`,
  'admission.vap.passed': ({ withParam, ignored }) =>
    `all validations passed${withParam}${ignored ? ` (errors ignored by failurePolicy Ignore: ${ignored})` : ''}`,
  'admission.vap.denied': ({ prefix, policy, binding, violation }) =>
    `${prefix}ValidatingAdmissionPolicy '${policy}' with binding '${binding}' denied request: ${violation}`,
  'admission.vap.withParam': ({ text, withParam }) => `${text}${withParam}`,
  'admission.vap.notEnforced': ({ withParam, actions, violation }) => `validation failed${withParam} but validationActions is [${actions}]: ${violation}`,
  'admission.stepLine': ({ phase, by, outcome, text }) => `- [${PHASE[phase] ?? phase}] ${by}: ${OUTCOME[outcome] ?? outcome} — ${text}`,
  'admission.admitted': () => 'Admitted: the request reaches storage (etcd).',
  'admission.deniedLine': ({ status, text }) => `Denied${status ? ` (${status})` : ''}: ${text}`,
  'admission.warningLine': ({ warning }) => `Warning: ${warning}`,
};
