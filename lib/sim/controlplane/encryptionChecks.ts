/**
 * EncryptionConfiguration (apiserver.config.k8s.io/v1) check: CIS Kubernetes Benchmark v1.9
 * 1.2.28 "encryption providers are appropriately configured". The first resources entry that
 * covers secrets decides, and its first provider encrypts new writes
 * (https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/).
 */
import { msg } from '../messages';
import { configCheck, type ConfigTest } from './checkBuilders';
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
    return { pass: false, path: 'resources', detail: msg('controlplane.encryptionChecks.noResourcesEntryCovers', {}) };
  }
  const provider = firstProvider(resources[index] as Record<string, unknown>);
  const path = `resources[${index}].providers[0]`;
  if (provider !== null && STRONG_PROVIDERS.has(provider)) {
    return { pass: true, path, detail: msg('controlplane.encryptionChecks.secretsAreEncryptedWith', { provider }) };
  }
  const shown = provider ?? '(none)';
  return { pass: false, path, detail: msg('controlplane.encryptionChecks.theFirstProviderFor', { shown }) };
};

export const ENCRYPTION_CHECKS: ControlPlaneCheck[] = [
  configCheck({
    id: 'encryption-secrets-provider',
    cis: 'CIS 1.9 1.2.28',
    component: 'encryption-config',
    severity: 'danger',
    title: msg('controlplane.encryption-secrets-provider.title', {}),
    why: msg('controlplane.encryption-secrets-provider.why', {}),
    fix: msg('controlplane.encryption-secrets-provider.fix', {}),
    test: secretsEncrypted,
  }),
];
