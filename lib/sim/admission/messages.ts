/** Message codes of the admission chain, with sample parameters (words: lib/i18n/messages/<lang>/admission.ts). */
import { NESTED, optional } from '../messages/message';

export const ADMISSION_MESSAGES = {
  'admission.rbacStep': { what: 'create pods', why: NESTED },
  /** English keeps the API server's Forbidden text; other languages word the request. */
  'admission.rbacDenied': { forbidden: 'pods is forbidden: User "x" cannot create resource "pods"', what: 'create pods', why: NESTED },
  'admission.rbacRejected': { forbidden: 'pods is forbidden: User "x" cannot create resource "pods"', why: NESTED },
  'admission.psa.notPod': { what: 'services' },
  'admission.psa.ignored': { operation: 'DELETE', what: 'pods' },
  'admission.psa.noChange': {},
  /** English keeps the API server's Forbidden text. */
  'admission.psa.forbidden': { upstream: 'pods "web" is forbidden: violates PodSecurity "baseline:latest": privileged (container "web" must not set securityContext.privileged=true)', name: 'web', label: 'baseline:latest', violations: [NESTED] },
  'admission.psa.violation': { reason: NESTED, detail: optional(NESTED) },
  'admission.psa.allowedAt': { label: 'baseline:latest' },
  'admission.psa.workload': {},
  'admission.psa.warnedAt': { label: 'restricted:latest' },
  'admission.psa.auditedAt': { label: 'restricted:latest' },
  'admission.psa.namespaceOnly': {},
  'admission.psa.namespaceInvalid': { name: 'dev', list: 'metadata.labels[pod-security.kubernetes.io/enforce]: Invalid value: "strict": must be one of privileged, baseline, restricted' },
  'admission.psa.namespaceValid': { label: 'baseline:latest' },
};
