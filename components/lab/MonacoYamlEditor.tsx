'use client';
import { useEffect, useRef } from 'react';
import type * as Monaco from 'monaco-editor/editor';
import { setupMonaco } from './monacoSetup';
import type { CodeEditorProps } from './CodeEditor';
import { textOf } from '@/lib/i18n/messages';

/** How long after a keystroke a value the editor emitted is still treated as its own echo. */
const SEVERITY = { error: 8, warning: 4, info: 2 } as const; // monaco.MarkerSeverity values

function currentTheme(): string {
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'lab-dark' : 'lab-light';
}

/** Monaco with YAML, the Kubernetes schema (monaco-yaml) and the simulator's diagnostics as markers. */
export function MonacoYamlEditor(props: CodeEditorProps & { onReady: () => void }) {
  const hostRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<Monaco.editor.IStandaloneCodeEditor | null>(null);
  const monacoRef = useRef<ReturnType<typeof setupMonaco> | null>(null);
  const onChangeRef = useRef(props.onChange);
  onChangeRef.current = props.onChange;
  /** Texts the editor reported and the page has not echoed back yet (typing outruns renders). */
  const emitted = useRef<string[]>([]);

  useEffect(() => {
    const monaco = setupMonaco();
    monacoRef.current = monaco;
    const uri = monaco.Uri.parse(`file:///${props.path}`);
    const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(props.value, 'yaml', uri);
    if (model.getValue() !== props.value) model.setValue(props.value);
    const editor = monaco.editor.create(hostRef.current!, {
      model,
      theme: currentTheme(),
      readOnly: props.readOnly,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 14,
      tabSize: 2,
      insertSpaces: true,
      ariaLabel: props.label,
      accessibilitySupport: 'auto',
      renderValidationDecorations: 'on',
      fixedOverflowWidgets: true,
      wordWrap: 'on',
    });
    editorRef.current = editor;
    // Monaco renders only the visible lines: tools and browser tests read the whole text here.
    Object.defineProperty(hostRef.current!, 'editorValue', { configurable: true, get: () => model.getValue() });
    const sub = model.onDidChangeContent(() => {
      const value = model.getValue();
      emitted.current.push(value);
      if (emitted.current.length > 200) emitted.current.shift();
      onChangeRef.current(value);
    });
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const onScheme = () => monaco.editor.setTheme(currentTheme());
    media.addEventListener('change', onScheme);
    // If the learner was typing in the plain textarea, keep their place in Monaco.
    const active = document.activeElement as HTMLTextAreaElement | null;
    if (active?.tagName === 'TEXTAREA' && hostRef.current?.closest('.code-editor')?.contains(active)) {
      editor.setPosition(model.getPositionAt(active.selectionStart ?? 0));
      editor.focus();
    }
    props.onReady();
    return () => {
      media.removeEventListener('change', onScheme);
      sub.dispose();
      editor.dispose();
    };
    // The editor is created once per file path; value changes flow through the model.
  }, [props.path, props.readOnly]);

  // Outside changes (reset, use solution) replace the model text. A value the editor itself
  // reported earlier is a late echo of fast typing, not an outside change: writing it back would
  // drop and reorder the keys typed since.
  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    const current = model.getValue();
    const echo = emitted.current.lastIndexOf(props.value);
    if (props.value === current) emitted.current = [];
    else if (echo >= 0) emitted.current = emitted.current.slice(echo + 1);
    else {
      emitted.current = [];
      model.setValue(props.value);
    }
  }, [props.value]);

  useEffect(() => {
    const monaco = monacoRef.current;
    const model = editorRef.current?.getModel();
    if (!monaco || !model) return;
    monaco.editor.setModelMarkers(
      model,
      'k8s-lab',
      props.diagnostics.map((d) => ({
        severity: SEVERITY[d.severity],
        message: textOf(props.lang, d),
        code: d.code,
        startLineNumber: d.line,
        startColumn: d.column,
        endLineNumber: d.endLine ?? d.line,
        endColumn: d.endColumn ?? Math.max(d.column + 1, model.getLineMaxColumn(Math.min(d.line, model.getLineCount()))),
      })),
    );
  }, [props.diagnostics, props.value, props.lang]);

  useEffect(() => {
    const editor = editorRef.current;
    if (!editor || !props.reveal) return;
    editor.revealLineInCenter(props.reveal.line);
    editor.setPosition({ lineNumber: props.reveal.line, column: props.reveal.column });
    editor.focus();
  }, [props.reveal]);

  return <div ref={hostRef} className="monaco-container" />;
}
