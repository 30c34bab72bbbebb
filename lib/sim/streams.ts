/**
 * What a command writes, line by line, and to which stream: a process has two, stdout (fd 1,
 * what a pipe carries) and stderr (fd 2, shown on the terminal even when stdout is piped).
 * Commands (kubectl, the tools in a container, the shell's builtins) say which stream each line
 * goes to when they write it; the shell routes by that, never by the text.
 * Upstream: kubectl writes errors and warnings to stderr (k8s.io/kubectl/pkg/cmd/util/helpers.go
 * CheckErr → fatal writes to os.Stderr; rest.WarningHandler writes "Warning: ..." to os.Stderr),
 * output to IOStreams.Out (k8s.io/cli-runtime/pkg/genericiooptions).
 */

export type OutputStream = 'stdout' | 'stderr';

/** One line of output (no newline inside). */
export interface OutputLine {
  stream: OutputStream;
  text: string;
}

/** Lines for `stream`, each text split at its newlines. */
export function linesOf(stream: OutputStream, texts: string | readonly string[]): OutputLine[] {
  const list = typeof texts === 'string' ? [texts] : texts;
  const lines: OutputLine[] = [];
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
export function stdout(texts: string | readonly string[]): OutputLine[] {
  return linesOf('stdout', texts);
}

/** stderr lines. */
export function stderr(texts: string | readonly string[]): OutputLine[] {
  return linesOf('stderr', texts);
}

/** The texts of the lines of one stream (or of both, in order). */
export function textsOf(lines: readonly OutputLine[], stream?: OutputStream): string[] {
  const texts: string[] = [];
  for (let i = 0; i < lines.length; i++) if (stream === undefined || lines[i].stream === stream) texts.push(lines[i].text);
  return texts;
}
