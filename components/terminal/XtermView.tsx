'use client';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import '@xterm/xterm/css/xterm.css';
import { browserKeys } from './terminalKeys';

export interface XtermHandle {
  write: (text: string) => void;
  clear: () => void;
  focus: () => void;
  /** Columns of the terminal (for repainting a line that wraps). */
  cols: () => number;
}

interface Props {
  onData: (data: string) => void;
  label: string;
}

const LIGHT = {
  background: '#fbfcfe',
  foreground: '#1b1f24',
  cursor: '#2156c9',
  selectionBackground: '#c9d8f5',
  black: '#1b1f24',
  red: '#b3261e',
  green: '#176b3a',
  yellow: '#8a5300',
  blue: '#2156c9',
  magenta: '#8f2dbd',
  cyan: '#0b6b7a',
  white: '#4d5866',
  brightBlack: '#4d5866',
};
const DARK = {
  background: '#121a22',
  foreground: '#e6edf3',
  cursor: '#79a8ff',
  selectionBackground: '#2e4a7a',
  black: '#e6edf3',
  red: '#ff8f86',
  green: '#6fdc9a',
  yellow: '#f5c36b',
  blue: '#79a8ff',
  magenta: '#d2a8ff',
  cyan: '#7ee0ef',
  white: '#e6edf3',
  brightBlack: '#a4b1bf',
};

const MIN_COLS = 80;

/** xterm.js (DOM renderer, so its text is readable from the page) sized to its box. */
export const XtermView = forwardRef<XtermHandle, Props>(function XtermView({ onData, label }, ref) {
  const hostRef = useRef<HTMLDivElement>(null);
  const termRef = useRef<Terminal | null>(null);
  const onDataRef = useRef(onData);
  onDataRef.current = onData;

  useImperativeHandle(
    ref,
    () => ({
      write: (text) => termRef.current?.write(text),
      clear: () => termRef.current?.clear(),
      focus: () => termRef.current?.focus(),
      cols: () => termRef.current?.cols ?? 80,
    }),
    [],
  );

  useEffect(() => {
    const dark = window.matchMedia('(prefers-color-scheme: dark)');
    const term = new Terminal({
      convertEol: true,
      cursorBlink: !window.matchMedia('(prefers-reduced-motion: reduce)').matches,
      fontFamily: 'ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace',
      fontSize: 14,
      scrollback: 5000,
      theme: dark.matches ? DARK : LIGHT,
    });
    const fit = new FitAddon();
    term.loadAddon(fit);
    term.open(hostRef.current!);
    term.textarea?.setAttribute('aria-label', label);
    // Never fewer than 80 columns: on a phone the terminal scrolls sideways instead of
    // wrapping kubectl's tables mid-word.
    const fitAtLeast = () => {
      const dims = fit.proposeDimensions();
      if (dims && Number.isFinite(dims.cols) && Number.isFinite(dims.rows)) term.resize(Math.max(MIN_COLS, dims.cols), Math.max(2, dims.rows));
    };
    fitAtLeast();
    term.attachCustomKeyEventHandler(browserKeys(() => term.hasSelection()));
    const sub = term.onData((data) => onDataRef.current(data));
    const onScheme = () => {
      term.options.theme = dark.matches ? DARK : LIGHT;
    };
    dark.addEventListener('change', onScheme);
    const resize = new ResizeObserver(() => {
      try {
        fitAtLeast();
      } catch {
        /* hidden */
      }
    });
    resize.observe(hostRef.current!);
    termRef.current = term;
    return () => {
      resize.disconnect();
      dark.removeEventListener('change', onScheme);
      sub.dispose();
      term.dispose();
      termRef.current = null;
    };
  }, [label]);

  return <div ref={hostRef} className="xterm-host" tabIndex={-1} />;
});
