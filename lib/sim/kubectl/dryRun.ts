/**
 * `--dry-run=client|server|none` as kubectl reads it (staging/src/k8s.io/kubectl/pkg/cmd/util/helpers.go
 * GetDryRunStrategy): `client` sends nothing that changes the cluster, `server` sends the request
 * with dryRun=All (authorized, admitted, audited, never persisted); the old `true`/`false` still
 * mean client/none. Output lines end in ` (dry run)` / ` (server dry run)`.
 */
import type { DryRun } from '../apiserver/types';
import { flagString, type ParsedArgs } from './flags';

export type { DryRun };

export function dryRunOf(parsed: ParsedArgs): { mode: DryRun; error?: string } {
  const value = flagString(parsed, 'dry-run');
  if (value === undefined || value === 'none' || value === 'false') return { mode: undefined };
  if (value === 'client' || value === 'true' || value === 'unchanged') return { mode: 'client' };
  if (value === 'server') return { mode: 'server' };
  return { mode: undefined, error: `error: Invalid dry-run value (${value}). Must be "none", "server", or "client".` };
}

/** The suffix kubectl prints after the operation (`pod/x created (dry run)`). */
export function dryRunSuffix(mode: DryRun): string {
  return mode === 'client' ? ' (dry run)' : mode === 'server' ? ' (server dry run)' : '';
}
