// The terminal's line editor: pasted text with newlines is entered line by line (a pasted
// heredoc reaches the shell whole), tabs survive for `<<-EOF`, Ctrl-C cancels.
// Upstream: bash reads pasted input one line at a time, PS2 while a here-document is open
// (https://www.gnu.org/software/bash/manual/bash.html#Here-Documents).
import { describe, expect, it } from 'vitest';
import { editLine, emptyLine } from '@/components/terminal/lineEditor';

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
