/**
 * The terminal's files: the editor's tabs and the exercise's world file, a read-only view
 * (`ls`, `cat`, `< file`, `kubectl apply -f`). Writing one (`> file`, `>> file`) fails as
 * on a read-only mount (bash: `Read-only file system`), with a lab note saying where to edit.
 * And where a command's output goes (`> /dev/null`, `2>/dev/null`, `2>&1`).
 * Upstream: https://www.gnu.org/software/bash/manual/bash.html#Redirections
 */
import { utf8Bytes } from '../support/hash';
import { msg } from '../messages';
import { contentOf, type LineContent, type OutputLine } from '../streams';
import type { OutputTarget, ScriptCommand } from './shellScript';
import type { ShellSession } from './types';

/** What one command wrote: text, or the lab's notes as messages (rendered at the edge, ../streams.ts). */
export interface StageResult {
  out: LineContent[];
  err: LineContent[];
  exitCode: number;
  clear?: boolean;
  /** stdout and stderr in the order they were written (shown when nothing is piped). */
  all?: OutputLine[];
}

const DEV_FILES = new Set(['/dev/null', '/dev/stdin', '/dev/stdout', '/dev/stderr']);

function hasFile(session: ShellSession, name: string): boolean {
  return typeof session.files[name] === 'string';
}

function lines(text: string): string[] {
  return text === '' ? [] : text.replace(/\n$/, '').split('\n');
}

/** Open the command's redirections: its standard input, or bash's error when one cannot be opened. */
export function openRedirects(
  session: ShellSession,
  command: ScriptCommand,
  piped: string[] | undefined,
): { input: string[] | undefined } | { error: LineContent[] } {
  for (const target of [command.stdout, command.stderr]) {
    if (target?.kind !== 'file' || DEV_FILES.has(target.name)) continue;
    return { error: [`bash: ${target.name}: Read-only file system`, msg('shell.note.readOnlyFile', { name: target.name })] };
  }
  const stdin = command.stdin;
  if (stdin?.kind === 'text') return { input: lines(stdin.text) };
  if (stdin?.kind === 'file') {
    if (stdin.name === '/dev/null') return { input: [] };
    if (!hasFile(session, stdin.name)) return { error: [`bash: ${stdin.name}: No such file or directory`] };
    return { input: lines(session.files[stdin.name]) };
  }
  return { input: piped };
}

function route(target: OutputTarget | undefined, text: LineContent[], out: LineContent[], err: LineContent[], own: 'out' | 'err'): void {
  if (target?.kind === 'null') return;
  if (target?.kind === 'stdout' || (target === undefined && own === 'out')) out.push(...text);
  else err.push(...text);
}

/** Send the command's stdout and stderr where its redirections say. */
export function redirectOutput(result: StageResult, command: ScriptCommand): StageResult {
  if (!command.stdout && !command.stderr) return result;
  const out: LineContent[] = [];
  const err: LineContent[] = [];
  if (command.stderr?.kind === 'stdout' && !command.stdout && result.all) {
    return { ...result, out: result.all.map(contentOf), err: [], all: result.all };
  }
  route(command.stdout, result.out, out, err, 'out');
  route(command.stderr?.kind === 'stdout' ? command.stdout : command.stderr, result.err, out, err, command.stderr?.kind === 'stdout' ? 'out' : 'err');
  return { out, err, exitCode: result.exitCode, ...(result.clear ? { clear: true } : {}) };
}

/** `ls [-l] [NAME...]`: the session's files (read-only: `-r--r--r--`). */
export function runLs(session: ShellSession, args: string[]): StageResult {
  const long = args.some((a) => /^-[a-zA-Z]*l/.test(a));
  const names = args.filter((a) => !a.startsWith('-'));
  const missing = names.filter((n) => !hasFile(session, n));
  const shown = (names.length > 0 ? names.filter((n) => hasFile(session, n)) : Object.keys(session.files)).sort();
  const out = long ? shown.map((n) => `-r--r--r-- 1 learner learner ${String(utf8Bytes(session.files[n]).length).padStart(6)} Jan  1 00:10 ${n}`) : shown;
  const err = missing.map((n) => `ls: cannot access '${n}': No such file or directory`);
  return { out, err, exitCode: missing.length > 0 ? 2 : 0 };
}

/** `cat [FILE...]`: the files, or standard input with no arguments (or `-`). */
export function runCat(session: ShellSession, args: string[], input: string[] | undefined): StageResult {
  const names = args.filter((a) => a === '-' || !a.startsWith('-'));
  if (names.length === 0) return { out: input ?? [], err: [], exitCode: 0 };
  const out: string[] = [];
  const err: LineContent[] = [];
  for (const name of names) {
    if (name === '-') out.push(...(input ?? []));
    else if (hasFile(session, name)) out.push(...lines(session.files[name]));
    else err.push(`cat: ${name}: No such file or directory`);
  }
  if (err.length > 0 && Object.keys(session.files).length > 0)
    err.push(msg('shell.note.noSuchFile', { name: names.find((n) => n !== '-' && !hasFile(session, n)) ?? '' }));
  return { out, err, exitCode: err.length > 0 ? 1 : 0 };
}
