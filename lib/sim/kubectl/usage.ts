// kubectl's error texts for bad invocations (cobra/pflag and cmdutil.UsageErrorf).

/** `error: <message>` + `See 'kubectl <cmd> --help' for usage.` */
export function flagError(command: string, message: string): string[] {
  return [`error: ${message}`, `See 'kubectl ${command} --help' for usage.`];
}

/** cmdutil.UsageErrorf: `error: <message>` + `See 'kubectl <cmd> -h' for help and examples`. */
export function usageError(command: string, message: string): string[] {
  return [`error: ${message}`, `See 'kubectl ${command} -h' for help and examples`];
}

/** `kubectl <unknown>`: cobra's unknown command, with a suggestion when one is close. */
export function unknownCommand(name: string, known: readonly string[]): string[] {
  const suggestion = known.find((k) => editDistance(k, name) <= 2 || (name.length > 2 && k.startsWith(name)));
  const lines = [`error: unknown command "${name}" for "kubectl"`];
  if (suggestion) lines.push('', 'Did you mean this?', `\t${suggestion}`);
  lines.push('', "Run 'kubectl --help' for usage.");
  return lines;
}

/** Levenshtein distance (small strings only). */
export function editDistance(a: string, b: string): number {
  if (a.length > 64 || b.length > 64) return Math.abs(a.length - b.length) + 64;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}
