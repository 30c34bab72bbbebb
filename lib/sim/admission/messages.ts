/** Message codes of the admission chain, with sample parameters (words: lib/i18n/messages/<lang>/admission.ts). */
import { NESTED } from '../messages/message';

export const ADMISSION_MESSAGES = {
  'admission.rbacStep': { what: 'create pods', why: NESTED },
  /** English keeps the API server's Forbidden text; other languages word the request. */
  'admission.rbacDenied': { forbidden: 'pods is forbidden: User "x" cannot create resource "pods"', what: 'create pods', why: NESTED },
  'admission.rbacRejected': { forbidden: 'pods is forbidden: User "x" cannot create resource "pods"', why: NESTED },
};
