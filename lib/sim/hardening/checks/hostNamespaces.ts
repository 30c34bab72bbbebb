// host-network, host-pid, host-ipc: the pod shares a namespace with the node.
import { msg } from '../../messages';
import { buildFinding, type HardeningContext } from '../buildFinding';
import type { Finding } from '../types';

const NAMESPACES = [
  { id: 'host-network', field: 'hostNetwork' },
  { id: 'host-pid', field: 'hostPID' },
  { id: 'host-ipc', field: 'hostIPC' },
] as const;

/** The pod sets hostNetwork, hostPID or hostIPC to true (Polaris host*Set, kubesec Host*). */
export function hostNamespaceFindings(ctx: HardeningContext): Finding[] {
  return NAMESPACES.filter((ns) => ctx.pod.spec[ns.field] === true).map((ns) =>
    buildFinding(ns.id, {
      path: `${ctx.pod.specPath}.${ns.field}`,
      message: msg('hardening.hostNamespaceFindings', { p0: ns.field, ns: msg(`hardening.namespace.${ns.field}`, {}) }),
      fix: msg('hardening.hostNamespaceFindings.1', {
        field: ns.field,
        extra: ns.field === 'hostNetwork' ? msg('hardening.namespace.serviceHint', {}) : undefined,
      }),
    }),
  );
}
