/**
 * The terminal's small shell around kubectl: `kubectl`/`k`, pipes into grep/jq/head/tail/wc,
 * `&&`, `||`, `;`, newlines, heredocs and redirections (shellScript.ts), `$?`, and the builtins
 * echo, clear, history, help, ls and cat (of the session's files, shellFiles.ts). Every command
 * says which stream each line goes to; stderr lines (errors, warnings, `No resources found`)
 * skip the pipe, as in a shell. Exit statuses are
 * kubectl's (0, 1 on any error, `auth can-i` no → 1) and bash's (127 not found, 2 syntax).
 */
import { shellHelp } from '../kubectl/help';
import { runKubectlWords } from '../kubectl/runKubectl';
import { parseShellScript, type ScriptCommand } from './shellScript';
import { openRedirects, redirectOutput, runCat, runLs, type StageResult } from './shellFiles';
import { EXIT_STATUS } from './shellWords';
import { runTextTool } from './shellTools';
import type { ShellResult, ShellSession } from './types';
import { textsOf } from '../streams';

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
    ...(session.lang ? { lang: session.lang } : {}),
  });
  const auditLog = [...session.auditLog, ...result.auditEvents].slice(-MAX_AUDIT_LOG);
  const context = result.context?.namespace ? { ...session.context, namespace: result.context.namespace } : session.context;
  const next = { ...session, cluster: result.cluster, auditLog, context };
  // Routed by the stream each line was written to (kubectl/output.ts), never by its text.
  return {
    result: { out: textsOf(result.lines, 'stdout'), err: textsOf(result.lines, 'stderr'), exitCode: result.exitCode, all: textsOf(result.lines) },
    session: next,
  };
}

function builtin(session: ShellSession, name: string, args: string[], input: string[] | undefined): StageResult | undefined {
  switch (name) {
    case 'echo':
      return { out: [args.filter((a) => a !== '-n' && a !== '-e').join(' ')], err: [], exitCode: 0 };
    case 'clear':
      return { out: [], err: [], exitCode: 0, clear: true };
    case 'help':
      return { out: shellHelp(session.lang), err: [], exitCode: 0 };
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
      return { out: [], err: ['bash: exit: the lab terminal stays open (use clear to start over)'], exitCode: 1 };
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

function runPipeline(session: ShellSession, pipeline: ScriptCommand[]): { result: StageResult; session: ShellSession } {
  let current = session;
  let input: string[] | undefined;
  const err: string[] = [];
  let last: StageResult = { out: [], err: [], exitCode: 0 };
  for (const command of pipeline) {
    const step = runCommand(current, command, input);
    current = step.session;
    last = step.result;
    err.push(...last.err);
    input = last.out;
  }
  if (pipeline.length === 1 && last.all) return { result: { out: last.all, err: [], exitCode: last.exitCode, clear: last.clear }, session: current };
  return { result: { out: last.out, err, exitCode: last.exitCode, clear: last.clear }, session: current };
}

function cap(lines: string[]): string {
  const kept = lines.length > MAX_LINES ? [...lines.slice(0, MAX_LINES), `... (${lines.length - MAX_LINES} more lines not shown)`] : lines;
  const text = kept.join('\n');
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS)}\n... (output truncated)` : text;
}

/**
 * Run one line typed in the terminal. Returns the new session (cluster, audit log, history and
 * clock moved on), the text to print (lines joined by `\n`), the exit code of the last command
 * and `clear` for `clear`. Never throws.
 */
export function runShellLine(session: ShellSession, line: string): ShellResult {
  const text = typeof line === 'string' ? line : '';
  let current: ShellSession = { ...session, tick: (Number.isFinite(session.tick) ? session.tick : 0) + 1 };
  if (text.trim() !== '') current = { ...current, history: [...(session.history ?? []), text].slice(-MAX_HISTORY) };
  try {
    const parsed = parseShellScript(text);
    if (parsed.error) return { session: { ...current, exitCode: 2 }, output: parsed.error, exitCode: 2 };
    const shown: string[] = [...(parsed.warnings ?? [])];
    let exitCode = current.exitCode ?? 0;
    let clear = false;
    for (const { op, pipeline } of parsed.lists) {
      if ((op === '&&' && exitCode !== 0) || (op === '||' && exitCode === 0)) continue;
      const step = runPipeline(current, pipeline);
      exitCode = step.result.exitCode;
      current = { ...step.session, exitCode };
      shown.push(...step.result.err, ...step.result.out);
      if (step.result.clear) {
        clear = true;
        shown.length = 0;
      }
    }
    return { session: current, output: cap(shown), exitCode, ...(clear ? { clear: true } : {}) };
  } catch (error) {
    return { session: current, output: `bash: internal error: ${error instanceof Error ? error.message : String(error)}`, exitCode: 1 };
  }
}
