// host-path-volume: a volume mounts a directory of the node.
import { get, isRecord, isSet, list, str } from '../../podsecurity/read';
import { buildFinding, type HardeningContext } from '../buildFinding';
import type { Finding } from '../types';

/** One finding per hostPath volume (Polaris hostPathSet, PSS baseline hostPathVolumes). */
export function hostPathVolumeFindings(ctx: HardeningContext): Finding[] {
  const findings: Finding[] = [];
  list(ctx.pod.spec.volumes).forEach((volume, i) => {
    if (!isRecord(volume) || !isSet(volume.hostPath)) return;
    const name = str(volume.name) ?? '';
    const path = str(get(volume, 'hostPath', 'path'));
    const where = path !== undefined ? ` ${JSON.stringify(path)}` : '';
    findings.push(buildFinding('host-path-volume', {
      path: `${ctx.pod.specPath}.volumes[${i}].hostPath`,
      message: {
        en: `volume ${JSON.stringify(name)} mounts the node's path${where} (hostPath)`,
        es: `el volumen ${JSON.stringify(name)} monta la ruta${where} del nodo (hostPath)`,
      },
      fix: {
        en: `replace hostPath volume ${name} with an emptyDir, configMap, secret or persistentVolumeClaim volume`,
        es: `reemplazá el volumen hostPath ${name} por un volumen emptyDir, configMap, secret o persistentVolumeClaim`,
      },
    }));
  });
  return findings;
}
