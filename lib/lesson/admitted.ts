import { accountKeys, podRejection, type Diagnostic, type KubeObject, type ObjectRef, type ParsedObject } from '../sim';
import { verbatim, type MessageLike } from '../sim/messages';
import { msg } from './messages';
import { objectKey } from './objectIndex';
import type { SourcePointer } from './types';

const POD_KINDS = new Set(['Pod', 'Deployment', 'ReplicaSet', 'ReplicationController', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob']);

/**
 * What the API server would do with the learner's objects: an object with an error diagnostic
 * (invalid name or label value, schema error, a Pod whose ServiceAccount does not exist) is
 * rejected as a whole and never reaches the cluster; a workload whose pods would be rejected
 * is stored without pods. Goals that depend on such objects fail with this reason.
 */
export class Admission {
  /** Objects the API server accepts, in input order. */
  readonly admitted: ParsedObject[] = [];
  private readonly reasons = new Map<string, MessageLike>();
  /** The kind of each rejected object, by the same key (so a kind is never cut out of a key). */
  private readonly kinds = new Map<string, string>();
  private readonly where = new Map<string, SourcePointer>();
  private readonly accounts: Set<string>;
  private pods?: { objects: readonly KubeObject[]; byName: Map<string, KubeObject> };

  constructor(parsed: readonly ParsedObject[], diagnostics: Record<string, Diagnostic[]>, world?: string) {
    for (const p of parsed) {
      const error = p.source.file === world ? undefined : errorOf(p, parsed, diagnostics[p.source.file ?? ''] ?? []);
      if (error) {
        this.reasons.set(keyOf(p.object), rejectedText(p.object, error));
        this.kinds.set(keyOf(p.object), p.object.kind);
        this.where.set(keyOf(p.object), { file: p.source.file ?? '', line: error.line, column: error.column });
      } else this.admitted.push(p);
    }
    this.accounts = accountKeys(this.admitted.map((p) => p.object));
  }

  /** Why `Kind/ns/name` was rejected, if it was. */
  reason(kind: string, namespace: string | undefined, name: string | undefined): MessageLike | undefined {
    return this.reasons.get(objectKey(kind, namespace || 'default', name)) ?? this.reasons.get(objectKey(kind, '', name));
  }

  /** Where the error that got `Kind/ns/name` rejected is. */
  source(kind: string, namespace: string | undefined, name: string | undefined): SourcePointer | undefined {
    return this.where.get(objectKey(kind, namespace || 'default', name)) ?? this.where.get(objectKey(kind, '', name));
  }

  /** Every rejection of these kinds (for goals that read many objects, like RBAC). */
  reasonsOf(kinds: readonly string[]): MessageLike[] {
    return [...this.reasons.entries()].filter(([key]) => kinds.includes(this.kinds.get(key) ?? '')).map(([, text]) => text);
  }

  /**
   * Why the pods behind a reference (a Pod, or the workload of that name) do not exist, if the
   * reason is a rejection: the object itself was rejected, or the pods it would create are.
   */
  podsReason(target: ObjectRef, objects: readonly KubeObject[]): MessageLike | undefined {
    const { namespace: ns, name } = target;
    if (this.reasons.size > 0) {
      for (const kind of POD_KINDS) {
        const rejected = this.reason(kind, ns, name);
        if (rejected) return rejected;
      }
    }
    const object = this.podObjects(objects).get(`${ns}/${name}`);
    return object ? podRejection(object, this.accounts) : undefined;
  }

  /** The first object of a pod kind by namespace and name (a produced key, never split back; indexed once per list). */
  private podObjects(objects: readonly KubeObject[]): Map<string, KubeObject> {
    if (this.pods?.objects === objects) return this.pods.byName;
    const byName = new Map<string, KubeObject>();
    for (const o of objects) {
      if (!POD_KINDS.has(o.kind)) continue;
      const ns = o.metadata.namespace ?? 'default';
      if (typeof ns !== 'string' || typeof o.metadata.name !== 'string') continue;
      const key = `${ns}/${o.metadata.name}`;
      if (!byName.has(key)) byName.set(key, o);
    }
    this.pods = { objects, byName };
    return byName;
  }
}

function keyOf(object: KubeObject): string {
  return objectKey(object.kind, typeof object.metadata.namespace === 'string' ? object.metadata.namespace : 'default', String(object.metadata.name ?? ''));
}

/** The first error diagnostic inside this object's lines (up to the next object of the same file). */
function errorOf(p: ParsedObject, parsed: readonly ParsedObject[], diagnostics: Diagnostic[]): Diagnostic | undefined {
  const next = parsed
    .filter((o) => o.source.file === p.source.file && o.source.line > p.source.line)
    .reduce((min, o) => Math.min(min, o.source.line), Infinity);
  return diagnostics.find((d) => d.severity === 'error' && d.line >= p.source.line && d.line < next);
}

function rejectedText(object: KubeObject, d: Diagnostic): MessageLike {
  const label = `${object.kind} ${typeof object.metadata.namespace === 'string' ? `${object.metadata.namespace}/` : ''}${String(object.metadata.name)}`;
  // A diagnostic whose area still words it in two fields (lib/sim/parse) shows its English.
  return msg('goal.rejected', { label, line: d.line, detail: d.text ?? verbatim(d.message) });
}
