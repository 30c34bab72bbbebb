// privileged-container, allow-privilege-escalation, read-only-root-filesystem: container-only
// securityContext fields (a pod-level value has no effect).
import { msg, type Message } from '../../messages';
import { get } from '../../podsecurity/read';
import type { ContainerRef } from '../../podsecurity/types';
import { buildFinding, type HardeningContext } from '../buildFinding';
import type { EffectiveSecurityContext } from '../resolveSecurityContext';
import type { Finding } from '../types';
import { containerLabel, containerTarget } from '../words';

function misplacedNote(ctx: HardeningContext, field: string): Message | undefined {
  if (!ctx.misplaced.includes(field)) return undefined;
  return msg('hardening.misplacedNote.1', { field });
}

/** securityContext.privileged: true (Polaris runAsPrivileged, kubesec Privileged). */
export function privilegedFindings(_ctx: HardeningContext, ref: ContainerRef, eff: EffectiveSecurityContext): Finding[] {
  if (!eff.privileged.value) return [];
  const who = containerLabel(ref);
  const target = containerTarget(ref);
  return [
    buildFinding('privileged-container', {
      path: eff.privileged.path,
      container: ref.name,
      message: msg('hardening.privilegedFindings', { who }),
      fix: msg('hardening.privilegedFindings.1', { target }),
    }),
  ];
}

/** allowPrivilegeEscalation is not false (unset means true) (Polaris privilegeEscalationAllowed). */
export function privilegeEscalationFindings(ctx: HardeningContext, ref: ContainerRef, eff: EffectiveSecurityContext): Finding[] {
  const setting = eff.allowPrivilegeEscalation;
  if (!setting.value || ctx.windows) return [];
  const target = containerTarget(ref);
  return [
    buildFinding('allow-privilege-escalation', {
      path: setting.path,
      container: ref.name,
      message: escalationMessage(ctx, ref, eff),
      fix: msg('hardening.privilegeEscalationFindings', { target }),
    }),
  ];
}

function escalationMessage(ctx: HardeningContext, ref: ContainerRef, eff: EffectiveSecurityContext): Message {
  const who = containerLabel(ref);
  const raw = get(ref.container, 'securityContext', 'allowPrivilegeEscalation');
  if (eff.privileged.value) {
    return msg('hardening.escalationMessage', { who });
  }
  if (raw === true) {
    return msg('hardening.escalationMessage.1', { who });
  }
  if (raw === false) {
    return msg('hardening.escalationMessage.2', { who });
  }
  const note = misplacedNote(ctx, 'allowPrivilegeEscalation');
  return msg('hardening.escalationMessage.3', { note, who });
}

/** readOnlyRootFilesystem is not true (Polaris notReadOnlyRootFilesystem, kubesec ReadOnlyRootFilesystem). */
export function readOnlyRootFindings(ctx: HardeningContext, ref: ContainerRef, eff: EffectiveSecurityContext): Finding[] {
  const setting = eff.readOnlyRootFilesystem;
  if (setting.value || ctx.windows) return [];
  const who = containerLabel(ref);
  const target = containerTarget(ref);
  const note = misplacedNote(ctx, 'readOnlyRootFilesystem');
  const message = setting.source === 'container' ? msg('hardening.readOnlyRootFindings', { who }) : msg('hardening.readOnlyRootFindings.1', { note, who });
  return [
    buildFinding('read-only-root-filesystem', {
      path: setting.path,
      container: ref.name,
      message,
      fix: msg('hardening.readOnlyRootFindings.2', { target }),
    }),
  ];
}
