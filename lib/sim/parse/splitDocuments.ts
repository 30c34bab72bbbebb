/**
 * Splits a YAML stream into its documents by their markers, so a syntax error in one
 * document does not hide the objects of the others (kubectl's YAML reader also splits the
 * stream on `---` lines before decoding each document).
 *
 * Exact by the YAML 1.2 spec (§9.1.4, c-forbidden): a line that starts with `---` or `...`
 * followed by a space, a tab or the end of the line is a document marker wherever it occurs;
 * it can never be content of a block or quoted scalar.
 * SIMPLIFICATION(k8s): `%YAML` / `%TAG` directives are not moved to the document they precede;
 * manifests do not use them.
 */
export interface DocumentChunk {
  /** The document's text (from its `---` line, if any, up to the next marker). */
  text: string;
  /** Offset of `text` in the whole input. */
  offset: number;
  /** 1-based line of the chunk's first character. */
  line: number;
  /** True when the chunk holds nothing but blank lines, comments and markers. */
  empty: boolean;
}

const START = /^---(?=[ \t]|$)/;
const END = /^\.\.\.(?=[ \t]|$)/;

/** Splits `text` into document chunks; a leading chunk with no content is dropped. */
export function splitDocuments(text: string): DocumentChunk[] {
  const chunks: DocumentChunk[] = [];
  let chunkStart = 0;
  let chunkLine = 1;
  let lineStart = 0;
  let line = 1;
  const close = (end: number) => {
    const body = text.slice(chunkStart, end);
    chunks.push({ text: body, offset: chunkStart, line: chunkLine, empty: isBlank(body) });
  };
  while (lineStart <= text.length) {
    const { next, content } = readLine(text, lineStart);
    if (START.test(content) && lineStart > chunkStart) {
      close(lineStart);
      chunkStart = lineStart;
      chunkLine = line;
    } else if (END.test(content)) {
      close(next);
      chunkStart = next;
      chunkLine = line + 1;
    }
    if (next >= text.length) break;
    lineStart = next;
    line++;
  }
  if (chunkStart < text.length || chunks.length === 0) close(text.length);
  if (chunks.length > 1 && chunks[0].empty && !START.test(chunks[0].text.trimStart())) chunks.shift();
  return chunks;
}

function readLine(text: string, start: number): { next: number; content: string } {
  let i = start;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  const content = text.slice(start, i);
  if (text[i] === '\r' && text[i + 1] === '\n') i++;
  return { next: i + 1, content };
}

function isBlank(body: string): boolean {
  for (const raw of body.split(/\r\n|\r|\n/)) {
    const lineText = raw.replace(START, '').replace(END, '').trim();
    if (lineText !== '' && !lineText.startsWith('#')) return false;
  }
  return true;
}
