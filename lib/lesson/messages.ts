/**
 * Every message code of the lesson engine (goal results, explanations, fixes, attack paths,
 * counterexamples), with sample parameters, the same mechanism as lib/sim/<area>/messages.ts.
 * The words live in lib/i18n/messages/<lang>/{lesson,explain,attack}.ts; a code without words in
 * some language is a type error. Authored lesson data (titles, briefs, hints) is not here: it
 * stays written per language in exercise.yaml.
 */
import { NESTED, optional, type MessageLike, type MessageParams, type ParamsInput } from '../sim/messages';
import type { AttackTechnique } from '../sim';
import { EXPLAIN_MESSAGES } from './explain/messages';
import { TRAP_MESSAGES } from './misconceptions/messages';

const TARGET = { target: 'Pod/shop/web' };
const RULE = { rule: NESTED };

/** Goal verdicts: a missing or rejected target, RBAC next steps, least privilege. */
export const GOAL_MESSAGES = {
  'goal.missingTarget': { target: NESTED },
  'goal.missingTargetFix': { target: NESTED },
  'goal.podOf': TARGET,
  'goal.rejectedFix': {},
  'goal.rejected': { label: 'Pod shop/web', line: 3, detail: NESTED },
  'goal.noAuditPolicyFix': {},
  'goal.noAuditPolicy': {},
  'goal.auditEveryStageOmitted': { level: 'Metadata', stages: ['RequestReceived', 'ResponseComplete'] },
  'goal.auditEveryStageOmittedFix': {},
  'goal.noFinding': { finding: 'privileged', target: 'Pod/shop/web' },
  'goal.checkPasses': { check: 'anonymous-auth' },
  'goal.canNoBindingFix': {},
  'goal.canDenyFix': {},
  'goal.miss.rule': { number: 1, role: 'Role shop/reader' },
  'goal.miss.subject': { binding: 'RoleBinding shop/read', subject: 'system:serviceaccount:shop:web' },
  'goal.miss.namespace': { namespace: optional('shop') },
  'goal.miss.verb': { verb: 'list', ...RULE },
  'goal.miss.resource': { resource: 'pods/log', ...RULE },
  'goal.miss.apiGroup': { group: 'apps', ...RULE },
  'goal.miss.resourceName': { name: 'db', ...RULE },
  'goal.miss.kind': RULE,
  'goal.miss.steps': { steps: [NESTED] },
  'goal.leastPrivilegeOk': { count: 2 },
  'goal.exclusiveOthers': { user: 'pochoclo', subjects: ['User ana'], binding: 'RoleBinding depto-a/couch' },
  'goal.exclusiveOthersFix': { subjects: ['User ana'], binding: 'RoleBinding depto-a/couch' },
  'goal.leastPrivilegeExtra': { grants: ['delete pods'] },
  'goal.leastPrivilegeFix': {},
  'goal.checkMismatch': { path: 'spec.containers[0].image', expected: '"nginx:1.27"', actual: optional('"nginx"') },
  'goal.withNotes': { parts: [NESTED] },
  'goal.couldNotRun': { message: 'stack overflow' },
};

/** Every attack technique (a missing one is a type error, so every step has a verb and a fix). */
const TECHNIQUE_SET: Record<AttackTechnique, true> = {
  exposed: true,
  network: true,
  exploit: true,
  token: true,
  'mounted-secret': true,
  escape: true,
  'node-tokens': true,
  'node-secrets': true,
  'read-secret': true,
  'secret-token': true,
  'create-pod': true,
  'create-privileged-pod': true,
  exec: true,
  'request-token': true,
  impersonate: true,
  bind: true,
  wildcard: true,
};
type Technique = AttackTechnique;
const TECHNIQUES = Object.keys(TECHNIQUE_SET) as Technique[];
const perTechnique = <P extends string>(prefix: P) =>
  Object.fromEntries(TECHNIQUES.map((t) => [`${prefix}${t}`, {}])) as { [T in Technique as `${P}${T}`]: Record<string, never> };

const NAME = { name: 'shop/web' };

/** Attack paths (steps, what breaks each link), their entries, and counterexamples. */
export const ATTACK_MESSAGES = {
  'attack.node.clusterAdmin': {},
  'attack.node.endpoint': NAME,
  'attack.node.node': NAME,
  'attack.node.user': NAME,
  'attack.evidence.rule': { number: 1, role: 'Role shop/reader' },
  'attack.evidence.rbac': { what: 'get secrets', binding: 'RoleBinding shop/read', rule: optional(NESTED) },
  'attack.evidence.traffic': { port: '443', protocol: 'TCP', rules: 'NetworkPolicy shop/web #1' },
  'attack.evidence.field': { path: 'spec.hostPID', value: 'true', via: optional('pod shop/web') },
  'attack.evidence.admission': { namespace: 'shop', ignored: optional('ValidatingWebhookConfiguration/guard') },
  'attack.edge': { from: NESTED, verb: NESTED, to: NESTED, evidence: NESTED },
  ...perTechnique('attack.verb.'),
  ...perTechnique('attack.fix.'),
  'attack.path.none': { from: NESTED, to: 'secret shop/db' },
  'attack.path.found': { from: NESTED, to: 'secret shop/db', count: 2 },
  'attack.path.step': { number: 1, step: NESTED },
  'attack.path.noEntry': { from: 'pod:shop/none' },
  'attack.path.truncated': {},
  'attack.path.breakLink': { step: NESTED, fix: NESTED },
  'attack.entry.internet': {},
  'attack.entry.pod': NAME,
  'attack.entry.serviceAccount': NAME,
  'attack.entry.user': NAME,
  'counterexample.newPod': NAME,
  'counterexample.ingress': { what: NESTED, to: 'shop/db', port: '5432', protocol: 'TCP' },
  'counterexample.egress': { from: 'shop/web', what: NESTED, port: '5432', protocol: 'TCP' },
  'counterexample.rbac': { user: 'system:serviceaccount:shop:web', grant: 'delete pods', namespace: optional('shop') },
  'counterexample.podSecurity': { namespace: 'shop', level: 'restricted', breaks: 'privileged' },
  'counterexample.image': { namespace: 'shop', breaks: 'nginx:latest' },
  'counterexample.audit': { verb: 'get', resource: 'secrets', namespace: optional('shop'), user: 'alice', level: 'Metadata', expected: 'None' },
  'counterexample.yamlHead': {},
};

export const LESSON_MESSAGES = { ...GOAL_MESSAGES, ...EXPLAIN_MESSAGES, ...ATTACK_MESSAGES, ...TRAP_MESSAGES };

export type LessonMessageParams = typeof LESSON_MESSAGES;
type AllParams = MessageParams & LessonMessageParams;

/** Builds a message of the simulator's or the lesson engine's codes; parameters are checked against the declaration. */
export function msg<C extends keyof AllParams>(code: C, params: ParamsInput<AllParams[C]>): MessageLike {
  return { code, params } as unknown as MessageLike;
}

export { EXPLAIN_MESSAGES, TRAP_MESSAGES };
