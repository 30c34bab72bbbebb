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
  const path = kind === undefined ? '' : 'kind';
  return finding(
    'error',
    'missing-kind',
    path,
    kind === undefined ? 'Every object needs `kind` (Pod, Role, NetworkPolicy, ...).' : `\`kind\` must be a kind name such as \`Pod\`, not ${show(kind)}.`,
    kind === undefined
      ? 'Todo objeto necesita `kind` (Pod, Role, NetworkPolicy, ...).'
      : `\`kind\` tiene que ser un nombre de tipo como \`Pod\`, no ${show(kind)}.`,
  );
}

function missingApiVersion(apiVersion: unknown, kind: unknown): Finding {
  const versions = typeof kind === 'string' ? apiVersionsOfKind(kind) : [];
  const hint = versions.length > 0 ? ` For a ${kind}: \`apiVersion: ${versions[0]}\`.` : '';
  const hintEs = versions.length > 0 ? ` Para un ${kind}: \`apiVersion: ${versions[0]}\`.` : '';
  const path = apiVersion === undefined ? '' : 'apiVersion';
  return finding(
    'error',
    'missing-api-version',
    path,
    `Every object needs \`apiVersion\` (the API group and version of its kind).${hint}`,
    `Todo objeto necesita \`apiVersion\` (el grupo y la versión de la API de su tipo).${hintEs}`,
  );
}

function wrongKind(apiVersion: string, kind: string): Finding {
  const versions = apiVersionsOfKind(kind);
  const removed = removedIn(apiVersion, kind);
  if (versions.length > 0 && removed !== undefined) {
    return finding(
      'error',
      'api-version-removed',
      'apiVersion',
      `\`${apiVersion}\` was removed in Kubernetes ${removed}: use \`apiVersion: ${versions[0]}\` for a ${kind}.`,
      `\`${apiVersion}\` se eliminó en Kubernetes ${removed}: para un ${kind} usá \`apiVersion: ${versions[0]}\`.`,
    );
  }
  if (versions.length > 0) {
    const path = isKnownApiVersion(apiVersion) ? 'kind' : 'apiVersion';
    return finding(
      'error',
      'kind-not-in-api-version',
      path,
      `There is no kind \`${kind}\` in \`${apiVersion}\`: ${kind} is in \`${versions.join('`, `')}\`.`,
      `No existe el tipo \`${kind}\` en \`${apiVersion}\`: ${kind} está en \`${versions.join('`, `')}\`.`,
    );
  }
  const guess = didYouMean(kind, knownKindNames());
  const en = guess !== undefined ? ` Did you mean \`${guess}\`?` : ' The lab has no custom resources.';
  const es = guess !== undefined ? ` ¿Quisiste decir \`${guess}\`?` : ' El laboratorio no tiene recursos personalizados.';
  return finding(
    'error',
    'unknown-kind',
    'kind',
    `Unknown kind \`${kind}\` in \`${apiVersion}\`.${en}`,
    `Tipo desconocido \`${kind}\` en \`${apiVersion}\`.${es}`,
  );
}
