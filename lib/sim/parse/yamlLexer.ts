/**
 * A small scanner that finds the quote or flow bracket still open at some offset. js-yaml
 * reports an unclosed `"` or `[` where it gave up (often the next line, as "deficient
 * indentation"); the learner needs to see where it was opened.
 * SIMPLIFICATION(k8s): block scalars are not recognised (a `[` inside `|` text may count).
 */
export interface OpenToken {
  char: string;
  offset: number;
}

const NODE_START_BEFORE = new Set([':', '-', ',', '[', '{', '?', '']);

/** Returns the innermost quote or bracket opened before `end` and not closed by then. */
export function findUnclosed(text: string, end: number): OpenToken | null {
  const flow: OpenToken[] = [];
  let quote: OpenToken | null = null;
  let prev = '';
  for (let i = 0; i < end && i < text.length; i++) {
    const c = text[i];
    if (quote !== null) {
      if (quote.char === '"' && c === '\\') i++;
      else if (c === quote.char && quote.char === "'" && text[i + 1] === "'") i++;
      else if (c === quote.char) quote = null;
      prev = quote === null ? c : prev;
      continue;
    }
    if (c === '\n' || c === '\r') {
      prev = '';
      continue;
    }
    if (c === ' ' || c === '\t') continue;
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      i = skipLine(text, i) - 1;
      continue;
    }
    if ((c === '"' || c === "'") && NODE_START_BEFORE.has(prev)) quote = { char: c, offset: i };
    else if ((c === '[' || c === '{') && NODE_START_BEFORE.has(prev)) flow.push({ char: c, offset: i });
    else if ((c === ']' || c === '}') && flow.length > 0) flow.pop();
    prev = c;
  }
  return quote ?? flow[flow.length - 1] ?? null;
}

function skipLine(text: string, i: number): number {
  let j = i;
  while (j < text.length && text[j] !== '\n' && text[j] !== '\r') j++;
  return j;
}
