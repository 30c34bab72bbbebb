// privileged-container, allow-privilege-escalation, read-only-root-filesystem: container-only
// securityContext fields (a pod-level value has no effect).
import type { LocalizedText } from '../../types';
import { get } from '../../podsecurity/read';
import type { ContainerRef } from '../../podsecurity/types';
import { buildFinding, type HardeningContext } from '../buildFinding';
import type { EffectiveSecurityContext } from '../resolveSecurityContext';
import type { Finding } from '../types';
import { containerLabel, containerTarget, deEs } from '../words';

function misplacedNote(ctx: HardeningContext, field: string): { en: string; es: string } {
  if (!ctx.misplaced.includes(field)) return { en: '', es: '' };
  return {
    en: `; ${field} in the pod's securityContext has no effect (the field exists only on containers)`,
    es: `; ${field} en el securityContext del pod no tiene efecto (el campo existe solo en contenedores)`,
  };
}

/** securityContext.privileged: true (Polaris runAsPrivileged, kubesec Privileged). */
export function privilegedFindings(_ctx: HardeningContext, ref: ContainerRef, eff: EffectiveSecurityContext): Finding[] {
  if (!eff.privileged.value) return [];
  const who = containerLabel(ref);
  const target = containerTarget(ref);
  return [buildFinding('privileged-container', {
    path: eff.privileged.path, container: ref.name,
    message: {
      en: `${who.en} runs privileged (securityContext.privileged: true): it has every capability and the node's devices`,
      es: `${who.es} corre privilegiado (securityContext.privileged: true): tiene todas las capabilities y los dispositivos del nodo`,
    },
    fix: {
      en: `remove securityContext.privileged: true from ${target.en} and add only the capabilities it needs`,
      es: `sacá securityContext.privileged: true ${deEs(target.es)} y agregá solo las capabilities que necesita`,
    },
  })];
}

/** allowPrivilegeEscalation is not false (unset means true) (Polaris privilegeEscalationAllowed). */
export function privilegeEscalationFindings(ctx: HardeningContext, ref: ContainerRef, eff: EffectiveSecurityContext): Finding[] {
  const setting = eff.allowPrivilegeEscalation;
  if (!setting.value || ctx.windows) return [];
  const target = containerTarget(ref);
  return [buildFinding('allow-privilege-escalation', {
    path: setting.path, container: ref.name, message: escalationMessage(ctx, ref, eff),
    fix: {
      en: `set securityContext.allowPrivilegeEscalation: false on ${target.en}`,
      es: `poné securityContext.allowPrivilegeEscalation: false en ${target.es}`,
    },
  })];
}

function escalationMessage(ctx: HardeningContext, ref: ContainerRef, eff: EffectiveSecurityContext): LocalizedText {
  const who = containerLabel(ref);
  const raw = get(ref.container, 'securityContext', 'allowPrivilegeEscalation');
  if (eff.privileged.value) {
    return { en: `${who.en} is privileged, so privilege escalation is always allowed`, es: `${who.es} es privilegiado, así que la escalada de privilegios siempre está permitida` };
  }
  if (raw === true) {
    return { en: `${who.en} sets securityContext.allowPrivilegeEscalation: true`, es: `${who.es} fija securityContext.allowPrivilegeEscalation: true` };
  }
  if (raw === false) {
    return { en: `${who.en} adds SYS_ADMIN, so privilege escalation is always allowed`, es: `${who.es} agrega SYS_ADMIN, así que la escalada de privilegios siempre está permitida` };
  }
  const note = misplacedNote(ctx, 'allowPrivilegeEscalation');
  return {
    en: `${who.en} allows privilege escalation: securityContext.allowPrivilegeEscalation is not set (it defaults to true)${note.en}`,
    es: `${who.es} permite la escalada de privilegios: securityContext.allowPrivilegeEscalation no está puesto (por defecto es true)${note.es}`,
  };
}

/** readOnlyRootFilesystem is not true (Polaris notReadOnlyRootFilesystem, kubesec ReadOnlyRootFilesystem). */
export function readOnlyRootFindings(ctx: HardeningContext, ref: ContainerRef, eff: EffectiveSecurityContext): Finding[] {
  const setting = eff.readOnlyRootFilesystem;
  if (setting.value || ctx.windows) return [];
  const who = containerLabel(ref);
  const target = containerTarget(ref);
  const note = misplacedNote(ctx, 'readOnlyRootFilesystem');
  const message = setting.source === 'container'
    ? { en: `${who.en} sets securityContext.readOnlyRootFilesystem: false: its root filesystem is writable`, es: `${who.es} fija securityContext.readOnlyRootFilesystem: false: su sistema de archivos raíz es escribible` }
    : { en: `${who.en} has a writable root filesystem: securityContext.readOnlyRootFilesystem is not set (it defaults to false)${note.en}`, es: `${who.es} tiene el sistema de archivos raíz escribible: securityContext.readOnlyRootFilesystem no está puesto (por defecto es false)${note.es}` };
  return [buildFinding('read-only-root-filesystem', {
    path: setting.path, container: ref.name, message,
    fix: {
      en: `set securityContext.readOnlyRootFilesystem: true on ${target.en}, and mount an emptyDir volume where it must write (e.g. /tmp)`,
      es: `poné securityContext.readOnlyRootFilesystem: true en ${target.es} y montá un volumen emptyDir donde tenga que escribir (por ejemplo /tmp)`,
    },
  })];
}
