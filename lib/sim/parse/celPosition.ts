/**
 * Where a character of a CEL expression is in the YAML text: the expression is the scalar after
 * the key at its source-map position; plain, quoted ("..." with escapes, '...' with '') and
 * block (| and >, content on the following lines) scalars are walked so that offset N of the
 * expression maps to the line and column the learner sees.
 */
export interface TextPosition {
  line: number;
  column: number;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function positionOf(starts: number[], index: number): TextPosition {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= index) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: index - starts[lo] + 1 };
}

/** Raw index of an expression character of a block scalar whose indicator is at `index`. */
function blockIndex(text: string, starts: number[], index: number, offset: number, expression: string): number {
  let line = positionOf(starts, index).line;
  while (line < starts.length && text.slice(starts[line], starts[line + 1] ?? text.length).trim() === '') line++;
  const firstContent = starts[line] ?? text.length;
  const indent = /^ */.exec(text.slice(firstContent))?.[0].length ?? 0;
  const before = expression.slice(0, offset);
  const row = before.split('\n').length - 1;
  const col = before.length - (before.lastIndexOf('\n') + 1);
  return (starts[line + row] ?? text.length) + indent + col;
}

function quotedIndex(text: string, start: number, offset: number): number {
  const quote = text[start];
  let i = start + 1;
  for (let n = 0; n < offset && i < text.length; n++) {
    if (quote === '"' && text[i] === '\\') i += text[i + 1] === 'x' ? 4 : text[i + 1] === 'u' ? 6 : 2;
    else if (quote === "'" && text[i] === "'" && text[i + 1] === "'") i += 2;
    else i++;
  }
  return i;
}

/** The text position of `offset` inside the expression whose scalar starts at `at`. */
export function expressionPosition(text: string, at: TextPosition, expression: string, offset: number): TextPosition {
  const starts = lineStarts(text);
  let start = (starts[at.line - 1] ?? 0) + at.column - 1;
  // The source map points at the key (`expression: ...`): the value starts after `key:` and blanks.
  const key = /^[A-Za-z]+:[ \t]*(?:\r?\n[ \t]*)?/.exec(text.slice(start, start + 200));
  if (key) start += key[0].length;
  const c = text[start];
  if (c === '|' || c === '>') return positionOf(starts, blockIndex(text, starts, start, offset, expression));
  if (c === '"' || c === "'") return positionOf(starts, quotedIndex(text, start, offset));
  return positionOf(starts, start + offset);
}
