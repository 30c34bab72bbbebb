// writable-path-missing: a read-only root filesystem breaks images that write to fixed paths,
// unless a volume is mounted there. What some well-known images write:
// - nginxinc/nginx-unprivileged moves the PID file and every *_temp_path to /tmp
//   (https://github.com/nginxinc/docker-nginx-unprivileged, README);
// - the official nginx image writes its cache to /var/cache/nginx and its PID to /var/run (= /run)
//   (https://hub.docker.com/_/nginx, "Running nginx in read-only mode");
// - the official postgres image writes PGDATA (/var/lib/postgresql/data) and its socket to
//   /var/run/postgresql (https://hub.docker.com/_/postgres, "Arbitrary --user Notes").
import { msg } from '../../messages';
import { isRecord, list, str } from '../../podsecurity/read';
import type { ContainerRef } from '../../podsecurity/types';
import { buildFinding, type HardeningContext } from '../buildFinding';
import type { EffectiveSecurityContext } from '../resolveSecurityContext';
import type { Finding } from '../types';
import { containerLabel, containerTarget } from '../words';

/** Image repository (no registry host, tag or digest) → paths it writes; each path lists equivalent spellings. */
const WRITES: Record<string, string[][]> = {
  'nginxinc/nginx-unprivileged': [['/tmp']],
  'library/nginx': [['/var/cache/nginx'], ['/var/run', '/run']],
  'library/postgres': [['/var/lib/postgresql/data'], ['/var/run/postgresql', '/run/postgresql']],
};

/** `docker.io/library/nginx:1.27` → `library/nginx`; `registry.local:5000/nginx@sha256:..` → `library/nginx`. */
export function imageRepository(image: string): string {
  let rest = image.split('@')[0];
  const parts = rest.split('/');
  if (parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost')) rest = parts.slice(1).join('/');
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) rest = rest.slice(0, colon);
  return rest.includes('/') ? rest : `library/${rest}`;
}

function writableMounts(ref: ContainerRef): string[] {
  return list(ref.container.volumeMounts)
    .filter((m) => isRecord(m) && m.readOnly !== true && typeof m.mountPath === 'string')
    .map((m) => (str((m as Record<string, unknown>).mountPath) ?? '').replace(/\/+$/, '') || '/');
}

function covered(path: string, mounts: string[]): boolean {
  return mounts.some((m) => m === '/' || path === m || path.startsWith(`${m}/`));
}

/** With readOnlyRootFilesystem, every path the image writes must be under a writable volumeMount. */
export function writablePathFindings(ctx: HardeningContext, ref: ContainerRef, eff: EffectiveSecurityContext): Finding[] {
  if (!eff.readOnlyRootFilesystem.value || ctx.windows || ref.field === 'ephemeralContainers') return [];
  const needs = WRITES[imageRepository(str(ref.container.image) ?? '')];
  if (!needs) return [];
  const mounts = writableMounts(ref);
  const missing = needs.filter((spellings) => !spellings.some((p) => covered(p, mounts))).map((s) => s[0]);
  if (missing.length === 0) return [];
  const who = containerLabel(ref);
  const target = containerTarget(ref);
  const paths = missing.join(', ');
  return [
    buildFinding('writable-path-missing', {
      path: `${ref.path}.volumeMounts`,
      container: ref.name,
      message: msg('hardening.writablePathFindings', { paths, who }),
      fix: msg('hardening.writablePathFindings.1', { target, paths }),
    }),
  ];
}
