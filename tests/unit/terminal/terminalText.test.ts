// Terminal output from the simulator is shown, never interpreted (issue 16: annotations with
// escape sequences in a share link cleared the terminal and printed fake output).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { terminalSafe } from '@/components/terminal/terminalText';
import { createShellSession, runShellLine } from '@/lib/sim/shell';

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('terminalSafe', () => {
  it('shows escape sequences as text, the way cat -v does', () => {
    expect(terminalSafe('a\u001b[2J\u001b[Hb')).toBe('a^[[2J^[[Hb');
    expect(terminalSafe('x\u009b31m\u0007\u007f')).toBe('xM-^[31m^G^?');
    expect(terminalSafe('line 1\n\tline 2')).toBe('line 1\n\tline 2');
    expect(terminalSafe('ñandú 漢字 🙂')).toBe('ñandú 漢字 🙂');
  });

  it('never lets a control character through (seed 2028)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(CONTROL.test(terminalSafe(text))).toBe(false);
      }),
      { numRuns: 300, seed: 2028 },
    );
  });

  it('an annotation that clears the screen, from a shared world, reaches the terminal inert', () => {
    const evil = '\u001b[2J\u001b[H$ kubectl get secrets\r\nNAME  TYPE\r\nadmin-token  Opaque';
    const session = createShellSession({
      objects: [
        {
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: { name: 'web', namespace: 'default', annotations: { note: evil } },
          spec: { containers: [{ name: 'c', image: 'nginx' }] },
        },
      ],
    });
    const { output } = runShellLine(session, 'kubectl describe pod web');
    expect(output).toContain('\u001b[2J'); // kubectl prints what the object holds...
    expect(terminalSafe(output)).not.toContain('\u001b'); // ...the terminal shows it as text
    expect(terminalSafe(output)).toContain('^[[2J^[[H$ kubectl get secrets^M');
  });
});
