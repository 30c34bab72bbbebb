/**
 * EncryptionConfiguration (apiserver.config.k8s.io/v1) check: CIS Kubernetes Benchmark v1.9
 * 1.2.28 "encryption providers are appropriately configured". The first resources entry that
 * covers secrets decides, and its first provider encrypts new writes
 * (https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/).
 */
import { configCheck, t, type ConfigTest } from './checkBuilders';
import type { ControlPlaneCheck } from './types';

const STRONG_PROVIDERS = new Set(['aescbc', 'aesgcm', 'secretbox', 'kms']);

function coversSecrets(entry: unknown): boolean {
  if (typeof entry !== 'object' || entry === null) return false;
  const list = (entry as Record<string, unknown>).resources;
  return Array.isArray(list) && list.some((r) => r === 'secrets' || r === '*.' || r === '*.*');
}

function firstProvider(entry: Record<string, unknown>): string | null {
  const providers = entry.providers;
  if (!Array.isArray(providers) || providers.length === 0) return null;
  const first: unknown = providers[0];
  if (typeof first !== 'object' || first === null) return null;
  return Object.keys(first)[0] ?? null;
}

const secretsEncrypted: ConfigTest = (config) => {
  const resources = Array.isArray(config.resources) ? config.resources : [];
  const index = resources.findIndex(coversSecrets);
  if (index < 0) {
    return { pass: false, path: 'resources', detail: t('no resources entry covers secrets, so they are written unencrypted', 'ningún elemento de resources cubre secrets, así que se escriben sin cifrar') };
  }
  const provider = firstProvider(resources[index] as Record<string, unknown>);
  const path = `resources[${index}].providers[0]`;
  if (provider !== null && STRONG_PROVIDERS.has(provider)) {
    return { pass: true, path, detail: t(`secrets are encrypted with ${provider}`, `los secrets se cifran con ${provider}`) };
  }
  const shown = provider ?? '(none)';
  return { pass: false, path, detail: t(`the first provider for secrets is ${shown}, so new Secrets are written unencrypted`, `el primer provider para secrets es ${shown}, así que los Secrets nuevos se escriben sin cifrar`) };
};

export const ENCRYPTION_CHECKS: ControlPlaneCheck[] = [
  configCheck({
    id: 'encryption-secrets-provider', cis: 'CIS 1.9 1.2.28', component: 'encryption-config', severity: 'danger',
    title: t('Secrets are written encrypted', 'Los Secrets se escriben cifrados'),
    why: t('The first provider encrypts every new write; with identity first (or no entry for secrets) Secrets land in etcd in plain text, and the other providers only decrypt old data.', 'El primer provider cifra cada escritura nueva; con identity primero (o sin entrada para secrets) los Secrets llegan a etcd en texto plano, y los demás providers solo descifran datos viejos.'),
    fix: t('List secrets in resources and put aescbc, aesgcm, secretbox or kms first in its providers (identity last, only to read old data); then rewrite existing Secrets (kubectl get secrets -A -o json | kubectl replace -f -).', 'Listá secrets en resources y poné aescbc, aesgcm, secretbox o kms primero en sus providers (identity al final, solo para leer datos viejos); después reescribí los Secrets existentes (kubectl get secrets -A -o json | kubectl replace -f -).'),
    test: secretsEncrypted,
  }),
];
