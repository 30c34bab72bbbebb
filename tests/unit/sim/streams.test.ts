// Typed output lines (lib/sim/streams.ts): each line knows its stream; texts split at newlines;
// the lab's own notes travel as messages and are worded by whoever shows them.
import { describe, expect, it } from 'vitest';
import { contentOf, lineOf, plainText, stderr, stdout, textsOf, type OutputLine } from '../../../lib/sim/streams';
import { msg } from '../../../lib/sim/messages';
import { english } from '../../../lib/sim/messages/english';
import { render } from '../../../lib/i18n/messages';

const NOTE = msg('shell.note.noSuchFile', { name: 'role.yaml' });

describe('streams', () => {
  it('splits texts at newlines, keeping the stream', () => {
    expect(stderr('a\nb')).toEqual([
      { stream: 'stderr', text: 'a' },
      { stream: 'stderr', text: 'b' },
    ]);
    expect(stdout(['x', ''])).toEqual([
      { stream: 'stdout', text: 'x' },
      { stream: 'stdout', text: '' },
    ]);
  });

  it('reads one stream or both, in order', () => {
    const lines = [...stdout('1'), ...stderr('2'), ...stdout('3')];
    expect(textsOf(lines, english)).toEqual(['1', '2', '3']);
    expect(textsOf(lines, english, 'stdout')).toEqual(['1', '3']);
    expect(textsOf(lines, english, 'stderr')).toEqual(['2']);
  });

  it('carries a message line as a message; its text is whatever the reader renders it with', () => {
    const lines: OutputLine[] = [...stdout('cat: role.yaml: No such file or directory'), lineOf('stderr', NOTE)];
    expect(lines[1]).toEqual({ stream: 'stderr', message: NOTE });
    expect(contentOf(lines[1])).toBe(NOTE);
    expect(textsOf(lines, english, 'stderr')).toEqual([english(NOTE)]);
    expect(textsOf(lines, (m) => render('es', m), 'stderr')[0]).toMatch(/^\(lab: la terminal ve los archivos/);
    expect(plainText('plain', english)).toBe('plain');
    expect(lineOf('stdout', 'x')).toEqual({ stream: 'stdout', text: 'x' });
  });
});
