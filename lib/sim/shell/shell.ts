/**
 * The terminal's small shell around kubectl: `kubectl`/`k`, pipes into grep/jq/head/tail/wc,
 * `&&`, `||`, `;`, newlines, heredocs and redirections (shellScript.ts), `$?`, and the builtins
 * echo, clear, history, help, ls and cat (of the session's files, shellFiles.ts). Every command
 * says which stream each line goes to; stderr lines (errors, warnings, `No resources found`)
 * skip the pipe, as in a shell. Exit statuses are
 * kubectl's (0, 1 on any error, `auth can-i` no → 1) and bash's (127 not found, 2 syntax).
 */
import { runKubectlWords } from '../kubectl/runKubectl';
import { english } from '../messages/english';
import { msg } from '../messages';
import { shellHelp } from './help';
import { parseShellScript, type ScriptCommand } from './shellScript';
import { openRedirects, redirectOutput, runCat, runLs, type StageResult } from './shellFiles';
import { EXIT_STATUS } from './shellWords';
import { runTextTool } from './shellTools';
import type { ShellResult, ShellSession } from './types';
import { contentOf, lineOf, plainText, stderr, type LineContent, type OutputLine } from '../streams';

const MAX_LINES = 3000;
const MAX_CHARS = 300_000;
const MAX_AUDIT_LOG = 5000;
const MAX_HISTORY = 1000;

function runKubectlStage(session: ShellSession, words: string[], stdin: string | undefined): { result: StageResult; session: ShellSession } {
  const result = runKubectlWords(session.cluster, words, {
    ...session.context,
    files: session.files,
    auditLog: session.auditLog,
    tick: session.tick,
    ...(stdin !== undefined ? { stdin } : {}),
  });
  const auditLog = [...session.auditLog, ...result.auditEvents].slice(-MAX_AUDIT_LOG);
  const context = result.context?.namespace ? { ...session.context, namespace: result.context.namespace } : session.context;
  const next = { ...session, cluster: result.cluster, auditLog, context };
  // Routed by the stream each line was written to (kubectl/output.ts), never by its text.
  const onStream = (stream: OutputLine['stream']) => result.lines.filter((l) => l.stream === stream).map(contentOf);
  return { result: { out: onStream('stdout'), err: onStream('stderr'), exitCode: result.exitCode, all: result.lines }, session: next };
}

function builtin(session: ShellSession, name: string, args: string[], input: string[] | undefined): StageResult | undefined {
  switch (name) {
    case 'echo':
      return { out: [args.filter((a) => a !== '-n' && a !== '-e').join(' ')], err: [], exitCode: 0 };
    case 'clear':
      return { out: [], err: [], exitCode: 0, clear: true };
    case 'help':
      return { out: shellHelp(), err: [], exitCode: 0 };
    case 'history':
      return { out: session.history.map((line, i) => `${String(i + 1).padStart(5)}  ${line}`), err: [], exitCode: 0 };
    case 'pwd':
      return { out: ['/home/learner'], err: [], exitCode: 0 };
    case 'whoami':
      return { out: ['learner'], err: [], exitCode: 0 };
    case 'true':
      return { out: [], err: [], exitCode: 0 };
    case 'false':
      return { out: [], err: [], exitCode: 1 };
    case 'exit':
      return { out: [], err: [msg('shell.refuse.exit', {})], exitCode: 1 };
    case 'ls':
      return runLs(session, args);
    case 'cat':
      return runCat(session, args, input);
    default:
      return undefined;
  }
}

function runStage(session: ShellSession, words: string[], input: string[] | undefined): { result: StageResult; session: ShellSession } {
  const [name, ...args] = words;
  const stdin = input === undefined ? undefined : input.map((l) => `${l}\n`).join('');
  if (name === 'kubectl' || name === 'k' || name === 'minikube-kubectl') return runKubectlStage(session, args, stdin);
  const own = builtin(session, name, args, input);
  if (own) return { result: own, session };
  const tool = runTextTool(name, args, input ?? []);
  if (tool) return { result: tool, session };
  return { result: { out: [], err: [`bash: ${name}: command not found`], exitCode: 127 }, session };
}

/** One command of a pipeline: `$?` expanded, its redirections opened, then run. */
function runCommand(session: ShellSession, command: ScriptCommand, piped: string[] | undefined): { result: StageResult; session: ShellSession } {
  const status = String(session.exitCode ?? 0);
  const expand = (text: string) => text.split(EXIT_STATUS).join(status);
  const words = command.words.map(expand);
  const stdin = command.stdin?.kind === 'text' ? { kind: 'text' as const, text: expand(command.stdin.text) } : command.stdin;
  const opened = openRedirects(session, { ...command, stdin }, piped);
  if ('error' in opened) return { result: { out: [], err: opened.error, exitCode: 1 }, session };
  if (words.length === 0) return { result: { out: [], err: [], exitCode: 0 }, session };
  const step = runStage(session, words, opened.input);
  return { result: redirectOutput(step.result, command), session: step.session };
}

/** What a pipe carries: text. The lab's notes are rendered with the English catalog there (the shell has no language). */
function piped(lines: readonly LineContent[]): string[] {
  return lines.map((line) => plainText(line, english));
}

interface PipelineOutcome {
  /** What the pipeline shows: every stage's stderr, then the last stage's stdout (one command: in the order written). */
  shown: OutputLine[];
  exitCode: number;
  clear?: boolean;
  session: ShellSession;
}

function runPipeline(session: ShellSession, pipeline: ScriptCommand[]): PipelineOutcome {
  let current = session;
  let input: string[] | undefined;
  const err: LineContent[] = [];
  let last: StageResult = { out: [], err: [], exitCode: 0 };
  for (const command of pipeline) {
    const step = runCommand(current, command, input);
    current = step.session;
    last = step.result;
    err.push(...last.err);
    input = piped(last.out);
  }
  const shown =
    pipeline.length === 1 && last.all ? last.all : [...err.map((line) => lineOf('stderr', line)), ...last.out.map((line) => lineOf('stdout', line))];
  return { shown, exitCode: last.exitCode, clear: last.clear, session: current };
}

/** At most MAX_LINES lines and MAX_CHARS characters (newlines included), then a note of what was cut. */
function cap(lines: readonly OutputLine[]): { lines: OutputLine[]; output: string } {
  const kept: OutputLine[] = lines.slice(0, MAX_LINES);
  if (lines.length > MAX_LINES) kept.push(lineOf('stdout', msg('shell.moreLines', { count: lines.length - MAX_LINES })));
  const texts: string[] = [];
  let chars = 0;
  for (let i = 0; i < kept.length; i++) {
    const text = plainText(contentOf(kept[i]), english);
    const room = MAX_CHARS - chars - (i > 0 ? 1 : 0);
    if (text.length > room) {
      // The joined text cut at MAX_CHARS (a line cut mid-way keeps its head, as text).
      const head = room >= 0 ? [...texts, text.slice(0, room)] : texts;
      const headLines = [...kept.slice(0, i), ...(room >= 0 ? [{ stream: kept[i].stream, text: text.slice(0, room) }] : [])];
      const note = msg('shell.truncated', {});
      return { lines: [...headLines, lineOf('stdout', note)], output: `${head.join('\n')}\n${english(note)}` };
    }
    texts.push(text);
    chars += text.length + (i > 0 ? 1 : 0);
  }
  return { lines: kept, output: texts.join('\n') };
}

/**
 * Run one line typed in the terminal. Returns the new session (cluster, audit log, history and
 * clock moved on), the lines to print (each on its stream; the lab's notes as messages), the
 * same as one English text, the exit code of the last command and `clear` for `clear`. Never throws.
 */
export function runShellLine(session: ShellSession, line: string): ShellResult {
  const text = typeof line === 'string' ? line : '';
  let current: ShellSession = { ...session, tick: (Number.isFinite(session.tick) ? session.tick : 0) + 1 };
  if (text.trim() !== '') current = { ...current, history: [...(session.history ?? []), text].slice(-MAX_HISTORY) };
  try {
    const parsed = parseShellScript(text);
    if (parsed.error) return { session: { ...current, exitCode: 2 }, lines: stderr(parsed.error), output: parsed.error, exitCode: 2 };
    let shown: OutputLine[] = stderr(parsed.warnings ?? []);
    let exitCode = current.exitCode ?? 0;
    let clear = false;
    for (const { op, pipeline } of parsed.lists) {
      if ((op === '&&' && exitCode !== 0) || (op === '||' && exitCode === 0)) continue;
      const step = runPipeline(current, pipeline);
      exitCode = step.exitCode;
      current = { ...step.session, exitCode };
      shown.push(...step.shown);
      if (step.clear) {
        clear = true;
        shown = [];
      }
    }
    return { session: current, ...cap(shown), exitCode, ...(clear ? { clear: true } : {}) };
  } catch (error) {
    const output = `bash: internal error: ${error instanceof Error ? error.message : String(error)}`;
    return { session: current, lines: stderr(output), output, exitCode: 1 };
  }
}
