// Line editing for the terminal, kept apart from xterm so it can be tested without a DOM.

export interface LineState {
  line: string;
  cursor: number;
  /** Index into history while browsing with up/down; history.length when editing a new line. */
  historyIndex: number;
  draft: string;
}

export type LineAction =
  | { type: 'none' }
  | { type: 'redraw' }
  /** `rest`: pasted text after the first newline (the next lines, entered one by one). */
  | { type: 'submit'; line: string; rest?: string }
  | { type: 'cancel' }
  | { type: 'clear' }
  | { type: 'complete' };

export const emptyLine = (historyLength: number): LineState => ({ line: '', cursor: 0, historyIndex: historyLength, draft: '' });

/** Apply one chunk of terminal input (keys or pasted text) to the line being edited. */
export function editLine(state: LineState, data: string, history: readonly string[]): { state: LineState; action: LineAction } {
  const s = { ...state };
  switch (data) {
    case '\r':
      return { state: s, action: { type: 'submit', line: s.line } };
    case '\u0003':
      return { state: emptyLine(history.length), action: { type: 'cancel' } };
    case '\u000c':
      return { state: s, action: { type: 'clear' } };
    case '\t':
      return { state: s, action: { type: 'complete' } };
    case '\u007f':
    case '\b':
      if (s.cursor === 0) return { state: s, action: { type: 'none' } };
      s.line = s.line.slice(0, s.cursor - 1) + s.line.slice(s.cursor);
      s.cursor -= 1;
      return { state: s, action: { type: 'redraw' } };
    case '\u001b[3~':
      s.line = s.line.slice(0, s.cursor) + s.line.slice(s.cursor + 1);
      return { state: s, action: { type: 'redraw' } };
    case '\u001b[D':
      s.cursor = Math.max(0, s.cursor - 1);
      return { state: s, action: { type: 'redraw' } };
    case '\u001b[C':
      s.cursor = Math.min(s.line.length, s.cursor + 1);
      return { state: s, action: { type: 'redraw' } };
    case '\u001b[H':
    case '\u0001':
      s.cursor = 0;
      return { state: s, action: { type: 'redraw' } };
    case '\u001b[F':
    case '\u0005':
      s.cursor = s.line.length;
      return { state: s, action: { type: 'redraw' } };
    case '\u0015':
      s.line = s.line.slice(s.cursor);
      s.cursor = 0;
      return { state: s, action: { type: 'redraw' } };
    case '\u001b[A':
      return browse(s, history, -1);
    case '\u001b[B':
      return browse(s, history, 1);
  }
  if (data.startsWith('\u001b')) return { state: s, action: { type: 'none' } };
  // Typed or pasted text: keep printable characters (and tabs, which `<<-EOF` strips); a pasted
  // newline submits what came before it, and the rest follows as the next lines.
  const newline = data.search(/[\r\n]/);
  const text = (newline >= 0 ? data.slice(0, newline) : data).replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');
  s.line = s.line.slice(0, s.cursor) + text + s.line.slice(s.cursor);
  s.cursor += text.length;
  if (newline >= 0) {
    const rest = data.slice(newline + (data.startsWith('\r\n', newline) ? 2 : 1));
    return { state: s, action: { type: 'submit', line: s.line, ...(rest !== '' ? { rest } : {}) } };
  }
  return { state: s, action: { type: 'redraw' } };
}

function browse(s: LineState, history: readonly string[], step: number): { state: LineState; action: LineAction } {
  const next = Math.min(history.length, Math.max(0, s.historyIndex + step));
  if (next === s.historyIndex) return { state: s, action: { type: 'none' } };
  if (s.historyIndex === history.length) s.draft = s.line;
  s.historyIndex = next;
  s.line = next === history.length ? s.draft : history[next];
  s.cursor = s.line.length;
  return { state: s, action: { type: 'redraw' } };
}

/**
 * The escape sequence that repaints the line being edited when it may wrap over several rows:
 * back up to the row the previous paint started on (`fromRow` rows above the cursor), clear to
 * the end of the screen, write `prompt` (its visible width is `promptWidth`) and `text`, then put
 * the cursor `cursor` characters into `text`. Returns the cursor's row within the paint, for the
 * next call. Assumes one column per character.
 */
export function paintInput(prompt: string, promptWidth: number, text: string, cursor: number, cols: number, fromRow: number): { out: string; row: number } {
  const width = Math.max(1, cols);
  const total = promptWidth + text.length;
  let out = `${fromRow > 0 ? `\u001b[${fromRow}A` : ''}\r\u001b[J${prompt}${text}`;
  // At an exact multiple of the width xterm waits to wrap: force it so the cursor's row is known.
  if (total > 0 && total % width === 0) out += ' \b';
  const endRow = Math.floor(total / width);
  const target = promptWidth + Math.min(cursor, text.length);
  const row = Math.floor(target / width);
  const col = target % width;
  if (target !== total) out += `${endRow > row ? `\u001b[${endRow - row}A` : ''}\r${col > 0 ? `\u001b[${col}C` : ''}`;
  return { out, row };
}
