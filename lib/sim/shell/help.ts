/**
 * The shell's `help`: the kubectl commands the lab simulates, the shell's features and what is
 * not simulated. The lab's sentences are messages (words: lib/i18n/messages/<lang>/shell.ts),
 * rendered in the learner's language at the edge; command names and summaries are kubectl's.
 */
import { msg } from '../messages';
import { COMMANDS } from '../kubectl/commands';
import { NOT_SIMULATED, wrapNames } from '../kubectl/help';
import type { LineContent } from '../streams';

/** The lines of `help`. */
export function shellHelp(): LineContent[] {
  return [
    msg('shell.help.intro', {}),
    '',
    ...Object.entries(COMMANDS).map(([key, c]) => `  kubectl ${key.padEnd(14)}${c.summary}`),
    '',
    msg('shell.help.globals', {}),
    msg('shell.help.output', {}),
    msg('shell.help.pods', {}),
    msg('shell.help.shell', {}),
    msg('shell.help.shell2', {}),
    msg('shell.help.shell3', {}),
    msg('shell.help.files', {}),
    msg('shell.help.notSimulated', {}),
    ...wrapNames(Object.keys(NOT_SIMULATED).map((k) => `kubectl ${k}`)).map((l) => `  ${l}`),
    msg('shell.help.notTail', {}),
  ];
}
