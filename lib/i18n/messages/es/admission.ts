import type { ADMISSION_MESSAGES } from '../../../sim/admission/messages';
import type { AreaCatalog } from '../types';

export const admission: AreaCatalog<typeof ADMISSION_MESSAGES> = {
  'admission.rbacStep': ({ what, why }) => `${what}: ${why}`,
  'admission.rbacDenied': ({ what, why }) => `${what}: ${why}`,
  'admission.rbacRejected': ({ forbidden, why }) => `${forbidden} (${why})`,
  'admission.psa.notPod': ({ what }) => `no se evalúa: ${what} no es un pod ni un workload con plantilla de pod`,
  'admission.psa.ignored': ({ operation, what }) => `no se evalúa: PodSecurity ignora ${operation} de ${what}`,
  'admission.psa.noChange': () => 'no se evalúa: la actualización no cambia contenedores, init containers, contenedores efímeros, imágenes ni anotaciones de seccomp',
  'admission.psa.forbidden': ({ name, label, violations }) => `pods "${name}" está prohibido: viola PodSecurity "${label}": ${violations.join(', ')}`,
  'admission.psa.violation': ({ reason, detail }) => (detail ? `${reason} (${detail})` : reason),
  'admission.psa.allowedAt': ({ label }) => `permitido con enforce "${label}"`,
  'admission.psa.workload': () => 'a los workloads solo se les audita y advierte, no se les aplica enforce (a sus pods sí)',
  'admission.psa.warnedAt': ({ label }) => `advertencia con "${label}"`,
  'admission.psa.auditedAt': ({ label }) => `anotación de auditoría con "${label}"`,
  'admission.psa.namespaceOnly': () => 'no se evalúa: solo se revisan altas y cambios de namespaces',
  'admission.psa.namespaceInvalid': ({ name, list }) => `Namespace "${name}" es inválido: ${list}`,
  'admission.psa.namespaceValid': ({ label }) => `las labels del namespace son válidas (enforce "${label}")`,
};
