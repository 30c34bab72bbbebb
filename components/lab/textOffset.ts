/** Where line `line`, column `column` (both from 1, as diagnostics count) is in `text`, clamped to the text. */
export function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split('\n');
  const row = Math.min(Math.max(1, line), lines.length) - 1;
  let offset = 0;
  for (let i = 0; i < row; i++) offset += lines[i].length + 1;
  return offset + Math.min(Math.max(1, column), lines[row].length + 1) - 1;
}
