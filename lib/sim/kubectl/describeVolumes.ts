// The Volumes section of `kubectl describe pod` (describe.go describeVolumes and print*VolumeSource).
import { arr, isRecord, rec, str, type JsonRecord } from '../apiserver/objectData';
import { level } from './describeText';

function projectedLines(projected: JsonRecord): string[] {
  const lines = [`${level(2)}Type:\tProjected (a volume that contains injected data from multiple sources)`];
  for (const source of arr(projected.sources).map(rec)) {
    if (isRecord(source.secret))
      lines.push(
        `${level(2)}SecretName:\t${str(source.secret.name)}`,
        `    SecretOptionalName:\t${source.secret.optional === undefined ? '<nil>' : str(source.secret.optional)}`,
      );
    else if (isRecord(source.downwardAPI)) lines.push(`${level(2)}DownwardAPI:\ttrue`);
    else if (isRecord(source.configMap))
      lines.push(
        `${level(2)}ConfigMapName:\t${str(source.configMap.name)}`,
        `    ConfigMapOptional:\t${source.configMap.optional === undefined ? '<nil>' : str(source.configMap.optional)}`,
      );
    else if (isRecord(source.serviceAccountToken))
      lines.push(`${level(2)}TokenExpirationSeconds:\t${str(source.serviceAccountToken.expirationSeconds, '3607')}`);
  }
  return lines;
}

function sourceLines(volume: JsonRecord): string[] {
  if (isRecord(volume.hostPath))
    return [
      `${level(2)}Type:\tHostPath (bare host directory volume)`,
      `    Path:\t${str(volume.hostPath.path)}`,
      `    HostPathType:\t${str(volume.hostPath.type) || '<none>'}`,
    ];
  if (isRecord(volume.emptyDir))
    return [
      `${level(2)}Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)`,
      `    Medium:\t${str(volume.emptyDir.medium)}`,
      `    SizeLimit:\t${str(volume.emptyDir.sizeLimit) || '<unset>'}`,
    ];
  if (isRecord(volume.secret))
    return [
      `${level(2)}Type:\tSecret (a volume populated by a Secret)`,
      `    SecretName:\t${str(volume.secret.secretName)}`,
      `    Optional:\t${volume.secret.optional === true}`,
    ];
  if (isRecord(volume.configMap))
    return [
      `${level(2)}Type:\tConfigMap (a volume populated by a ConfigMap)`,
      `    Name:\t${str(volume.configMap.name)}`,
      `    Optional:\t${volume.configMap.optional === true}`,
    ];
  if (isRecord(volume.projected)) return projectedLines(volume.projected);
  if (isRecord(volume.persistentVolumeClaim))
    return [
      `${level(2)}Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)`,
      `    ClaimName:\t${str(volume.persistentVolumeClaim.claimName)}`,
      `    ReadOnly:\t${volume.persistentVolumeClaim.readOnly === true}`,
    ];
  return [`${level(1)}<unknown>`];
}

/** `Volumes:` and one block per volume, or `Volumes:\t<none>`. */
export function describeVolumes(volumes: unknown): string[] {
  const list = arr(volumes).filter(isRecord);
  if (list.length === 0) return ['Volumes:\t<none>'];
  return ['Volumes:', ...list.flatMap((v) => [`${level(1)}${str(v.name)}:`, ...sourceLines(v)])];
}
