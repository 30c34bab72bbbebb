/**
 * A challenge's cluster: its world YAML with the event's flag in place, parsed by the simulator,
 * optionally with the defence applied (objects of the defence replace those of the same kind,
 * namespace and name, or are added). Errors in the YAML come back as the simulator's diagnostics.
 */
import { parseManifests, type Diagnostic, type KubeObject } from '../sim';
import { withFlag } from './flag';
import type { Challenge } from './types';

function keyOf(object: KubeObject): string {
  const metadata = (object.metadata ?? {}) as { name?: unknown; namespace?: unknown };
  return `${object.kind}/${String(metadata.namespace ?? '')}/${String(metadata.name ?? '')}`;
}

export interface ChallengeWorld {
  objects: KubeObject[];
  diagnostics: Diagnostic[];
}

/** The challenge's objects for an event; `defended` applies the defence the linked lesson teaches. */
export function challengeWorld(challenge: Pick<Challenge, 'id' | 'world' | 'defence'>, flag: string, defended = false): ChallengeWorld {
  const base = parseManifests(withFlag(challenge.world, flag), { file: `${challenge.id}/world.yaml` });
  const diagnostics = base.diagnostics.filter((d) => d.severity === 'error');
  if (!defended) return { objects: base.objects, diagnostics };
  const fix = parseManifests(withFlag(challenge.defence.world, flag), { file: `${challenge.id}/defence.yaml` });
  const replaced = new Map(fix.objects.map((o) => [keyOf(o), o]));
  const removed = new Set(challenge.defence.remove.map((r) => `${r.kind}/${r.namespace ?? ''}/${r.name}`));
  const kept = base.objects.filter((o) => !removed.has(keyOf(o))).map((o) => replaced.get(keyOf(o)) ?? o);
  const known = new Set(base.objects.map(keyOf));
  return {
    objects: [...kept, ...fix.objects.filter((o) => !known.has(keyOf(o)))],
    diagnostics: [...diagnostics, ...fix.diagnostics.filter((d) => d.severity === 'error')],
  };
}
