/**
 * Text from the simulator (object names, annotations, logs: whatever a share link or the
 * learner's YAML put there) reaches xterm only through here. Control characters are shown the
 * way `cat -v` shows them (ESC as `^[`, C1 controls as `M-^[`-style), never interpreted, so an
 * annotation cannot clear the screen, move the cursor or print fake output. Our own escape
 * sequences (the prompt's colour, line redraws) are written around this text, never through it.
 * Tab and newline stay (xterm's convertEol turns a newline into CR LF).
 */
export function terminalSafe(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '\n' || ch === '\t') out += ch;
    else if (code < 0x20) out += `^${String.fromCharCode(code + 0x40)}`;
    else if (code === 0x7f) out += '^?';
    else if (code >= 0x80 && code < 0xa0) out += `M-^${String.fromCharCode(code - 0x80 + 0x40)}`;
    else out += ch;
  }
  return out;
}
