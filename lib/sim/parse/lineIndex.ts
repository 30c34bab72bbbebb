/**
 * Offsets to 1-based line/column. Line breaks are `\n`, `\r\n` and a lone `\r`, as in
 * YAML 1.2 (§5.4) and in the Monaco editor, so positions agree with what the learner sees.
 * Columns count UTF-16 code units, like Monaco.
 */
export interface LineIndex {
  /** Position of a 0-based offset of the indexed text. */
  positionAt(offset: number): { line: number; column: number };
  /** Number of lines in the indexed text. */
  readonly lineCount: number;
}

/** Builds a line index over `text`; `firstLine` is the 1-based line the text starts on. */
export function buildLineIndex(text: string, firstLine = 1): LineIndex {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return {
    lineCount: starts.length,
    positionAt(offset: number) {
      const at = Math.max(0, Math.min(offset, text.length));
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= at) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + firstLine, column: at - starts[lo] + 1 };
    },
  };
}
