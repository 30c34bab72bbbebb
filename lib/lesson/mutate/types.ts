import type { LocalizedText } from '../types';

/** A path inside one YAML document (`['spec', 'rules', 0, 'verbs']`). */
export type DocPath = (string | number)[];

/** Where a document lives: its editable file and its position in that file. */
export interface DocRef {
  file: string;
  index: number;
}

/**
 * One edit of the solution. Operators describe changes as edits so that everything else in the
 * file (comments, order, style) stays as the author wrote it and the diff shows only the change.
 */
export type Edit =
  | { op: 'set'; doc: DocRef; path: DocPath; value: unknown }
  | { op: 'delete'; doc: DocRef; path: DocPath }
  /** Insert `value` into the sequence at `path`, before position `at` (-1: append). */
  | { op: 'insert'; doc: DocRef; path: DocPath; at: number; value: unknown }
  /** Move item `from` of the sequence at `path` to position `to`. */
  | { op: 'move'; doc: DocRef; path: DocPath; from: number; to: number }
  | { op: 'deleteDoc'; doc: DocRef }
  /** Append a new document (plain data) to a file. */
  | { op: 'addDoc'; file: string; value: unknown };

/** A generated change, before it is applied. */
export interface MutationSpec {
  /** Stable id: `operator:Kind/namespace/name:path`. */
  id: string;
  /** One line, English. */
  description: string;
  edits: Edit[];
}

/** A weakening mutant or an equivalent rewrite, applied: the files to run and their diff. */
export interface Mutation {
  id: string;
  description: string;
  /** Every editable file, changed or not. */
  files: Record<string, string>;
  /** Unified diff of the changed files against the solution. */
  diff: string;
}

export interface AcceptedMutant {
  /** A mutant id, or a prefix of ids (`rbac.verbs-star:Role/shop/api`). */
  id: string;
  reason: LocalizedText | string;
}

export type { LocalizedText };
