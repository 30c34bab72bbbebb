// Hostile terminal input (issue 16): pasted Unicode spaces and prototype keys never hang or
// break the shell. Word splitting follows bash's IFS (space, tab, newline):
// https://www.gnu.org/software/bash/manual/bash.html#Word-Splitting
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completeShellLine, createShellSession, runShellLine } from '../../../../lib/sim/shell';
import { tokenizeShell } from '../../../../lib/sim/shell/shellWords';

const SEED = 16_2026;
const ODD_SPACES = ['\u00a0', '\ufeff', '\f', '\v', '\u2028', '\u2029', '\u3000', '\u2003', '\u200b', '\u0085', '\u1680'];

describe('tokenizeShell with Unicode whitespace (regression: Enter never returned)', () => {
  it.each(ODD_SPACES.map((ch) => [ch.codePointAt(0)!.toString(16), ch]))('U+%s is part of a word, as in bash', (_code, ch) => {
    const { tokens } = tokenizeShell(`kubectl get${ch}pods -n${ch} x`);
    expect(tokens.map((t) => t.text)).toEqual(['kubectl', `get${ch}pods`, `-n${ch}`, 'x']);
  });

  it('a pasted line with a non-breaking space answers like kubectl does for an unknown command', () => {
    const result = runShellLine(createShellSession(), 'kubectl get\u00a0pods');
    expect(result.output).toContain('unknown command "get\u00a0pods" for "kubectl"');
    expect(result.exitCode).toBe(1);
  });

  it('completion after a trailing odd space completes the word it belongs to', () => {
    const result = completeShellLine(createShellSession(), 'kubectl get\u00a0');
    expect(result.replaceFrom).toBe('kubectl '.length);
  });

  it(`every generated line terminates with tokens covering it in order (seed ${SEED})`, () => {
    const char = fc.oneof(fc.constantFrom(...ODD_SPACES, ' ', '\t', '|', '&', ';', "'", '"', '\\', 'a'), fc.string({ unit: 'grapheme', maxLength: 1 }));
    fc.assert(
      fc.property(
        fc.array(char, { maxLength: 60 }).map((cs) => cs.join('')),
        (line) => {
          const { tokens } = tokenizeShell(line);
          expect(tokens.length).toBeLessThanOrEqual(line.length);
          for (let i = 1; i < tokens.length; i++) expect(tokens[i].start).toBeGreaterThan(tokens[i - 1].start);
          runShellLine(createShellSession({ minikube: false }), line);
          completeShellLine(createShellSession({ minikube: false }), line);
        },
      ),
      { numRuns: 300, seed: SEED },
    );
  });
});

describe('prototype keys as commands (regression: "command.flags is not iterable")', () => {
  const KEYS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];
  const LINES = ['kubectl K', 'kubectl K --help', 'kubectl create K x', 'kubectl auth K', 'kubectl config K'];
  const cases = KEYS.flatMap((key) => LINES.map((l) => l.replaceAll('K', key)));

  it.each(cases)('%s is an unknown command, not a simulator failure', (line) => {
    const result = runShellLine(createShellSession(), line);
    expect(result.output).not.toContain('simulator failed');
    expect(result.exitCode).not.toBe(0);
  });

  // cobra's help command on a topic it cannot find prints "Unknown help topic" and the root
  // usage, exit 0 (spf13/cobra command.go InitDefaultHelpCmd), never a refusal of a prototype key.
  it.each(KEYS)('kubectl help %s is an unknown help topic', (key) => {
    const result = runShellLine(createShellSession(), `kubectl help ${key}`);
    expect(result.output.split('\n')[0]).toBe(`Unknown help topic [\`${key}\`]`);
    expect(result.output).not.toMatch(/simulator failed|undefined/);
    expect(result.exitCode).toBe(0);
  });
});
