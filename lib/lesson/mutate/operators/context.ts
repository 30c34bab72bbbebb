import type { WorkDoc, Workspace } from '../workspace';
import type { DocPath, Edit, MutationSpec } from '../types';
import { objectLabel, pathLabel } from '../objects';

/** What an operator sees: the document it mutates and every object of the exercise. */
export interface OperatorContext {
  ws: Workspace;
  /** Objects of the world file (read-only). */
  world: unknown[];
  /** Objects of the world and of the solution's editable files. */
  all: unknown[];
}

export type Operator = (doc: WorkDoc, ctx: OperatorContext) => MutationSpec[];

/** A mutant id: `operator:Kind/namespace/name[:path]`. Stable across edits elsewhere in the file. */
export function mutantId(operator: string, doc: WorkDoc, path: DocPath = []): string {
  const where = path.length ? `:${pathLabel(path)}` : '';
  return `${operator}:${objectLabel(doc.value)}${where}`;
}

export function spec(operator: string, doc: WorkDoc, path: DocPath, description: string, edits: Edit[]): MutationSpec {
  return { id: mutantId(operator, doc, path), description, edits };
}

export const set = (doc: WorkDoc, path: DocPath, value: unknown): Edit => ({ op: 'set', doc: doc.ref, path, value });
export const del = (doc: WorkDoc, path: DocPath): Edit => ({ op: 'delete', doc: doc.ref, path });
export const insert = (doc: WorkDoc, path: DocPath, value: unknown, at = -1): Edit => ({ op: 'insert', doc: doc.ref, path, at, value });
