/**
 * Is an EncryptionConfiguration one the API server would load, and does it encrypt Secrets?
 * Models k8s.io/apiserver pkg/apis/apiserver/validation/validation.go (ValidateEncryptionConfiguration:
 * one provider type per entry, named keys, base64 secrets of 16, 24 or 32 bytes for aescbc/aesgcm and
 * 32 bytes for secretbox) and the rule that the first provider encrypts every new write
 * (https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/#understanding-the-encryption-at-rest-configuration).
 */
import type { LocalizedText } from '../types';
import { t } from './checkBuilders';
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
  detail: LocalizedText;
}

function keyProblem(provider: string, keys: unknown, at: string): EncryptionProblem | null {
  if (!Array.isArray(keys) || keys.length === 0) return { path: `${at}.keys`, detail: t(`${provider} needs at least one key`, `${provider} necesita al menos una key`) };
  for (const [i, key] of keys.entries()) {
    const where = `${at}.keys[${i}]`;
    if (!isRecord(key) || typeof key.name !== 'string' || key.name === '') return { path: where, detail: t('every key needs a name', 'cada key necesita un name') };
    const size = typeof key.secret === 'string' ? base64Length(key.secret) : null;
    if (size === null) return { path: `${where}.secret`, detail: t(`key "${key.name}": secret is not valid base64`, `key "${key.name}": secret no es base64 válido`) };
    if (!KEY_SIZES[provider].includes(size)) {
      const want = KEY_SIZES[provider].join(', ');
      return { path: `${where}.secret`, detail: t(`key "${key.name}" is ${size} bytes; ${provider} needs ${want} bytes (head -c 32 /dev/urandom | base64)`, `la key "${key.name}" tiene ${size} bytes; ${provider} necesita ${want} bytes (head -c 32 /dev/urandom | base64)`) };
    }
  }
  return null;
}

function providerProblem(provider: unknown, at: string): EncryptionProblem | null {
  const types = isRecord(provider) ? Object.keys(provider).filter((k) => PROVIDERS.has(k)) : [];
  if (!isRecord(provider) || types.length !== 1) return { path: at, detail: t('each provider must be exactly one of aescbc, aesgcm, secretbox, kms, identity', 'cada provider tiene que ser exactamente uno de aescbc, aesgcm, secretbox, kms, identity') };
  const type = types[0];
  const body = provider[type];
  if (type === 'identity') return null;
  if (type === 'kms') {
    const ok = isRecord(body) && typeof body.name === 'string' && body.name !== '' && typeof body.endpoint === 'string' && body.endpoint !== '';
    return ok ? null : { path: `${at}.kms`, detail: t('kms needs a name and an endpoint', 'kms necesita name y endpoint') };
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
    if (!isRecord(entry) || !Array.isArray(entry.providers) || entry.providers.length === 0) return { path: `resources[${i}]`, detail: t('every resources entry needs resources and providers', 'cada elemento de resources necesita resources y providers') };
    for (const [j, provider] of entry.providers.entries()) {
      const problem = providerProblem(provider, `resources[${i}].providers[${j}]`);
      if (problem) return problem;
    }
  }
  const index = resources.findIndex((entry) => isRecord(entry) && coversSecrets(entry));
  if (index < 0) return { path: 'resources', detail: t('no resources entry covers secrets, so they are written unencrypted', 'ningún elemento de resources cubre secrets, así que se escriben sin cifrar') };
  const first = (resources[index] as { providers: Record<string, unknown>[] }).providers[0];
  if ('identity' in first) return { path: `resources[${index}].providers[0]`, detail: t('the first provider for secrets is identity, so new Secrets are written unencrypted', 'el primer provider para secrets es identity, así que los Secrets nuevos se escriben sin cifrar') };
  return null;
}
