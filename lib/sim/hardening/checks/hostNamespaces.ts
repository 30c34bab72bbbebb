// host-network, host-pid, host-ipc: the pod shares a namespace with the node.
import { buildFinding, type HardeningContext } from '../buildFinding';
import type { Finding } from '../types';

const NAMESPACES = [
  { id: 'host-network', field: 'hostNetwork', en: 'network', es: 'de red', extraEn: ' (expose the app with a Service instead)', extraEs: ' (exponé la app con un Service)' },
  { id: 'host-pid', field: 'hostPID', en: 'process (PID)', es: 'de procesos (PID)', extraEn: '', extraEs: '' },
  { id: 'host-ipc', field: 'hostIPC', en: 'IPC', es: 'de IPC', extraEn: '', extraEs: '' },
] as const;

/** The pod sets hostNetwork, hostPID or hostIPC to true (Polaris host*Set, kubesec Host*). */
export function hostNamespaceFindings(ctx: HardeningContext): Finding[] {
  return NAMESPACES.filter((ns) => ctx.pod.spec[ns.field] === true).map((ns) => buildFinding(ns.id, {
    path: `${ctx.pod.specPath}.${ns.field}`,
    message: {
      en: `the pod shares the node's ${ns.en} namespace (${ns.field}: true)`,
      es: `el pod comparte el namespace ${ns.es} del nodo (${ns.field}: true)`,
    },
    fix: {
      en: `remove ${ns.field}: true from the pod spec${ns.extraEn}`,
      es: `sacá ${ns.field}: true del spec del pod${ns.extraEs}`,
    },
  }));
}
