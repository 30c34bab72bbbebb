/**
 * Splitting a command line the way a POSIX shell does for the commands the lab supports:
 * words with 'single' and "double" quotes and backslash escapes, pipelines (`|`), lists
 * (`&&`, `||`, `;`) and the redirection operators (`<`, `<<`, `<<-`, `<<<`, `>`, `>>`, `2>`,
 * `2>&1`; shellScript.ts gives them meaning). `$?` outside single quotes can be marked for
 * expansion (EXIT_STATUS). No other variables, no globbing.
 * SIMPLIFICATION(k8s): a tiny shell, enough for `kubectl ... | grep x | jq .`.
 * Upstream: https://www.gnu.org/software/bash/manual/bash.html#Redirections
 */

export type Operator = '|' | '&&' | '||' | ';';

/** Stands for `$?` in a word until the command runs (a private-use character). */
export const EXIT_STATUS = '\uE000';

export interface ShellToken {
  kind: 'word' | 'op';
  text: string;
  /** Offset of the token's first character in the line. */
  start: number;
  /** The word had quotes or backslashes (a heredoc delimiter written so takes its body literally). */
  quoted?: boolean;
}

/** Redirection operators, longest first. `2>`... only count at the start of a word. */
const REDIRECTS = ['<<<', '<<-', '<<', '<', '>>', '>'];
const FD_REDIRECTS = ['2>&1', '2>>', '2>'];

function redirectAt(line: string, i: number, wordStart: boolean): string | undefined {
  if (wordStart) {
    const fd = FD_REDIRECTS.find((op) => line.startsWith(op, i));
    if (fd) return fd;
  }
  return REDIRECTS.find((op) => line.startsWith(op, i));
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
  return isShellBlank(ch) || ch === '|' || ch === ';' || ch === '<' || ch === '>' || (ch === '&' && line[i + 1] === '&');
}

export interface TokenizeOptions {
  /** Replace `$?` outside single quotes with EXIT_STATUS (the shell expands it when the command runs). */
  expandStatus?: boolean;
}

/** Tokens of a line; an unterminated quote is reported as an error token at the end. */
export function tokenizeShell(line: string, options: TokenizeOptions = {}): { tokens: ShellToken[]; unterminated: boolean } {
  const tokens: ShellToken[] = [];
  let i = 0;
  let unterminated = false;
  while (i < line.length) {
    const ch = line[i];
    if (isShellBlank(ch)) {
      i++;
      continue;
    }
    const two = line.slice(i, i + 2);
    if (two === '&&' || two === '||') {
      tokens.push({ kind: 'op', text: two, start: i });
      i += 2;
      continue;
    }
    if (ch === '|' || ch === ';') {
      tokens.push({ kind: 'op', text: ch, start: i });
      i++;
      continue;
    }
    const redirect = redirectAt(line, i, true);
    if (redirect) {
      tokens.push({ kind: 'op', text: redirect, start: i });
      i += redirect.length;
      continue;
    }
    const word = readWord(line, i, options);
    if (word.unterminated) unterminated = true;
    tokens.push({ kind: 'word', text: word.text, start: i, ...(word.quoted ? { quoted: true } : {}) });
    i = word.end;
  }
  return { tokens, unterminated };
}

function readWord(line: string, from: number, options: TokenizeOptions): { text: string; end: number; quoted: boolean; unterminated: boolean } {
  let i = from;
  let text = '';
  let quoted = false;
  let unterminated = false;
  const status = (at: number) => options.expandStatus === true && line[at] === '$' && line[at + 1] === '?';
  while (i < line.length && !endsWord(line, i)) {
    const c = line[i];
    if (c === "'") {
      quoted = true;
      const end = line.indexOf("'", i + 1);
      if (end < 0) {
        text += line.slice(i + 1);
        i = line.length;
        unterminated = true;
        break;
      }
      text += line.slice(i + 1, end);
      i = end + 1;
    } else if (c === '"') {
      quoted = true;
      i++;
      while (i < line.length && line[i] !== '"') {
        if (status(i)) {
          text += EXIT_STATUS;
          i += 2;
          continue;
        }
        if (line[i] === '\\' && i + 1 < line.length && '"\\$`'.includes(line[i + 1])) i++;
        text += line[i];
        i++;
      }
      if (i >= line.length) unterminated = true;
      i++;
    } else if (c === '\\' && i + 1 < line.length) {
      quoted = true;
      text += line[i + 1];
      i += 2;
    } else if (status(i)) {
      text += EXIT_STATUS;
      i += 2;
    } else {
      text += c;
      i++;
    }
  }
  return { text, end: i, quoted, unterminated };
}

export interface ParsedLine {
  /** Pipelines joined by `&&`, `||` or `;` (the operator before each pipeline; first is ';'). */
  lists: { op: '&&' | '||' | ';'; pipeline: string[][] }[];
  error?: string;
}

const LIST_OPS = new Set(['|', '&&', '||', ';']);

/**
 * Parse one line into lists of pipelines of words (a container's `sh -c`, which follows no
 * redirection: a redirection and its target word are dropped). The terminal's own shell reads
 * more (heredocs, redirections): shellScript.ts.
 */
export function parseShellLine(line: string): ParsedLine {
  const { tokens, unterminated } = tokenizeShell(line);
  if (unterminated) return { lists: [], error: 'bash: unexpected EOF while looking for matching quote' };
  const lists: ParsedLine['lists'] = [];
  let op: '&&' | '||' | ';' = ';';
  let pipeline: string[][] = [];
  let words: string[] = [];
  const fail = (text: string): ParsedLine => ({ lists: [], error: `bash: syntax error near unexpected token \`${text}'` });
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === 'word') {
      words.push(token.text);
      continue;
    }
    if (!LIST_OPS.has(token.text)) {
      if (token.text !== '2>&1') i++;
      continue;
    }
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
