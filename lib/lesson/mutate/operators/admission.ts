/**
 * Admission weakening operators.
 * - Webhooks and ValidatingAdmissionPolicies: `failurePolicy: Ignore` admits when the check
 *   cannot run (https://kubernetes.io/docs/reference/access-authn-authz/extensible-admission-controllers/#failure-policy;
 *   the v1 default is Fail); fewer rules or operations check fewer requests; `sideEffects: Some`
 *   is a v1beta1 value the v1 API rejects, so the configuration never exists.
 * - Bindings: `Warn` and `Audit` do not reject (https://kubernetes.io/docs/reference/access-authn-authz/validating-admission-policy/#validation-actions);
 *   without a binding a policy does nothing.
 * - Pod Security labels: privileged < baseline < restricted; no `enforce` label means privileged
 *   (https://kubernetes.io/docs/concepts/security/pod-security-admission/#pod-security-admission-labels-for-namespaces).
 */
import type { MutationSpec } from '../types';
import type { WorkDoc } from '../workspace';
import { asArray, asObj, kindOf, type Obj } from '../objects';
import { del, set, spec, type Operator } from './context';

const OPT_IN = 'admission.example.com/check';
const WEBHOOK_KINDS = ['ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration'];
const POLICY_KINDS = ['ValidatingAdmissionPolicy', 'MutatingAdmissionPolicy'];
const BINDING_KINDS = ['ValidatingAdmissionPolicyBinding', 'MutatingAdmissionPolicyBinding'];

function ruleNarrowing(doc: WorkDoc, at: (string | number)[], rules: Obj[]): MutationSpec[] {
  const out: MutationSpec[] = [];
  if (rules.length > 1)
    rules.forEach((_, r) =>
      out.push(spec('admission.delete-rule', doc, [...at, r], `${at.join('.')}[${r}] deleted (fewer requests checked)`, [del(doc, [...at, r])])),
    );
  rules.forEach((rule, r) => {
    const ops = asArray(rule.operations);
    if (ops.length > 1 && !ops.includes('*'))
      ops.forEach((op) =>
        out.push(
          spec('admission.drop-operation', doc, [...at, r, String(op)], `${at.join('.')}[${r}]: operation ${String(op)} removed`, [
            set(
              doc,
              [...at, r, 'operations'],
              ops.filter((o) => o !== op),
            ),
          ]),
        ),
      );
  });
  return out;
}

const webhookMutants: Operator = (doc) => {
  if (!WEBHOOK_KINDS.includes(kindOf(doc.value))) return [];
  const out: MutationSpec[] = [spec('admission.delete-configuration', doc, [], 'webhook configuration deleted', [{ op: 'deleteDoc', doc: doc.ref }])];
  asArray(asObj(doc.value).webhooks)
    .map(asObj)
    .forEach((hook, w) => {
      const at = ['webhooks', w];
      if (hook.failurePolicy !== 'Ignore')
        out.push(
          spec('admission.failure-ignore', doc, at, `webhook ${String(hook.name)}: failurePolicy Ignore`, [set(doc, [...at, 'failurePolicy'], 'Ignore')]),
        );
      // An opt-in label: only objects that carry it are checked, so leaving it off opts out.
      if (hook.objectSelector === undefined)
        out.push(
          spec(
            'admission.opt-in-object-selector',
            doc,
            at,
            `webhook ${String(hook.name)}: objectSelector that only matches objects labelled ${OPT_IN}=enabled`,
            [set(doc, [...at, 'objectSelector'], { matchLabels: { [OPT_IN]: 'enabled' } })],
          ),
        );
      // v1 rejects sideEffects Some: the whole configuration is not created
      // (pkg/apis/admissionregistration/validation/validation.go), so none of its webhooks run.
      if (hook.sideEffects !== 'Some')
        out.push(
          spec('admission.side-effects-some', doc, at, `webhook ${String(hook.name)}: sideEffects Some (not a v1 value)`, [
            set(doc, [...at, 'sideEffects'], 'Some'),
          ]),
        );
      out.push(...ruleNarrowing(doc, [...at, 'rules'], asArray(hook.rules).map(asObj)));
    });
  return out;
};

const policyMutants: Operator = (doc) => {
  if (!POLICY_KINDS.includes(kindOf(doc.value))) return [];
  const specObj = asObj(asObj(doc.value).spec);
  const out: MutationSpec[] = [];
  if (specObj.failurePolicy !== 'Ignore')
    out.push(spec('admission.failure-ignore', doc, ['spec'], 'failurePolicy Ignore', [set(doc, ['spec', 'failurePolicy'], 'Ignore')]));
  for (const list of ['validations', 'mutations']) {
    asArray(specObj[list]).forEach((_, v) =>
      out.push(spec('admission.delete-validation', doc, ['spec', list, v], `${list}[${v}] deleted`, [del(doc, ['spec', list, v])])),
    );
  }
  out.push(...ruleNarrowing(doc, ['spec', 'matchConstraints', 'resourceRules'], asArray(asObj(specObj.matchConstraints).resourceRules).map(asObj)));
  return out;
};

const bindingMutants: Operator = (doc) => {
  if (!BINDING_KINDS.includes(kindOf(doc.value))) return [];
  const out: MutationSpec[] = [spec('admission.delete-binding', doc, [], 'policy binding deleted', [{ op: 'deleteDoc', doc: doc.ref }])];
  const actions = asArray(asObj(asObj(doc.value).spec).validationActions).map(String);
  if (actions.includes('Deny')) {
    const without = actions.filter((a) => a !== 'Deny');
    const warn = without.includes('Warn') ? without : [...without, 'Warn'];
    const audit = without.includes('Audit') ? without : [...without, 'Audit'];
    out.push(
      spec('admission.deny-to-warn', doc, ['spec', 'validationActions'], `validationActions [${actions}] → [${warn}]`, [
        set(doc, ['spec', 'validationActions'], warn),
      ]),
    );
    if (audit.join() !== warn.join())
      out.push(
        spec('admission.deny-to-audit', doc, ['spec', 'validationActions'], `validationActions [${actions}] → [${audit}]`, [
          set(doc, ['spec', 'validationActions'], audit),
        ]),
      );
  }
  return out;
};

const PSA_LEVELS = ['privileged', 'baseline', 'restricted'];
const ENFORCE = 'pod-security.kubernetes.io/enforce';

/**
 * Only `enforce` rejects pods; `warn` and `audit` lower what the user and the audit log are
 * told, not what is admitted, so they are not mutated.
 */
const podSecurityLabelMutants: Operator = (doc) => {
  if (kindOf(doc.value) !== 'Namespace') return [];
  const labels = asObj(asObj(asObj(doc.value).metadata).labels);
  const level = PSA_LEVELS.indexOf(String(labels[ENFORCE]));
  if (level <= 0) return [];
  const at = ['metadata', 'labels', ENFORCE];
  return [
    spec('psa.lower-level', doc, at, `${ENFORCE}: ${PSA_LEVELS[level]} → ${PSA_LEVELS[level - 1]}`, [set(doc, at, PSA_LEVELS[level - 1])]),
    spec('psa.drop-label', doc, at, `${ENFORCE} removed (privileged)`, [del(doc, at)]),
  ];
};

export const ADMISSION_OPERATORS: Operator[] = [webhookMutants, policyMutants, bindingMutants, podSecurityLabelMutants];
