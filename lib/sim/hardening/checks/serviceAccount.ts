// default-service-account and automount-service-account-token.
import { str } from '../../podsecurity/read';
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
  const how = sa.explicit ? 'serviceAccountName: default' : 'serviceAccountName is not set';
  const howEs = sa.explicit ? 'serviceAccountName: default' : 'serviceAccountName no está puesto';
  return [buildFinding('default-service-account', {
    path: `${ctx.pod.specPath}.serviceAccountName`,
    message: {
      en: `the pod runs as the namespace's "default" ServiceAccount (${how}), whose permissions every such pod shares`,
      es: `el pod corre con la ServiceAccount "default" del namespace (${howEs}), cuyos permisos comparten todos esos pods`,
    },
    fix: {
      en: 'create a ServiceAccount for this app, set serviceAccountName to it, and leave default without permissions',
      es: 'creá una ServiceAccount para esta app, poné serviceAccountName con su nombre y dejá a default sin permisos',
    },
  })];
}

/**
 * A ServiceAccount token is mounted: the pod's automountServiceAccountToken wins; when unset,
 * the ServiceAccount's (if supplied) decides; otherwise it defaults to true.
 * SIMPLIFICATION(k8s): without the ServiceAccount object we assume its default (mount).
 */
export function automountFindings(ctx: HardeningContext): Finding[] {
  const podValue = ctx.pod.spec.automountServiceAccountToken;
  if (podValue === false) return [];
  if (podValue !== true && ctx.serviceAccount?.automountServiceAccountToken === false) return [];
  const sa = serviceAccountNameOf(ctx);
  const isDefault = sa.name === 'default';
  const explicit = podValue === true;
  const what = explicit
    ? { en: 'the pod explicitly mounts its ServiceAccount token (automountServiceAccountToken: true); make sure the app calls the Kubernetes API', es: 'el pod monta a propósito el token de su ServiceAccount (automountServiceAccountToken: true); asegurate de que la app llame a la API de Kubernetes' }
    : isDefault
      ? { en: 'the pod mounts the "default" ServiceAccount token (automountServiceAccountToken is not false): whoever gets into a container can call the API with it', es: 'el pod monta el token de la ServiceAccount "default" (automountServiceAccountToken no es false): quien entre a un contenedor puede llamar a la API con él' }
      : { en: `the pod mounts the token of ServiceAccount ${JSON.stringify(sa.name)} (automountServiceAccountToken is not false); fine if the app calls the Kubernetes API, otherwise a credential waiting to be stolen`, es: `el pod monta el token de la ServiceAccount ${JSON.stringify(sa.name)} (automountServiceAccountToken no es false); está bien si la app llama a la API de Kubernetes, si no es una credencial esperando que la roben` };
  return [buildFinding('automount-service-account-token', {
    severity: isDefault && !explicit ? 'warning' : 'info',
    path: `${ctx.pod.specPath}.automountServiceAccountToken`,
    message: what,
    fix: {
      en: 'set automountServiceAccountToken: false in the pod spec if the app does not call the Kubernetes API (the pod\'s setting overrides the ServiceAccount\'s)',
      es: 'poné automountServiceAccountToken: false en el spec del pod si la app no llama a la API de Kubernetes (lo que diga el pod pisa a la ServiceAccount)',
    },
  })];
}
