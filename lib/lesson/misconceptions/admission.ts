// Admission traps: https://kubernetes.io/docs/reference/access-authn-authz/validating-admission-policy/
// (validationActions, bindings, CEL and absent fields), extensible-admission-controllers
// (failurePolicy, rules use plural resources), and Pod Security Admission labels
// (https://kubernetes.io/docs/concepts/security/pod-security-admission/: levels are lowercase).
import { fire, labelsOf, list, nameOf, ofKind, rec, strings } from './helpers';
import { msg } from '../messages';
import type { Detector } from './types';

const PSA = 'pod-security.kubernetes.io/';
const LEVELS = ['privileged', 'baseline', 'restricted'];
const MODES = ['enforce', 'audit', 'warn'];

export const admissionDetectors: Detector[] = [
  {
    id: 'failure-policy-ignore',
    title: msg('trap.failure-policy-ignore.title', {}),
    detect: ({ mine }) =>
      [
        ...ofKind(mine, 'ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration').flatMap((at) =>
          list(at.object.webhooks)
            .map(rec)
            .map((w, i) => ({ at, w, path: `webhooks[${i}].failurePolicy` })),
        ),
        ...ofKind(mine, 'ValidatingAdmissionPolicy').map((at) => ({ at, w: rec(at.object.spec), path: 'spec.failurePolicy' })),
      ]
        .filter((x) => x.w.failurePolicy === 'Ignore')
        .map((x) => fire(x.at, x.path, msg('trap.failure-policy-ignore.why', {}), msg('trap.failure-policy-ignore.fix', {}))),
  },
  {
    id: 'vap-binding-without-deny',
    title: msg('trap.vap-binding-without-deny.title', {}),
    detect: ({ mine }) =>
      ofKind(mine, 'ValidatingAdmissionPolicyBinding')
        .filter((at) => {
          const actions = strings(rec(at.object.spec).validationActions);
          return actions.length > 0 && !actions.includes('Deny');
        })
        .map((at) => fire(at, 'spec.validationActions', msg('trap.vap-binding-without-deny.why', {}), msg('trap.vap-binding-without-deny.fix', {}))),
  },
  {
    id: 'vap-without-binding',
    title: msg('trap.vap-without-binding.title', {}),
    detect: ({ mine, all }) =>
      ofKind(mine, 'ValidatingAdmissionPolicy')
        .filter((at) => !ofKind(all, 'ValidatingAdmissionPolicyBinding').some((b) => rec(b.object.spec).policyName === nameOf(at.object)))
        .map((at) =>
          fire(
            at,
            'metadata.name',
            msg('trap.vap-without-binding.why', { p1: String(nameOf(at.object)) }),
            msg('trap.vap-without-binding.fix', { p1: String(nameOf(at.object)) }),
          ),
        ),
  },
  {
    id: 'cel-absent-field-unguarded',
    title: msg('trap.cel-absent-field-unguarded.title', {}),
    detect: ({ mine }) =>
      ofKind(mine, 'ValidatingAdmissionPolicy').flatMap((at) =>
        list(rec(at.object.spec).validations)
          .map(rec)
          .map((v, i) => ({ v, i }))
          .filter(
            ({ v }) =>
              typeof v.expression === 'string' &&
              /object\.spec\.(initContainers|ephemeralContainers)\b/.test(v.expression) &&
              !/has\(object\.spec\.(initContainers|ephemeralContainers)\)|\?\.(initContainers|ephemeralContainers)/.test(v.expression),
          )
          .map(({ i }) =>
            fire(at, `spec.validations[${i}].expression`, msg('trap.cel-absent-field-unguarded.why', {}), msg('trap.cel-absent-field-unguarded.fix', {})),
          ),
      ),
  },
  {
    id: 'webhook-rule-singular-resource',
    title: msg('trap.webhook-rule-singular-resource.title', {}),
    detect: ({ mine }) =>
      ofKind(mine, 'ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration').flatMap((at) =>
        list(at.object.webhooks)
          .map(rec)
          .flatMap((w, i) =>
            list(w.rules)
              .map(rec)
              .flatMap((r, j) =>
                strings(r.resources)
                  .filter((x) => /^(pod|deployment|daemonset|statefulset|replicaset|job|cronjob|service|secret|configmap|namespace)(\/|$)/.test(x))
                  .map((x) =>
                    fire(
                      at,
                      `webhooks[${i}].rules[${j}].resources`,
                      msg('trap.webhook-rule-singular-resource.why', { x: String(x), p2: String(x.replace(/^(\w+)/, '$1s')) }),
                      msg('trap.webhook-rule-singular-resource.fix', { p1: String(x.replace(/^(\w+)/, '$1s')) }),
                    ),
                  ),
              ),
          ),
      ),
  },
  {
    id: 'psa-invalid-level',
    title: msg('trap.psa-invalid-level.title', {}),
    diagnostic: true,
    detect: ({ mine }) =>
      ofKind(mine, 'Namespace').flatMap((at) =>
        MODES.filter((m) => labelsOf(at.object)[PSA + m] !== undefined && !LEVELS.includes(String(labelsOf(at.object)[PSA + m]))).map((m) => {
          const value = String(labelsOf(at.object)[PSA + m]);
          const meant = LEVELS.find((l) => l === value.toLowerCase().trim());
          return fire(
            at,
            `metadata.labels["${PSA}${m}"]`,
            msg('trap.psa-invalid-level.why', { PSA, m, value }),
            meant ? msg('trap.psa-invalid-level.fix', { meant }) : msg('trap.psa-invalid-level.fixAny', {}),
          );
        }),
      ),
  },
  {
    id: 'psa-label-typo',
    title: msg('trap.psa-label-typo.title', {}),
    detect: ({ mine }) =>
      ofKind(mine, 'Namespace').flatMap((at) =>
        Object.keys(labelsOf(at.object))
          .filter((k) => /pod-?security/i.test(k) && !MODES.some((m) => k === PSA + m || k === `${PSA}${m}-version`))
          .map((k) =>
            fire(at, `metadata.labels["${k}"]`, msg('trap.psa-label-typo.why', { k: String(k) }), msg('trap.psa-label-typo.fix', { PSA: String(PSA) })),
          ),
      ),
  },
  {
    id: 'psa-warn-without-enforce',
    title: msg('trap.psa-warn-without-enforce.title', {}),
    detect: ({ mine }) =>
      ofKind(mine, 'Namespace')
        .filter((at) => {
          const labels = labelsOf(at.object);
          return labels[PSA + 'enforce'] === undefined && (labels[PSA + 'warn'] !== undefined || labels[PSA + 'audit'] !== undefined);
        })
        .map((at) => fire(at, 'metadata.labels', msg('trap.psa-warn-without-enforce.why', {}), msg('trap.psa-warn-without-enforce.fix', { PSA: String(PSA) }))),
  },
];
