import { msg } from '../messages';
import type { Finding } from '../validate/finding';
import { finding, show } from '../validate/finding';
import { didYouMean } from '../support/didYouMean';
import type { KindInfo } from './kindRegistry';
import { apiVersionsOfKind, isKnownApiVersion, knownKindNames, lookupKind, removedIn } from './kindRegistry';

/**
 * Checks `apiVersion` and `kind` the way the API server's discovery does for
 * `kubectl apply`: both are required, and the kind must exist in that group/version
 * (otherwise kubectl says `no matches for kind "X" in version "Y"`).
 */
export function checkKind(object: Record<string, unknown>): { findings: Finding[]; info?: KindInfo } {
  const { apiVersion, kind } = object;
  const findings: Finding[] = [];
  if (typeof kind !== 'string' || kind === '') findings.push(missingKind(kind));
  if (typeof apiVersion !== 'string' || apiVersion === '') findings.push(missingApiVersion(apiVersion, kind));
  if (findings.length > 0 || typeof apiVersion !== 'string' || typeof kind !== 'string') return { findings };
  const info = lookupKind(apiVersion, kind);
  if (info !== undefined) return { findings, info };
  return { findings: [wrongKind(apiVersion, kind)] };
}

function missingKind(kind: unknown): Finding {
  if (kind === undefined) return finding('error', 'missing-kind', '', msg('parse.kind.missing', {}));
  return finding('error', 'missing-kind', 'kind', msg('parse.kind.notAName', { value: show(kind) }));
}

function missingApiVersion(apiVersion: unknown, kind: unknown): Finding {
  const versions = typeof kind === 'string' ? apiVersionsOfKind(kind) : [];
  const hint = versions.length > 0 ? { kind: String(kind), version: versions[0] } : { kind: undefined, version: undefined };
  return finding('error', 'missing-api-version', apiVersion === undefined ? '' : 'apiVersion', msg('parse.apiVersion.missing', hint));
}

function wrongKind(apiVersion: string, kind: string): Finding {
  const versions = apiVersionsOfKind(kind);
  const removed = removedIn(apiVersion, kind);
  if (versions.length > 0 && removed !== undefined) {
    return finding('error', 'api-version-removed', 'apiVersion', msg('parse.apiVersion.removed', { apiVersion, removed, version: versions[0], kind }));
  }
  if (versions.length > 0) {
    const path = isKnownApiVersion(apiVersion) ? 'kind' : 'apiVersion';
    return finding('error', 'kind-not-in-api-version', path, msg('parse.kind.notInVersion', { kind, apiVersion, versions }));
  }
  const guess = didYouMean(kind, knownKindNames());
  return finding('error', 'unknown-kind', 'kind', msg('parse.kind.unknown', { kind, apiVersion, guess }));
}
