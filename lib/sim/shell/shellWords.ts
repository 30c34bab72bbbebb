/**
 * Splitting a command line the way a POSIX shell does for the commands the lab supports:
 * words with 'single' and "double" quotes and backslash escapes, pipelines (`|`) and lists
 * (`&&`, `||`, `;`). No variables, globbing or redirection.
 * SIMPLIFICATION(k8s): a tiny shell, enough for `kubectl ... | grep x | jq .`.
 */

export type Operator = '|' | '&&' | '||' | ';';

export interface ShellToken {
  kind: 'word' | 'op';
  text: string;
  /** Offset of the token's first character in the line. */
  start: number;
}

export interface ParsedLine {
  /** Pipelines joined by `&&`, `||` or `;` (the operator before each pipeline; first is ';'). */
  lists: { op: '&&' | '||' | ';'; pipeline: string[][] }[];
  error?: string;
}

/**
 * The characters that separate words: bash's default IFS (space, tab, newline) plus the
 * carriage return a pasted Windows line leaves. Anything else, including Unicode spaces
 * (U+00A0, U+3000, U+2028, a BOM, a form feed), is part of a word, as in bash
 * (https://www.gnu.org/software/bash/manual/bash.html#Word-Splitting): `get\u00a0pods` is one
 * word that kubectl then reports as an unknown command.
 */
export function isShellBlank(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}

function endsWord(line: string, i: number): boolean {
  const ch = line[i];
  return isShellBlank(ch) || ch === '|' || ch === ';' || (ch === '&' && line[i + 1] === '&');
}

/** Tokens of a line; an unterminated quote is reported as an error token at the end. */
export function tokenizeShell(line: string): { tokens: ShellToken[]; unterminated: boolean } {
  const tokens: ShellToken[] = [];
  let i = 0;
  let unterminated = false;
  while (i < line.length) {
    const ch = line[i];
    if (isShellBlank(ch)) { i++; continue; }
    const two = line.slice(i, i + 2);
    if (two === '&&' || two === '||') { tokens.push({ kind: 'op', text: two, start: i }); i += 2; continue; }
    if (ch === '|' || ch === ';') { tokens.push({ kind: 'op', text: ch, start: i }); i++; continue; }
    const start = i;
    let text = '';
    while (i < line.length && !endsWord(line, i)) {
      const c = line[i];
      if (c === "'") {
        const end = line.indexOf("'", i + 1);
        if (end < 0) { text += line.slice(i + 1); i = line.length; unterminated = true; break; }
        text += line.slice(i + 1, end);
        i = end + 1;
      } else if (c === '"') {
        i++;
        while (i < line.length && line[i] !== '"') {
          if (line[i] === '\\' && i + 1 < line.length && '"\\$`'.includes(line[i + 1])) i++;
          text += line[i];
          i++;
        }
        if (i >= line.length) unterminated = true;
        i++;
      } else if (c === '\\' && i + 1 < line.length) {
        text += line[i + 1];
        i += 2;
      } else {
        text += c;
        i++;
      }
    }
    tokens.push({ kind: 'word', text, start });
  }
  return { tokens, unterminated };
}

/** Parse a line into lists of pipelines of commands (each command a list of words). */
export function parseShellLine(line: string): ParsedLine {
  const { tokens, unterminated } = tokenizeShell(line);
  if (unterminated) return { lists: [], error: 'bash: unexpected EOF while looking for matching quote' };
  const lists: ParsedLine['lists'] = [];
  let op: '&&' | '||' | ';' = ';';
  let pipeline: string[][] = [];
  let words: string[] = [];
  const fail = (text: string): ParsedLine => ({ lists: [], error: `bash: syntax error near unexpected token \`${text}'` });
  for (const token of tokens) {
    if (token.kind === 'word') { words.push(token.text); continue; }
    if (words.length === 0) return fail(token.text);
    pipeline.push(words);
    words = [];
    if (token.text !== '|') {
      lists.push({ op, pipeline });
      pipeline = [];
      op = token.text as '&&' | '||' | ';';
    }
  }
  if (words.length > 0) pipeline.push(words);
  else if (pipeline.length > 0 || (op !== ';' && lists.length > 0 && tokens[tokens.length - 1]?.kind === 'op')) return fail('newline');
  if (pipeline.length > 0) lists.push({ op, pipeline });
  return { lists };
}
