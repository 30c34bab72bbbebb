/**
 * Column alignment exactly like Go's text/tabwriter, which kubectl prints every table and
 * every `describe` through: cells end at a tab, a column's width is the widest cell of its
 * block of consecutive lines (plus padding, at least `minWidth`), the text after the last
 * tab of a line is not aligned.
 */

export interface TabOptions {
  minWidth: number;
  padding: number;
}

/** `kubectl get` tables (cli-runtime printers.GetNewTabWriter: minwidth 6, padding 3). */
export const TABLE_TABS: TabOptions = { minWidth: 6, padding: 3 };
/** `kubectl describe` (pkg/describe tabbedString: minwidth 0, padding 2). */
export const DESCRIBE_TABS: TabOptions = { minWidth: 0, padding: 2 };

function width(text: string): number {
  return [...text].length;
}

function formatBlock(rows: string[][], line0: number, line1: number, widths: number[], options: TabOptions, out: string[]): void {
  const column = widths.length;
  let start = line0;
  let i = line0;
  while (i < line1) {
    if (column >= rows[i].length - 1) {
      i++;
      continue;
    }
    writeLines(rows, start, i, widths, out);
    let w = options.minWidth;
    const blockStart = i;
    for (; i < line1 && column < rows[i].length - 1; i++) w = Math.max(w, width(rows[i][column]) + options.padding);
    formatBlock(rows, blockStart, i, [...widths, w], options, out);
    start = i;
  }
  writeLines(rows, start, line1, widths, out);
}

function writeLines(rows: string[][], from: number, to: number, widths: number[], out: string[]): void {
  for (let i = from; i < to; i++) {
    out[i] = rows[i].map((cell, j) => (j < widths.length && j < rows[i].length - 1 ? cell + ' '.repeat(Math.max(0, widths[j] - width(cell))) : cell)).join('');
  }
}

/** Align lines whose cells are separated by `\t`; returns the lines without tabs. */
export function formatTabbed(lines: readonly string[], options: TabOptions): string[] {
  const rows = lines.map((line) => line.split('\t'));
  const out: string[] = new Array<string>(rows.length).fill('');
  formatBlock(rows, 0, rows.length, [], options, out);
  return out;
}

/** A table: header and rows of cells, aligned like `kubectl get`. */
export function formatTable(header: readonly string[] | null, rows: readonly (readonly string[])[]): string[] {
  const lines = [...(header ? [header] : []), ...rows].map((cells) => cells.join('\t'));
  return formatTabbed(lines, TABLE_TABS);
}
