import { parseAllDocuments } from 'yaml';
import type { ExerciseDefinition } from '../types';
import type { Mutation, MutationSpec } from './types';
import { applySpec, buildWorkspace, type Workspace } from './workspace';
import type { Operator, OperatorContext } from './operators/context';
import { RBAC_OPERATORS } from './operators/rbac';
import { NETPOL_OPERATORS } from './operators/netpol';
import { POD_OPERATORS } from './operators/pods';
import { AUDIT_OPERATORS } from './operators/audit';
import { ADMISSION_OPERATORS } from './operators/admission';
import { CONTROL_PLANE_OPERATORS } from './operators/controlPlane';

/** Every weakening operator family, in report order. */
export const OPERATORS: Operator[] = [
  ...RBAC_OPERATORS,
  ...NETPOL_OPERATORS,
  ...POD_OPERATORS,
  ...AUDIT_OPERATORS,
  ...ADMISSION_OPERATORS,
  ...CONTROL_PLANE_OPERATORS,
];

const worldCache = new Map<string, unknown[]>();

/** The objects of a YAML stream as plain data (invalid documents are skipped). Cached by text. */
export function objectsOf(text: string): unknown[] {
  const cached = worldCache.get(text);
  if (cached) return cached;
  const docs = parseAllDocuments(text);
  const objects = (Array.isArray(docs) ? docs : [])
    .filter((d) => d.errors.length === 0)
    .map((d) => d.toJS())
    .filter((v) => v !== null && typeof v === 'object');
  if (worldCache.size > 200) worldCache.clear();
  worldCache.set(text, objects);
  return objects;
}

export function operatorContext(exercise: ExerciseDefinition, ws: Workspace): OperatorContext {
  const world = exercise.world ? objectsOf(exercise.world.text) : [];
  return { ws, world, all: [...world, ...ws.docs.map((d) => d.value).filter((v) => v !== null && typeof v === 'object')] };
}

/** Make ids unique (a second mutant with the same id gets `#2`), keeping the first as is. */
export function uniqueIds<T extends { id: string }>(items: T[]): T[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const n = (seen.get(item.id) ?? 0) + 1;
    seen.set(item.id, n);
    return n === 1 ? item : { ...item, id: `${item.id}#${n}` };
  });
}

/**
 * The weakening mutants of an exercise's solution: one change each, every one strictly less
 * secure than the solution. Specs that leave every object as it was are dropped.
 */
export function generateMutants(exercise: ExerciseDefinition, operators: Operator[] = OPERATORS): Mutation[] {
  const ws = buildWorkspace(exercise.files, exercise.solution);
  const ctx = operatorContext(exercise, ws);
  const specs: MutationSpec[] = ws.docs.flatMap((doc) => operators.flatMap((op) => op(doc, ctx)));
  const seen = new Set<string>();
  const mutants = specs
    .map((s) => applySpec(ws, s))
    .filter((m): m is Mutation => {
      if (m === null) return false;
      // Two operators that end in the same files are one mutant (the first keeps its id).
      const key = JSON.stringify(exercise.files.map((f) => m.files[f]));
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return uniqueIds(mutants);
}
