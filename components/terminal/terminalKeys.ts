// Keys the terminal leaves to the browser (kept apart from xterm so it can be tested without a DOM).
// xterm.js sends every Ctrl+letter to the shell as a control character and cancels the key, as a
// terminal emulator does; in a web page some of them must keep their page meaning.

/**
 * The handler for xterm's attachCustomKeyEventHandler: false means "not for xterm", and the
 * browser does what the key does on a page.
 * - Tab completes, so it must not trap the keyboard (WCAG 2.1.2): Shift+Tab, or Esc then Tab,
 *   move the focus out, as Monaco's Ctrl+M does for its Tab.
 * - Ctrl+V (and Ctrl+Shift+V) paste, as everywhere else on the page (xterm would send ^V).
 * - Ctrl+C copies while text of the terminal is selected; with no selection it stays ^C.
 */
export function browserKeys(hasSelection: () => boolean): (event: KeyboardEvent) => boolean {
  let escaped = false;
  return (event) => {
    if (event.type !== 'keydown') return true;
    if (event.key === 'Tab' && (event.shiftKey || escaped)) {
      escaped = false;
      return false;
    }
    escaped = event.key === 'Escape';
    const ctrlOnly = event.ctrlKey && !event.altKey && !event.metaKey;
    const letter = event.key.toLowerCase();
    if (ctrlOnly && letter === 'v') return false;
    if (ctrlOnly && letter === 'c' && hasSelection()) return false;
    return true;
  };
}
