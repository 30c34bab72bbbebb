/**
 * `kubectl auth can-i --list` as text: the header and one line per row, aligned the way
 * kubectl's tab writer does it (cli-runtime printers.GetNewTabWriter: minwidth 6,
 * padding 3, spaces; the last column is not padded).
 */
import type { PermissionList } from './types';

const MIN_WIDTH = 6;
const PADDING = 3;
const HEADER = ['Resources', 'Non-Resource URLs', 'Resource Names', 'Verbs'];

function width(text: string): number {
  return [...text].length;
}

/** Lines kubectl prints on stdout for `auth can-i --list` (`noHeaders` = `--no-headers`). */
export function formatPermissionTable(list: PermissionList, options: { noHeaders?: boolean } = {}): string[] {
  const rows = (list?.rows ?? []).map((row) => [row.columns.resources, row.columns.nonResourceURLs, row.columns.resourceNames, row.columns.verbs]);
  const lines = options.noHeaders ? rows : [HEADER, ...rows];
  const widths = [0, 1, 2].map((column) => Math.max(MIN_WIDTH, ...lines.map((cells) => width(cells[column]) + PADDING)));
  return lines.map((cells) => cells.map((cell, column) => (column < 3 ? cell + ' '.repeat(widths[column] - width(cell)) : cell)).join(''));
}

/**
 * The warning kubectl prints on stderr before the table when the review is incomplete
 * ("Warning: the list may be incomplete: ..."); RBAC alone never marks it incomplete.
 */
export function permissionListWarning(list: PermissionList): string | undefined {
  return list?.incomplete ? `Warning: the list may be incomplete: ${list.evaluationError ?? ''}` : undefined;
}
