import type { ADMISSION_MESSAGES } from '../../../sim/admission/messages';
import type { AreaCatalog } from '../types';

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
};
