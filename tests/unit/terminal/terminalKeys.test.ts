import { describe, expect, it } from 'vitest';
import { browserKeys } from '@/components/terminal/terminalKeys';

const key = (key: string, more: Partial<KeyboardEvent> = {}) =>
  ({ type: 'keydown', key, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, ...more }) as KeyboardEvent;

// false: the key is left to the browser (xterm.js, attachCustomKeyEventHandler).
describe('browserKeys: the terminal never traps the keyboard', () => {
  // WCAG 2.1.2 No Keyboard Trap (https://www.w3.org/WAI/WCAG22/Understanding/no-keyboard-trap):
  // the terminal keeps Tab for completion, so another key must move the focus out.
  it('Tab alone stays in the terminal (completion)', () => {
    const handle = browserKeys(() => false);
    expect(handle(key('k'))).toBe(true);
    expect(handle(key('Tab'))).toBe(true);
  });
  it('Shift+Tab, and Tab right after Esc, go to the browser (the focus leaves)', () => {
    const handle = browserKeys(() => false);
    expect(handle(key('Tab', { shiftKey: true }))).toBe(false);
    expect(handle(key('Escape'))).toBe(true);
    expect(handle(key('Tab'))).toBe(false);
    // Only right after Esc: a key in between, and Tab completes again.
    handle(key('Escape'));
    handle(key('a'));
    expect(handle(key('Tab'))).toBe(true);
  });
  it('key-up and key-press events are left to xterm', () => {
    const handle = browserKeys(() => false);
    handle(key('Escape'));
    expect(handle({ ...key('Tab'), type: 'keyup' } as KeyboardEvent)).toBe(true);
    expect(handle(key('Tab'))).toBe(false);
  });
});

describe('browserKeys: paste and copy keep their page meaning', () => {
  it('Ctrl+V and Ctrl+Shift+V paste (xterm would send ^V)', () => {
    const handle = browserKeys(() => false);
    expect(handle(key('v', { ctrlKey: true }))).toBe(false);
    expect(handle(key('V', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(handle(key('v'))).toBe(true);
    expect(handle(key('v', { ctrlKey: true, altKey: true }))).toBe(true);
  });
  it('Ctrl+C copies a selection, and is ^C (drop the line) without one', () => {
    let selected = true;
    const handle = browserKeys(() => selected);
    expect(handle(key('c', { ctrlKey: true }))).toBe(false);
    selected = false;
    expect(handle(key('c', { ctrlKey: true }))).toBe(true);
  });
});
