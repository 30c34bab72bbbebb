// Pointing at the object, rule, peer or field a verdict depends on, preferring the learner's files.
import type { GoalContext } from '../goals';
import { ObjectIndex } from '../objectIndex';
import type { SourcePointer } from '../types';

/** The object's parsed form, if it is in the learner's files or the world. */
export function objectOf(ctx: GoalContext, kind: string, namespace: string | undefined, name: string): Record<string, unknown> | undefined {
  return ctx.index.get(kind, namespace, name)?.object as Record<string, unknown> | undefined;
}

/** Where a field of an object is written (`spec.ingress[0].from[1]`), or its nearest written parent. */
export function pointTo(ctx: GoalContext, kind: string, namespace: string | undefined, name: string, path?: string): SourcePointer | undefined {
  const found = ctx.index.get(kind, namespace, name);
  return found ? ObjectIndex.fieldSource(found, path) : undefined;
}

/** Is this pointer in a file the learner may edit? */
export function isEditable(ctx: GoalContext, pointer: SourcePointer | undefined): boolean {
  return pointer !== undefined && (ctx.editable ?? []).includes(pointer.file);
}

/** The first pointer into an editable file, else the first pointer at all (the cause is in the world). */
export function preferEditable(ctx: GoalContext, candidates: (SourcePointer | undefined)[]): SourcePointer | undefined {
  return candidates.find((c) => isEditable(ctx, c)) ?? candidates.find((c) => c !== undefined);
}

/** An editable object of this kind in this namespace (e.g. where a new rule could go). */
export function editableObject(ctx: GoalContext, kind: string, namespace?: string): { name: string; namespace?: string; pointer: SourcePointer } | undefined {
  for (const object of ctx.index.all()) {
    if (object.kind !== kind) continue;
    const ns = typeof object.metadata?.namespace === 'string' ? object.metadata.namespace : undefined;
    if (namespace !== undefined && (ns ?? 'default') !== namespace) continue;
    const name = String(object.metadata?.name ?? '');
    const pointer = pointTo(ctx, kind, ns, name);
    if (isEditable(ctx, pointer)) return { name, namespace: ns, pointer: pointer! };
  }
  return undefined;
}

/** The start of an editable file, where a missing object should be written: one already holding objects of that kind, else the first. */
export function firstEditableFile(ctx: GoalContext, kind?: string): SourcePointer | undefined {
  const same = kind
    ? ctx.index
        .all()
        .filter((o) => o.kind === kind)
        .map((o) => pointTo(ctx, o.kind, o.metadata?.namespace as string | undefined, String(o.metadata?.name ?? '')))
        .find((p) => isEditable(ctx, p))
    : undefined;
  const file = same?.file ?? ctx.editable?.[0];
  return file ? { file, line: 1, column: 1 } : undefined;
}
