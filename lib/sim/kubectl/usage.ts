// kubectl's error texts for bad invocations (cobra/pflag and cmdutil.UsageErrorf).
import { editDistance } from '../support/didYouMean';

/** `error: <message>` + `See 'kubectl <cmd> --help' for usage.` */
export function flagError(command: string, message: string): string[] {
  return [`error: ${message}`, `See 'kubectl ${command} --help' for usage.`];
}

/** cmdutil.UsageErrorf: `error: <message>` + `See 'kubectl <cmd> -h' for help and examples`. */
export function usageError(command: string, message: string): string[] {
  return [`error: ${message}`, seeHelp(command)];
}

/** The second line of a usage error (cmdutil.UsageErrorf). */
export function seeHelp(command: string): string {
  return `See 'kubectl ${command} -h' for help and examples`;
}

/** `kubectl <unknown>`: cobra's unknown command, with a suggestion when one is close. */
export function unknownCommand(name: string, known: readonly string[]): string[] {
  const suggestion = known.find((k) => editDistance(k, name, 2, false) <= 2 || (name.length > 2 && k.startsWith(name)));
  const lines = [`error: unknown command "${name}" for "kubectl"`];
  if (suggestion) lines.push('', 'Did you mean this?', `\t${suggestion}`);
  lines.push('', "Run 'kubectl --help' for usage.");
  return lines;
}
