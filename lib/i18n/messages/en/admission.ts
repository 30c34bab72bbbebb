import type { ADMISSION_MESSAGES } from '../../../sim/admission/messages';
import type { AreaCatalog } from '../types';

export const admission: AreaCatalog<typeof ADMISSION_MESSAGES> = {
  'admission.rbacStep': ({ what, why }) => `${what}: ${why}`,
  'admission.rbacDenied': ({ forbidden, why }) => `${forbidden} — ${why}`,
  'admission.rbacRejected': ({ forbidden }) => forbidden,
};
