import type { EXPLAIN_MESSAGES } from '../../../lesson/explain/messages';
import { capitalized, shortDenial } from '../lessonText';
import type { AreaCatalog } from '../types';

const PSA = 'pod-security.kubernetes.io/';
const admitted = (warnings: number) => (warnings ? `Admitted with ${warnings} warning(s)` : 'Admitted');
const decidesToday = (fact: string | undefined) => (fact ? ` What decides today: ${fact}.` : '');

export const explain: AreaCatalog<typeof EXPLAIN_MESSAGES> = {
  'explain.firstLine': ({ text }) => text.split('\n')[0],
  'explain.admission.vapFact': ({ policy, binding, step }) => `ValidatingAdmissionPolicy ${policy}${binding ? ` (binding ${binding})` : ''}: ${step}`,
  'explain.admission.webhookFact': ({ kind, name, webhook, step }) => `${kind} ${name}, webhook ${webhook}: ${step}`,
  'explain.admission.vapWarned': ({ binding }) =>
    `set \`validationActions: [Deny]\` in ValidatingAdmissionPolicyBinding ${binding}: Warn and Audit never reject`,
  'explain.admission.cover': ({ field }) => `make \`${field}\` cover this request`,
  'explain.admission.vapSkipped': ({ policy }) =>
    `add a ValidatingAdmissionPolicyBinding with \`policyName: ${policy}\` and \`validationActions: [Deny]\` (or fix what the API server would refuse)`,
  'explain.admission.vapAllowed': ({ policy }) =>
    `make a validation of ${policy} return \`false\` for this object (compare the fields the expression reads with the object's values)`,
  'explain.admission.vapErrorIgnored': () => 'with `failurePolicy: Ignore` an error lets the request through: use `Fail` and guard the expression with `has()`',
  'explain.admission.vapDenied': ({ number, policy }) =>
    `validation ${number} of ${policy} returns \`false\` for this object: correct the expression so it accepts it, or keep this namespace or object out of the binding's \`matchResources\``,
  'explain.criterion.rules': () => 'API group, version, plural resource, operation',
  'explain.criterion.namespaceSelector': () => "the namespace's labels",
  'explain.criterion.objectSelector': () => "the object's labels",
  'explain.criterion.matchConditions': () => 'its CEL conditions',
  'explain.criterion.excludeResourceRules': () => 'what it excludes',
  'explain.admission.webhookErrorIgnored': ({ base }) =>
    `with \`failurePolicy: Ignore\` a webhook that is down lets everything through: use \`failurePolicy: Fail\` in ${base}`,
  'explain.admission.webhookCover': ({ field, criterion }) => `make \`${field}\` cover this request (${criterion})`,
  'explain.admission.webhookDenied': ({ base }) =>
    `the webhook rejects the object: change the object, or keep it out of \`${base}.rules\`/\`namespaceSelector\``,
  'explain.admission.webhookMutatedThrough': ({ base, namespace }) =>
    `this webhook changed the object before validation, so the validation saw the changed object and admitted it: keep namespace ${namespace} out of ${base} with a \`namespaceSelector\` (or narrow its \`rules\`)`,
  'explain.admission.denied': ({ code, by, denial }) => `Denied${code ? ` (${code})` : ''}${by ? ` by ${by}` : ''}: ${shortDenial(denial)}`,
  'explain.admission.admittedBut': ({ warnings, mismatch }) => `${admitted(warnings)}. ${mismatch}`,
  'explain.admission.admittedBy': ({ warnings, fact }) => `${admitted(warnings)}: ${fact}`,
  'explain.admission.admitted': ({ warnings }) => `${admitted(warnings)}.`,
  'explain.admission.nothingDenies': ({ fact }) =>
    "Nothing in your files rejects this object: write there what stops it (a policy with its binding on `Deny`, a webhook called for this resource, or the namespace's PodSecurity labels)." +
    decidesToday(fact),
  'explain.admission.nothingAdmits': ({ fact }) =>
    'Nothing in your files makes this object admitted as the goal wants: write the missing object there (webhook, policy or namespace) or correct the one that rejects it.' +
    decidesToday(fact),
  'explain.admission.fix': ({ action, also }) => capitalized(`${action}${also.length ? '. Also check: ' + also.join('; ') : ''}.`),
  'explain.podSecurity.reasonDetail': ({ reason, detail }) => `${reason} (${detail})`,
  'explain.podSecurity.noEnforce': ({ namespace }) => `namespace ${namespace} has no \`${PSA}enforce\` label (privileged applies)`,
  'explain.podSecurity.invalidEnforce': ({ level, namespace }) =>
    `\`${PSA}enforce: ${level}\` on ${namespace} is not a valid level (privileged, baseline, restricted, lowercase)`,
  'explain.podSecurity.enforces': ({ level, namespace }) => `PodSecurity enforces \`${level}\` in ${namespace}`,
  'explain.podSecurity.addWarn': ({ namespace }) => `add \`${PSA}warn: restricted\` to ${namespace} so it warns without rejecting`,
  'explain.podSecurity.breaks': ({ current, level, reason }) => `${current}; this pod breaks ${level}: ${reason}`,
  'explain.podSecurity.setEnforce': ({ level, namespace }) => `set \`${PSA}enforce: ${level}\` on Namespace ${namespace}`,
  'explain.podSecurity.oldVersion': ({ level, version, namespace }) =>
    `Namespace ${namespace} enforces ${level} as it was in ${version} (\`${PSA}enforce-version: ${version}\`), an older and smaller ${level} that this pod meets`,
  'explain.podSecurity.setLatest': ({ namespace, version }) =>
    `change \`${PSA}enforce-version: ${version}\` to \`latest\` (or delete that label) on Namespace ${namespace}`,
  'explain.podSecurity.denied': ({ current, reason }) => `${current}: ${reason}`,
  'explain.podSecurity.inPod': ({ details, more }) => `in the pod: ${details.join('; ')}` + (more > 0 ? ` (${more} more check(s))` : ''),
  'explain.podSecurity.enforceMeets': ({ namespace, level }) =>
    `if this pod must be admitted, the enforce level of ${namespace} must be one it meets (\`${level}\`); the stricter level can go in \`${PSA}warn\``,
  'explain.podSecurity.meets': ({ level }) => `It meets ${level}, and the goal expects it not to.`,
  'explain.podSecurity.meetsFix': ({ level }) => `This goal wants a pod that breaks ${level}: do not add the protections that level requires.`,
  'explain.podSecurity.fails': ({ level, check, reason, path, more }) =>
    `Fails ${level}: check \`${check}\`, ${reason}, at \`${path}\`${more > 0 ? ` (and ${more} more check(s))` : ''}.`,
  'explain.podSecurity.fix': ({ level, details }) => `To meet ${level}, remove or change what it forbids, at the pointed line: ${details.join('; ')}.`,
  'explain.audit.noRule': ({ level }) =>
    `No rule matches this request (or the policy is invalid): add a rule with \`level: ${level}\` that matches it (verb, resource, user or group), or fix the errors in the Problems list.`,
  'explain.audit.firstRule': ({ number, level, want }) =>
    `Rule ${number} is the first that matches and sets \`${level}\`; the goal needs \`${want}\`. The first matching rule wins: put a rule with \`level: ${want}\` for this request above rule ${number}, or narrow rule ${number} so it does not catch it.`,
  'explain.goToBinding': ({ binding }) => `Go to the binding (${binding})`,
  'explain.can.podDeny': ({ pods, account, what }) =>
    `The pods of ${pods} run as \`${account}\`, which may \`${what}\`: give them their own ServiceAccount without that permission (\`serviceAccountName\`).`,
  'explain.can.ruleAllows': ({ number, role, what, binding, ruleEditable }) =>
    `Rule ${number} of ${role} allows \`${what}\` (bound by ${binding}). ${ruleEditable ? 'Remove the verb or resource (or the `*` wildcard) that covers it from that rule' : `That role is not yours to edit: bind a narrower role in ${binding}, or remove the subject`}; RBAC only adds permissions, there are no deny rules.`,
  'explain.can.podAllow': ({ pods, account, binding }) =>
    `The pods of ${pods} run as ServiceAccount \`${account}\`, but ${binding} grants the permission to another one: set \`serviceAccountName\` to the ServiceAccount that binding names.`,
  'explain.leastPrivilege.podAccount': ({ pods, account }) =>
    `The pods of ${pods} run as ServiceAccount \`${account}\`, which holds those permissions: give them their own ServiceAccount with exactly what they need (\`serviceAccountName\`).`,
  'explain.leastPrivilege.extra': ({ grants, number, role, binding }) =>
    `Grants more than needed: ${grants}, from rule ${number} of ${role}, bound by ${binding}.`,
  'explain.leastPrivilege.notYours': ({ role, binding, needed }) =>
    `${role} is not yours to edit: in ${binding}, point \`roleRef\` at a Role of your own that grants exactly what is needed (${needed.join('; ') || 'nothing'}).`,
  'explain.leastPrivilege.needsNothing': ({ binding }) => `This subject needs nothing here: remove it from the subjects of ${binding} (or delete the binding).`,
  'explain.leastPrivilege.wildcard': ({ number, role, needed }) =>
    `In rule ${number} of ${role}, replace the wildcard \`*\` with exactly what is needed (${needed.join('; ')}).`,
  'explain.leastPrivilege.remove': ({ grants, number, role, needed, binding }) =>
    `Remove ${grants} from rule ${number} of ${role} (what is needed: ${needed.join('; ')}), or stop binding that role with ${binding}.`,
  'explain.noFinalPeriod': ({ text }) => text.replace(/\.$/, ''),
  'explain.traffic.peerParts': ({ parts }) => parts.join(' AND ') || '{}',
  'explain.traffic.portMiss': ({ direction, number, policy, peer, count, on }) =>
    `${direction} rule ${number} of NetworkPolicy ${policy} admits ${peer}, but none of its ${count} port entries is ${on}`,
  'explain.traffic.addPort': ({ port, protocol, direction, number, policy }) =>
    `add \`- port: ${port}\` (protocol ${protocol}) to the ports of ${direction} rule ${number} of ${policy}`,
  'explain.traffic.isolated': ({ subject, direction, policies, peer }) =>
    `${subject} is isolated for ${direction} by ${policies} and no ${direction} rule admits ${peer} (neither peer nor port matches)`,
  'explain.traffic.addRule': ({ direction, peer }) => `add an ${direction} rule that admits ${peer}`,
  'explain.traffic.peerMiss': ({ direction, number, policy, on, count, peer, anded }) =>
    `${direction} rule ${number} of NetworkPolicy ${policy} covers ${on}, but none of its ${count} peers matches ${peer}${anded ? `; ${anded}` : ''}`,
  'explain.traffic.anded': ({ number, peer }) => `peer ${number} (\`${peer}\`) requires both selectors at once (AND)`,
  'explain.traffic.fixPeer': ({ field, direction, number, policy, peer, wanted }) =>
    `in the ${field} of ${direction} rule ${number} of ${policy}, add or correct a peer that matches ${peer} (for example \`${wanted}\`); labels are case-sensitive`,
  'explain.traffic.facts': ({ facts }) => `${capitalized(facts.join('; '))}.`,
  'explain.traffic.allActions': ({ actions }) => `${capitalized(actions.join('; '))}.`,
  'explain.traffic.anyAction': ({ actions }) => `${capitalized(actions.join('; or '))}.`,
  'explain.traffic.admits': ({ direction, number, policy, peer, via, port, also }) =>
    `${direction} rule ${number} of NetworkPolicy ${policy} admits ${peer}${via}${port}${also ?? ''}`,
  'explain.traffic.viaPeer': ({ number, peer }) => ` through peer ${number} (\`${peer}\`)`,
  'explain.traffic.viaAnyone': ({ field }) => ` (the rule has no \`${field}\`: it admits anyone)`,
  'explain.traffic.onPortEntry': ({ number, entry }) => ` on port entry ${number} (${entry})`,
  'explain.traffic.onAnyPort': () => ' on any port (no `ports`)',
  'explain.traffic.alsoAdmitted': ({ others }) => `; also admitted by ${others}`,
  'explain.traffic.narrow': ({ direction, number, policy, peer }) =>
    `narrow that peer or port entry of ${direction} rule ${number} of ${policy} so it no longer matches ${peer} (and check any other rule that admits it)`,
  'explain.traffic.notIsolated': ({ pod, direction }) => `no NetworkPolicy selects ${pod} for ${direction}, so its ${direction} is open`,
  'explain.traffic.isolate': ({ pod, namespace, policyType, peer, on }) =>
    `select ${pod} (podSelector) in a NetworkPolicy of ${namespace} with \`${policyType}\` in policyTypes and no rule admitting ${peer} on ${on}`,
  'explain.traffic.shadowed': ({ name }) => `there is no Pod or workload ${name}, so the name is read as the Service`,
  'explain.traffic.writeWorkload': ({ name }) => `write the workload (or Pod) ${name} in your files, with that exact name and namespace`,
  'explain.traffic.noBackends': ({ service }) => `Service ${service} has no endpoints: its selector matches no ready pod`,
  'explain.traffic.matchSelector': ({ service }) => `make the selector of ${service} match the pods' labels exactly (they are case-sensitive)`,
  'explain.traffic.unknownPort': ({ service, port }) => `Service ${service} does not expose port ${port}`,
  'explain.traffic.addServicePort': ({ service, port }) => `add port ${port} to the spec.ports of ${service}, with the container's targetPort`,
  'explain.traffic.unknown': ({ subject }) => `the question names something that does not exist or cannot be evaluated (${subject})`,
  'explain.traffic.checkNames': () => 'check names, namespaces, labels and port names in your files (they are case-sensitive)',
};
