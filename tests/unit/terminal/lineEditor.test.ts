// The terminal's line editor: pasted text with newlines is entered line by line (a pasted
// heredoc reaches the shell whole), tabs survive for `<<-EOF`, Ctrl-C cancels.
// Upstream: bash reads pasted input one line at a time, PS2 while a here-document is open
// (https://www.gnu.org/software/bash/manual/bash.html#Here-Documents).
import { describe, expect, it } from 'vitest';
import { editLine, emptyLine, paintInput } from '@/components/terminal/lineEditor';

describe('editLine', () => {
  it('submits the first pasted line and hands back the rest', () => {
    const { action } = editLine(emptyLine(0), 'kubectl apply -f - <<EOF\r\napiVersion: v1\nEOF\n', []);
    expect(action).toEqual({ type: 'submit', line: 'kubectl apply -f - <<EOF', rest: 'apiVersion: v1\nEOF\n' });
  });

  it('a single pasted line with its newline has no rest', () => {
    expect(editLine(emptyLine(0), 'kubectl get pods\r', []).action).toEqual({ type: 'submit', line: 'kubectl get pods' });
  });

  it('keeps tabs inside pasted text (<<-EOF strips them) and drops other control characters', () => {
    const { state } = editLine(emptyLine(0), '\tname: x\u0007', []);
    expect(state.line).toBe('\tname: x');
  });

  it('Ctrl-C cancels the line', () => {
    const typed = editLine(emptyLine(0), 'EO', []).state;
    expect(editLine(typed, '\u0003', []).action).toEqual({ type: 'cancel' });
  });
});

describe('paintInput (a line that wraps over several rows)', () => {
  it('backs up to the first row it painted, clears, and leaves the cursor at the end', () => {
    const first = paintInput('$ ', 2, 'x'.repeat(15), 15, 10, 0);
    expect(first).toEqual({ out: `\r\u001b[J$ ${'x'.repeat(15)}`, row: 1 });
    const again = paintInput('$ ', 2, 'x'.repeat(16), 16, 10, first.row);
    expect(again.out.startsWith('\u001b[1A\r\u001b[J$ ')).toBe(true);
  });

  it('forces the wrap at an exact multiple of the width so the cursor row is known', () => {
    expect(paintInput('$ ', 2, 'x'.repeat(8), 8, 10, 0)).toEqual({ out: `\r\u001b[J$ ${'x'.repeat(8)} \b`, row: 1 });
  });

  it('moves the cursor back into the line (up a row, then to its column)', () => {
    const { out, row } = paintInput('$ ', 2, 'abcdefghijkl', 3, 10, 0);
    expect(row).toBe(0);
    expect(out.endsWith('\u001b[1A\r\u001b[5C')).toBe(true);
  });
});
