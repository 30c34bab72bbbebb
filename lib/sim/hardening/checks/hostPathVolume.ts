// host-path-volume: a volume mounts a directory of the node.
import { msg } from '../../messages';
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
    findings.push(
      buildFinding('host-path-volume', {
        path: `${ctx.pod.specPath}.volumes[${i}].hostPath`,
        message: msg('hardening.hostPathVolumeFindings', { where, p0: JSON.stringify(name) }),
        fix: msg('hardening.hostPathVolumeFindings.1', { name }),
      }),
    );
  });
  return findings;
}
