/**
 * What the terminal's shell makes of the text entered: lines (a newline separates commands as
 * `;` does), lines continued with a trailing `\`, `|`, `&&` or `||`, quotes spanning lines,
 * heredocs (`<<EOF`, `<<'EOF'` literal, `<<-EOF` strips leading tabs) whose bodies follow the
 * line, here-strings (`<<< word`), `< file` and the output redirections (`> /dev/null`,
 * `2>&1`...). Text still waiting for its end (an open heredoc, quote or continuation) is
 * `pending`: the terminal shows `> ` and keeps reading, as bash's PS2 prompt does.
 * Upstream: https://www.gnu.org/software/bash/manual/bash.html#Here-Documents and
 * #Redirections; POSIX Shell Command Language 2.7.4 (Here-Document).
 */
import { EXIT_STATUS, tokenizeShell, type ShellToken } from './shellWords';

/** Where a command's output goes. */
export type OutputTarget = { kind: 'null' } | { kind: 'stdout' } | { kind: 'file'; name: string };

export interface ScriptCommand {
  words: string[];
  /** Standard input: a heredoc or here-string's text, or a file of the session. */
  stdin?: { kind: 'text'; text: string } | { kind: 'file'; name: string };
  stdout?: OutputTarget;
  stderr?: OutputTarget;
}

export interface ScriptList {
  /** The operator before this pipeline (the first is ';'). */
  op: '&&' | '||' | ';';
  pipeline: ScriptCommand[];
}

export type Pending = 'heredoc' | 'quote' | 'continuation';

export interface ParsedScript {
  lists: ScriptList[];
  error?: string;
  /** bash's warnings (a heredoc closed by the end of the input). */
  warnings?: string[];
  /** The text is not finished: more lines are needed (the terminal's `> ` prompt). */
  pending?: Pending;
}

interface Heredoc {
  delimiter: string;
  literal: boolean;
  stripTabs: boolean;
}

/** One logical line (after joining continuations) and the bodies of its heredocs, in order. */
interface Segment {
  tokens: ShellToken[];
  bodies: string[];
}

const syntaxError = (text: string): ParsedScript => ({ lists: [], error: `bash: syntax error near unexpected token \`${text}'` });

function heredocsOf(tokens: ShellToken[]): Heredoc[] {
  const out: Heredoc[] = [];
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (token.kind === 'op' && (token.text === '<<' || token.text === '<<-') && next?.kind === 'word') {
      out.push({ delimiter: next.text, literal: next.quoted === true, stripTabs: token.text === '<<-' });
    }
  });
  return out;
}

/** Does this physical line continue on the next one (`\` at the end, or a trailing `|`, `&&`, `||`)? */
function continues(line: string, tokens: ShellToken[]): 'join' | 'space' | undefined {
  const trailing = /(\\+)$/.exec(line);
  if (trailing && trailing[1].length % 2 === 1) return 'join';
  const last = tokens[tokens.length - 1];
  return last?.kind === 'op' && ['|', '&&', '||'].includes(last.text) ? 'space' : undefined;
}

/**
 * Read the bodies of a line's heredocs from `lines` at `at`. A heredoc the text does not close
 * is undefined, or at the end of the input (`eof`) closed there with bash's warning.
 */
function readBodies(lines: string[], at: number, heredocs: Heredoc[], eof: boolean, warnings: string[]): { bodies: string[]; next: number } | undefined {
  const bodies: string[] = [];
  let i = at;
  for (const doc of heredocs) {
    const body: string[] = [];
    let closed = false;
    while (i < lines.length) {
      const raw = lines[i++];
      const line = doc.stripTabs ? raw.replace(/^\t+/, '') : raw;
      if (line === doc.delimiter) {
        closed = true;
        break;
      }
      body.push(doc.literal ? line : line.replace(/\$\?/g, EXIT_STATUS));
    }
    if (!closed && !eof) return undefined;
    if (!closed) warnings.push(`bash: warning: here-document at line ${at} delimited by end-of-file (wanted \`${doc.delimiter}')`);
    bodies.push(body.map((l) => `${l}\n`).join(''));
  }
  return { bodies, next: i };
}

/** Split the text into logical lines with their heredoc bodies, or say what it still waits for. */
function segmentsOf(text: string, eof: boolean): { segments: Segment[]; pending?: Pending; warnings: string[] } {
  const warnings: string[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const segments: Segment[] = [];
  let i = 0;
  while (i < lines.length) {
    let line = lines[i++];
    let tokenized = tokenizeShell(line, { expandStatus: true });
    for (;;) {
      const joined = tokenized.unterminated ? 'newline' : continues(line, tokenized.tokens);
      if (joined === undefined) break;
      if (i >= lines.length) return { segments, pending: tokenized.unterminated ? 'quote' : 'continuation', warnings };
      line = joined === 'join' ? `${line.slice(0, -1)}${lines[i++]}` : `${line}${joined === 'newline' ? '\n' : ' '}${lines[i++]}`;
      tokenized = tokenizeShell(line, { expandStatus: true });
    }
    const read = readBodies(lines, i, heredocsOf(tokenized.tokens), eof, warnings);
    if (!read) return { segments, pending: 'heredoc', warnings };
    i = read.next;
    if (tokenized.tokens.length > 0) segments.push({ tokens: tokenized.tokens, bodies: read.bodies });
  }
  return { segments, warnings };
}

function outputTarget(word: string): OutputTarget {
  return word === '/dev/null' ? { kind: 'null' } : word === '/dev/stdout' ? { kind: 'stdout' } : { kind: 'file', name: word };
}

/** Apply redirection `op` (with its word) to the command; a string is bash's syntax error. */
function redirect(command: ScriptCommand, op: string, word: ShellToken | undefined, bodies: string[]): string | undefined {
  if (op === '2>&1') {
    command.stderr = { kind: 'stdout' };
    return undefined;
  }
  if (word?.kind !== 'word') return word ? word.text : 'newline';
  if (op === '<<' || op === '<<-') command.stdin = { kind: 'text', text: bodies.shift() ?? '' };
  else if (op === '<<<') command.stdin = { kind: 'text', text: `${word.text}\n` };
  else if (op === '<') command.stdin = { kind: 'file', name: word.text };
  else if (op === '2>' || op === '2>>') command.stderr = outputTarget(word.text);
  else command.stdout = outputTarget(word.text);
  return undefined;
}

function parseSegment(segment: Segment, lists: ScriptList[]): string | undefined {
  let op: ScriptList['op'] = ';';
  let pipeline: ScriptCommand[] = [];
  let command: ScriptCommand = { words: [] };
  const bodies = [...segment.bodies];
  const empty = (c: ScriptCommand) => c.words.length === 0 && !c.stdin && !c.stdout && !c.stderr;
  const { tokens } = segment;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === 'word') {
      command.words.push(token.text);
      continue;
    }
    if (!['|', '&&', '||', ';'].includes(token.text)) {
      const error = redirect(command, token.text, token.text === '2>&1' ? undefined : tokens[i + 1], bodies);
      if (error !== undefined) return error;
      if (token.text !== '2>&1') i++;
      continue;
    }
    if (empty(command)) return token.text;
    pipeline.push(command);
    command = { words: [] };
    if (token.text === '|') continue;
    lists.push({ op, pipeline });
    pipeline = [];
    op = token.text as ScriptList['op'];
  }
  if (!empty(command)) pipeline.push(command);
  else if (pipeline.length > 0 || op !== ';') return 'newline';
  if (pipeline.length > 0) lists.push({ op, pipeline });
  return undefined;
}

/**
 * Parse the whole input (one line, or several with heredoc bodies) into lists of pipelines, as
 * bash does at the end of its input: an open quote or continuation is a syntax error, an open
 * heredoc ends there with a warning. Never throws.
 */
export function parseShellScript(text: string): ParsedScript {
  const { segments, pending, warnings } = segmentsOf(typeof text === 'string' ? text : '', true);
  if (pending === 'quote') return { lists: [], pending, error: 'bash: unexpected EOF while looking for matching quote' };
  if (pending) return { lists: [], pending, error: 'bash: syntax error: unexpected end of file' };
  const lists: ScriptList[] = [];
  for (const segment of segments) {
    const error = parseSegment(segment, lists);
    if (error !== undefined) return syntaxError(error);
  }
  return { lists, ...(warnings.length > 0 ? { warnings } : {}) };
}

/** What the text still waits for, if anything (the terminal then prompts `> ` for the next line). */
export function pendingShellInput(text: string): Pending | undefined {
  return segmentsOf(typeof text === 'string' ? text : '', false).pending;
}
