// Admission traps: https://kubernetes.io/docs/reference/access-authn-authz/validating-admission-policy/
// (validationActions, bindings, CEL and absent fields), extensible-admission-controllers
// (failurePolicy, rules use plural resources), and Pod Security Admission labels
// (https://kubernetes.io/docs/concepts/security/pod-security-admission/: levels are lowercase).
import { fire, labelsOf, list, nameOf, ofKind, rec, strings } from './helpers';
import type { Detector } from './types';

const PSA = 'pod-security.kubernetes.io/';
const LEVELS = ['privileged', 'baseline', 'restricted'];
const MODES = ['enforce', 'audit', 'warn'];

export const admissionDetectors: Detector[] = [
  {
    id: 'failure-policy-ignore',
    title: { en: '`failurePolicy: Ignore` fails open', es: '`failurePolicy: Ignore` falla abierto' },
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
        .map((x) =>
          fire(
            x.at,
            x.path,
            [
              'With `failurePolicy: Ignore`, when the webhook is down or the expression errors, the request is let through: a security check that fails open.',
              'Use `failurePolicy: Fail` for anything that enforces security.',
            ],
            [
              'Con `failurePolicy: Ignore`, si el webhook está caído o la expresión da error, la solicitud pasa: un control de seguridad que falla abierto.',
              'Usá `failurePolicy: Fail` para todo lo que aplique seguridad.',
            ],
          ),
        ),
  },
  {
    id: 'vap-binding-without-deny',
    title: { en: 'Warn and Audit never reject', es: 'Warn y Audit nunca rechazan' },
    detect: ({ mine }) =>
      ofKind(mine, 'ValidatingAdmissionPolicyBinding')
        .filter((at) => {
          const actions = strings(rec(at.object.spec).validationActions);
          return actions.length > 0 && !actions.includes('Deny');
        })
        .map((at) =>
          fire(
            at,
            'spec.validationActions',
            [
              '`validationActions` has no `Deny`: a failed validation only adds a warning or an audit annotation, and the object is stored anyway.',
              'Add `Deny` to `validationActions` (keep `Warn` too if you want kubectl to show the message).',
            ],
            [
              '`validationActions` no tiene `Deny`: una validación fallida solo agrega una advertencia o una anotación de auditoría, y el objeto se guarda igual.',
              'Agregá `Deny` a `validationActions` (dejá `Warn` también si querés que kubectl muestre el mensaje).',
            ],
          ),
        ),
  },
  {
    id: 'vap-without-binding',
    title: { en: 'A ValidatingAdmissionPolicy does nothing without a binding', es: 'Una ValidatingAdmissionPolicy sin binding no hace nada' },
    detect: ({ mine, all }) =>
      ofKind(mine, 'ValidatingAdmissionPolicy')
        .filter((at) => !ofKind(all, 'ValidatingAdmissionPolicyBinding').some((b) => rec(b.object.spec).policyName === nameOf(at.object)))
        .map((at) =>
          fire(
            at,
            'metadata.name',
            [
              `No ValidatingAdmissionPolicyBinding names policy ${nameOf(at.object)}: the policy is stored but never runs.`,
              `Add a binding with \`policyName: ${nameOf(at.object)}\` and \`validationActions: [Deny]\`.`,
            ],
            [
              `Ningún ValidatingAdmissionPolicyBinding nombra a la policy ${nameOf(at.object)}: se guarda pero nunca corre.`,
              `Agregá un binding con \`policyName: ${nameOf(at.object)}\` y \`validationActions: [Deny]\`.`,
            ],
          ),
        ),
  },
  {
    id: 'cel-absent-field-unguarded',
    title: { en: 'Reading an absent field is a CEL error', es: 'Leer un campo ausente es un error en CEL' },
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
            fire(
              at,
              `spec.validations[${i}].expression`,
              [
                '`initContainers` (and `ephemeralContainers`) are usually absent; reading an absent field is an error, and with `failurePolicy: Fail` an error rejects the pod.',
                'Guard it: `!has(object.spec.initContainers) || object.spec.initContainers.all(c, ...)`, or use `object.spec.?initContainers.orValue([])`.',
              ],
              [
                '`initContainers` (y `ephemeralContainers`) suelen no estar; leer un campo ausente es un error, y con `failurePolicy: Fail` un error rechaza el pod.',
                'Protegelo: `!has(object.spec.initContainers) || object.spec.initContainers.all(c, ...)`, o usá `object.spec.?initContainers.orValue([])`.',
              ],
            ),
          ),
      ),
  },
  {
    id: 'webhook-rule-singular-resource',
    title: { en: 'Webhook rules name plural resources', es: 'Las reglas de webhooks nombran recursos en plural' },
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
                      [
                        `\`${x}\` never matches: admission rules compare the plural resource of the request (\`${x.replace(/^(\w+)/, '$1s')}\`).`,
                        `Write \`${x.replace(/^(\w+)/, '$1s')}\`.`,
                      ],
                      [
                        `\`${x}\` nunca coincide: las reglas de admisión comparan el recurso en plural de la solicitud (\`${x.replace(/^(\w+)/, '$1s')}\`).`,
                        `Escribí \`${x.replace(/^(\w+)/, '$1s')}\`.`,
                      ],
                    ),
                  ),
              ),
          ),
      ),
  },
  {
    id: 'psa-invalid-level',
    title: { en: 'Pod Security levels are lowercase words', es: 'Los niveles de Pod Security son palabras en minúscula' },
    diagnostic: true,
    detect: ({ mine }) =>
      ofKind(mine, 'Namespace').flatMap((at) =>
        MODES.filter((m) => labelsOf(at.object)[PSA + m] !== undefined && !LEVELS.includes(String(labelsOf(at.object)[PSA + m]))).map((m) => {
          const value = String(labelsOf(at.object)[PSA + m]);
          const meant = LEVELS.find((l) => l === value.toLowerCase().trim());
          return fire(
            at,
            `metadata.labels["${PSA}${m}"]`,
            [
              `\`${PSA}${m}: ${value}\` is not a level: the API server rejects the namespace (levels are \`privileged\`, \`baseline\`, \`restricted\`, lowercase).`,
              meant ? `Write \`${meant}\`.` : 'Use `privileged`, `baseline` or `restricted`.',
            ],
            [
              `\`${PSA}${m}: ${value}\` no es un nivel: el API server rechaza el namespace (los niveles son \`privileged\`, \`baseline\`, \`restricted\`, en minúscula).`,
              meant ? `Escribí \`${meant}\`.` : 'Usá `privileged`, `baseline` o `restricted`.',
            ],
          );
        }),
      ),
  },
  {
    id: 'psa-label-typo',
    title: { en: 'A misspelt Pod Security label is just a label', es: 'Una etiqueta de Pod Security mal escrita es solo una etiqueta' },
    detect: ({ mine }) =>
      ofKind(mine, 'Namespace').flatMap((at) =>
        Object.keys(labelsOf(at.object))
          .filter((k) => /pod-?security/i.test(k) && !MODES.some((m) => k === PSA + m || k === `${PSA}${m}-version`))
          .map((k) =>
            fire(
              at,
              `metadata.labels["${k}"]`,
              [
                `\`${k}\` is not one of the Pod Security labels, so Pod Security ignores it.`,
                `Use \`${PSA}enforce\`, \`${PSA}warn\` or \`${PSA}audit\` (and their \`-version\`).`,
              ],
              [
                `\`${k}\` no es una de las etiquetas de Pod Security, así que Pod Security la ignora.`,
                `Usá \`${PSA}enforce\`, \`${PSA}warn\` o \`${PSA}audit\` (y sus \`-version\`).`,
              ],
            ),
          ),
      ),
  },
  {
    id: 'psa-warn-without-enforce',
    title: { en: 'warn and audit never reject a pod', es: 'warn y audit nunca rechazan un pod' },
    detect: ({ mine }) =>
      ofKind(mine, 'Namespace')
        .filter((at) => {
          const labels = labelsOf(at.object);
          return labels[PSA + 'enforce'] === undefined && (labels[PSA + 'warn'] !== undefined || labels[PSA + 'audit'] !== undefined);
        })
        .map((at) =>
          fire(
            at,
            'metadata.labels',
            [
              'This namespace has Pod Security `warn`/`audit` labels but no `enforce`: pods that break the level get a warning and are admitted.',
              `Add \`${PSA}enforce: <level>\` for the level pods must meet.`,
            ],
            [
              'Este namespace tiene etiquetas `warn`/`audit` de Pod Security pero no `enforce`: los pods que no cumplen reciben una advertencia y entran.',
              `Agregá \`${PSA}enforce: <nivel>\` con el nivel que los pods tienen que cumplir.`,
            ],
          ),
        ),
  },
];
