/**
 * What a command writes, line by line, and to which stream: a process has two, stdout (fd 1,
 * what a pipe carries) and stderr (fd 2, shown on the terminal even when stdout is piped).
 * Commands (kubectl, the tools in a container, the shell's builtins) say which stream each line
 * goes to when they write it; the shell routes by that, never by the text.
 * Upstream: kubectl writes errors and warnings to stderr (k8s.io/kubectl/pkg/cmd/util/helpers.go
 * CheckErr → fatal writes to os.Stderr; rest.WarningHandler writes "Warning: ..." to os.Stderr),
 * output to IOStreams.Out (k8s.io/cli-runtime/pkg/genericiooptions).
 *
 * A line is text (what kubectl, bash or a tool prints: English, as upstream prints it) or one of
 * the lab's own notes as a Message (a hint, help, the refusal of what the lab does not simulate):
 * the terminal renders it in the learner's language at the edge (components/world/hostShell.ts).
 * The simulator never words a note in a language; where text is needed (a pipe, a test), the
 * English catalog renders it (`textsOf(lines, english)`).
 */
import type { MessageLike as Message } from './messages/message';

export type OutputStream = 'stdout' | 'stderr';

/** One line of text output (no newline inside). */
export interface TextLine {
  stream: OutputStream;
  text: string;
  message?: undefined;
}

/** One of the lab's own notes: words at the edge. */
export interface MessageLine {
  stream: OutputStream;
  message: Message;
  text?: undefined;
}

export type OutputLine = TextLine | MessageLine;

/** What one line says, whichever stream it is on: text, or a message to render. */
export type LineContent = string | Message;

/** A message line for `stream`. */
export function noteLine(stream: OutputStream, message: Message): MessageLine {
  return { stream, message };
}

/** A line on `stream` saying `content`. */
export function lineOf(stream: OutputStream, content: LineContent): OutputLine {
  return typeof content === 'string' ? { stream, text: content } : { stream, message: content };
}

/** What a line says. */
export function contentOf(line: OutputLine): LineContent {
  return line.message ?? line.text;
}

/** Lines for `stream`, each text split at its newlines. */
export function linesOf(stream: OutputStream, texts: string | readonly string[]): TextLine[] {
  const list = typeof texts === 'string' ? [texts] : texts;
  const lines: TextLine[] = [];
  for (let i = 0; i < list.length; i++) {
    const text = list[i];
    if (!text.includes('\n')) {
      lines.push({ stream, text });
      continue;
    }
    for (const part of text.split('\n')) lines.push({ stream, text: part });
  }
  return lines;
}

/** stdout lines. */
export function stdout(texts: string | readonly string[]): TextLine[] {
  return linesOf('stdout', texts);
}

/** stderr lines. */
export function stderr(texts: string | readonly string[]): TextLine[] {
  return linesOf('stderr', texts);
}

/** The text of a content: its text, or its message rendered by `words` (the English catalog inside the simulator). */
export function plainText(content: LineContent, words: (message: Message) => string): string {
  return typeof content === 'string' ? content : words(content);
}

/** The texts of the lines of one stream (or of both, in order), messages rendered by `words`. */
export function textsOf(lines: readonly OutputLine[], words: (message: Message) => string, stream?: OutputStream): string[] {
  const texts: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (stream !== undefined && line.stream !== stream) continue;
    texts.push(line.message ? words(line.message) : line.text);
  }
  return texts;
}
