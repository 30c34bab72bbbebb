/**
 * Is an EncryptionConfiguration one the API server would load, and does it encrypt Secrets?
 * Models k8s.io/apiserver pkg/apis/apiserver/validation/validation.go (ValidateEncryptionConfiguration:
 * one provider type per entry, named keys, base64 secrets of 16, 24 or 32 bytes for aescbc/aesgcm and
 * 32 bytes for secretbox) and the rule that the first provider encrypts every new write
 * (https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/#understanding-the-encryption-at-rest-configuration).
 */
import { msg } from '../messages';
import type { Message } from '../messages';
import { isRecord } from '../support/record';

const KEY_SIZES: Record<string, number[]> = { aescbc: [16, 24, 32], aesgcm: [16, 24, 32], secretbox: [32] };
const PROVIDERS = new Set(['aescbc', 'aesgcm', 'secretbox', 'kms', 'identity']);

/** Decoded length of a standard base64 string, or null when it is not valid base64. */
export function base64Length(text: string): number | null {
  if (text.length === 0 || text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}

export interface EncryptionProblem {
  path: string;
  detail: Message;
}

function keyProblem(provider: string, keys: unknown, at: string): EncryptionProblem | null {
  if (!Array.isArray(keys) || keys.length === 0) return { path: `${at}.keys`, detail: msg('controlplane.encryptionFile.needsAtLeastOne', { provider }) };
  for (const [i, key] of keys.entries()) {
    const where = `${at}.keys[${i}]`;
    if (!isRecord(key) || typeof key.name !== 'string' || key.name === '')
      return { path: where, detail: msg('controlplane.encryptionFile.everyKeyNeedsA', {}) };
    const size = typeof key.secret === 'string' ? base64Length(key.secret) : null;
    if (size === null) return { path: `${where}.secret`, detail: msg('controlplane.encryptionFile.keySecretIsNot', { name: key.name }) };
    if (!KEY_SIZES[provider].includes(size)) {
      const want = KEY_SIZES[provider].join(', ');
      return {
        path: `${where}.secret`,
        detail: msg('controlplane.encryptionFile.keyIsBytesNeeds', { name: key.name, size: String(size), provider, want: String(want) }),
      };
    }
  }
  return null;
}

function providerProblem(provider: unknown, at: string): EncryptionProblem | null {
  const types = isRecord(provider) ? Object.keys(provider).filter((k) => PROVIDERS.has(k)) : [];
  if (!isRecord(provider) || types.length !== 1) return { path: at, detail: msg('controlplane.encryptionFile.eachProviderMustBe', {}) };
  const type = types[0];
  const body = provider[type];
  if (type === 'identity') return null;
  if (type === 'kms') {
    const ok = isRecord(body) && typeof body.name === 'string' && body.name !== '' && typeof body.endpoint === 'string' && body.endpoint !== '';
    return ok ? null : { path: `${at}.kms`, detail: msg('controlplane.encryptionFile.kmsNeedsAName', {}) };
  }
  return keyProblem(type, isRecord(body) ? body.keys : undefined, `${at}.${type}`);
}

function coversSecrets(entry: Record<string, unknown>): boolean {
  return Array.isArray(entry.resources) && entry.resources.some((r) => r === 'secrets' || r === '*.' || r === '*.*');
}

/** The first reason the API server would not load this configuration, or not encrypt Secrets with it; null if sound. */
export function encryptionConfigProblem(config: Record<string, unknown>): EncryptionProblem | null {
  const resources = Array.isArray(config.resources) ? config.resources : [];
  for (const [i, entry] of resources.entries()) {
    if (!isRecord(entry) || !Array.isArray(entry.providers) || entry.providers.length === 0)
      return { path: `resources[${i}]`, detail: msg('controlplane.encryptionFile.everyResourcesEntryNeeds', {}) };
    for (const [j, provider] of entry.providers.entries()) {
      const problem = providerProblem(provider, `resources[${i}].providers[${j}]`);
      if (problem) return problem;
    }
  }
  const index = resources.findIndex((entry) => isRecord(entry) && coversSecrets(entry));
  if (index < 0) return { path: 'resources', detail: msg('controlplane.encryptionFile.noResourcesEntryCovers', {}) };
  const first = (resources[index] as { providers: Record<string, unknown>[] }).providers[0];
  if ('identity' in first) return { path: `resources[${index}].providers[0]`, detail: msg('controlplane.encryptionFile.theFirstProviderFor', {}) };
  return null;
}
