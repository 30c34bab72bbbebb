// default-service-account and automount-service-account-token.
import { msg } from '../../messages';
import { isRecord, str } from '../../podsecurity/read';
import { buildFinding, type HardeningContext } from '../buildFinding';
import type { Finding } from '../types';

/** The ServiceAccount a pod runs as: serviceAccountName, else the deprecated serviceAccount, else default. */
export function serviceAccountNameOf(ctx: HardeningContext): { name: string; explicit: boolean } {
  const name = str(ctx.pod.spec.serviceAccountName) || str(ctx.pod.spec.serviceAccount);
  return name ? { name, explicit: true } : { name: 'default', explicit: false };
}

/** The pod runs as the namespace's `default` ServiceAccount (kubesec ServiceAccountName). */
export function defaultServiceAccountFindings(ctx: HardeningContext): Finding[] {
  const sa = serviceAccountNameOf(ctx);
  if (sa.name !== 'default') return [];
  return [
    buildFinding('default-service-account', {
      path: `${ctx.pod.specPath}.serviceAccountName`,
      message: msg('hardening.defaultServiceAccountFindings', { explicit: sa.explicit }),
      fix: msg('hardening.defaultServiceAccountFindings.1', {}),
    }),
  ];
}

/**
 * A ServiceAccount token is mounted: the pod's automountServiceAccountToken wins; when unset,
 * the ServiceAccount's (if supplied) decides; otherwise it defaults to true.
 * SIMPLIFICATION(k8s): without the ServiceAccount object we assume its default (mount).
 */
export function automountFindings(ctx: HardeningContext): Finding[] {
  const projected = projectedTokenFinding(ctx);
  if (projected) return [projected];
  const podValue = ctx.pod.spec.automountServiceAccountToken;
  if (podValue === false) return [];
  if (podValue !== true && ctx.serviceAccount?.automountServiceAccountToken === false) return [];
  const sa = serviceAccountNameOf(ctx);
  const isDefault = sa.name === 'default';
  const explicit = podValue === true;
  const what = explicit
    ? msg('hardening.automountFindings', {})
    : isDefault
      ? msg('hardening.automountFindings.1', {})
      : msg('hardening.automountFindings.2', { p0: JSON.stringify(sa.name) });
  return [
    buildFinding('automount-service-account-token', {
      severity: isDefault && !explicit ? 'warning' : 'info',
      path: `${ctx.pod.specPath}.automountServiceAccountToken`,
      message: what,
      fix: msg('hardening.automountFindings.3', {}),
    }),
  ];
}

/**
 * A projected volume with a serviceAccountToken source mounts a token whatever
 * automountServiceAccountToken says: the kubelet asks the TokenRequest API for it
 * (https://kubernetes.io/docs/concepts/storage/projected-volumes/#serviceaccounttoken).
 */
function projectedTokenFinding(ctx: HardeningContext): Finding | undefined {
  const volumes = Array.isArray(ctx.pod.spec.volumes) ? (ctx.pod.spec.volumes as unknown[]) : [];
  const index = volumes.findIndex((v) => {
    const sources = isRecord(v) && isRecord(v.projected) ? v.projected.sources : undefined;
    return Array.isArray(sources) && sources.some((src) => isRecord(src) && isRecord(src.serviceAccountToken));
  });
  if (index < 0) return undefined;
  const volume = volumes[index] as Record<string, unknown>;
  return buildFinding('automount-service-account-token', {
    severity: 'info',
    path: `${ctx.pod.specPath}.volumes[${index}].projected`,
    message: msg('hardening.automountFindings.projected', { volume: JSON.stringify(str(volume.name)) }),
    fix: msg('hardening.automountFindings.projected.fix', {}),
  });
}
