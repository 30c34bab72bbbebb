'use client';
import { useEffect, useRef } from 'react';
import type * as Monaco from 'monaco-editor/editor';
import { LARGE_YAML, setupMonaco } from './monacoSetup';
import type { CodeEditorProps } from './CodeEditor';
import { changeBatcher, isLarge } from './editorChanges';
import { markersFor, sameMarkers } from './editorMarkers';
import { useWords } from '../i18n/useWords';

function currentTheme(): string {
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'lab-dark' : 'lab-light';
}

/**
 * A large model (editorChanges.ts) keeps what a learner needs to type and read (colours, the
 * simulator's markers, find, undo) and drops what costs the main thread per edit across the whole
 * file: monaco-yaml (LARGE_YAML), folding ranges, bracket pair colours and matches, occurrence
 * highlights and suggestions while typing (word-based ones ask the editor worker for the file's words).
 */
function sizeOptions(large: boolean): Monaco.editor.IEditorOptions {
  return large
    ? { folding: false, occurrencesHighlight: 'off', bracketPairColorization: { enabled: false }, matchBrackets: 'never', quickSuggestions: false }
    : {
        folding: true,
        occurrencesHighlight: 'singleFile',
        bracketPairColorization: { enabled: true },
        matchBrackets: 'always',
        quickSuggestions: { other: 'offWhenInlineCompletions', comments: 'off', strings: 'off' },
      };
}

/**
 * Puts a model and its editor in large or normal mode. Bracket pair colours are a model option:
 * the editor option alone does not reach a model created before it (monaco's ModelService reads
 * it from the configuration when a model is created), and with them on every frame asked the
 * model for its brackets, which re-parsed the whole file's bracket tree (45 ms of one frame after
 * Ctrl+End in the 2,000-pod world).
 */
function applySize(monaco: ReturnType<typeof setupMonaco>, model: Monaco.editor.ITextModel, large: boolean, editor?: Monaco.editor.IStandaloneCodeEditor) {
  monaco.editor.setModelLanguage(model, large ? LARGE_YAML : 'yaml');
  model.updateOptions({ bracketColorizationOptions: { enabled: !large, independentColorPoolPerBracketType: false } });
  editor?.updateOptions(sizeOptions(large));
}

const MARKER_OWNER = 'k8s-lab';

/** Monaco with YAML, the Kubernetes schema (monaco-yaml) and the simulator's diagnostics as markers. */
export function MonacoYamlEditor(props: CodeEditorProps & { onReady: () => void }) {
  const hostRef = useRef<HTMLDivElement>(null);
  // The page language's words (loaded with the exercise's goal list; never both languages).
  const words = useWords(props.lang);
  const editorRef = useRef<Monaco.editor.IStandaloneCodeEditor | null>(null);
  const monacoRef = useRef<ReturnType<typeof setupMonaco> | null>(null);
  const onChangeRef = useRef(props.onChange);
  onChangeRef.current = props.onChange;
  /** Texts the editor reported and the page has not echoed back yet (typing outruns renders). */
  const emitted = useRef<string[]>([]);
  const batcherRef = useRef<ReturnType<typeof changeBatcher> | null>(null);
  /** The last text handed on and the model's version then: its echo needs no read of the model. */
  const newest = useRef<{ value: string; version: number } | null>(null);
  /**
   * The editor was to take the focus (a jump to a line, the learner's place in the textarea) while
   * it was still hidden behind the textarea, where a focus does nothing: it takes it once shown.
   */
  const focusLater = useRef(false);
  const focusWhenShown = (editor: Monaco.editor.IStandaloneCodeEditor) => {
    if (hostRef.current?.closest('.loading')) focusLater.current = true;
    else editor.focus();
  };

  useEffect(() => {
    const monaco = setupMonaco();
    monacoRef.current = monaco;
    const uri = monaco.Uri.parse(`file:///${props.path}`);
    let large = isLarge(props.value.length, false);
    const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(props.value, large ? LARGE_YAML : 'yaml', uri);
    if (model.getValue() !== props.value) model.setValue(props.value);
    applySize(monaco, model, large);
    const editor = monaco.editor.create(hostRef.current!, {
      ...sizeOptions(large),
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
    // The page is told at once about a small model, in batches about a large one; the handler is
    // the one of the change's render (a path changed since must not receive this model's text).
    let target = onChangeRef.current;
    const batcher = changeBatcher({ read: () => model.getValue(), length: () => model.getValueLength() }, (value) => {
      newest.current = { value, version: model.getVersionId() };
      emitted.current.push(value);
      if (emitted.current.length > 200) emitted.current.shift();
      target(value);
    });
    batcherRef.current = batcher;
    const sub = model.onDidChangeContent(() => {
      const next = isLarge(model.getValueLength(), large);
      if (next !== large) {
        large = next;
        applySize(monaco, model, large, editor);
      }
      target = onChangeRef.current;
      batcher.changed();
    });
    // Leaving the editor (a button of the page, which may read the text) hands on what is unread.
    const blur = editor.onDidBlurEditorText(() => batcher.flush());
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const onScheme = () => monaco.editor.setTheme(currentTheme());
    media.addEventListener('change', onScheme);
    // If the learner was typing in the plain textarea, keep their place in Monaco.
    const active = document.activeElement as HTMLTextAreaElement | null;
    if (active?.tagName === 'TEXTAREA' && hostRef.current?.closest('.code-editor')?.contains(active)) {
      editor.setPosition(model.getPositionAt(active.selectionStart ?? 0));
      focusWhenShown(editor);
    }
    props.onReady();
    return () => {
      media.removeEventListener('change', onScheme);
      batcher.flush();
      batcher.dispose();
      batcherRef.current = null;
      blur.dispose();
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
    // The echo of the newest text handed on, the model unchanged since: nothing to compare (reading
    // a 600 kB model and comparing it per answer was most of the playground's React work).
    if (newest.current && props.value === newest.current.value && model.getVersionId() === newest.current.version) {
      emitted.current = [];
      return;
    }
    // A large model is read in batches: its text may be ahead of every value handed on (still an echo).
    const current = model.getValue();
    const echo = emitted.current.lastIndexOf(props.value);
    if (props.value === current) emitted.current = [];
    else if (echo >= 0) emitted.current = emitted.current.slice(echo + 1);
    else {
      emitted.current = [];
      model.setValue(props.value);
    }
  }, [props.value]);

  // Markers per answer, not per key: Monaco moves them with the text typed since; an answer whose
  // markers are those the model has already (a comment typed) changes nothing.
  useEffect(() => {
    const monaco = monacoRef.current;
    const model = editorRef.current?.getModel();
    if (!monaco || !model) return;
    const markers = markersFor(model, props.diagnostics, (d) => words.textOf(d));
    if (sameMarkers(monaco.editor.getModelMarkers({ owner: MARKER_OWNER, resource: model.uri }), markers)) return;
    monaco.editor.setModelMarkers(model, MARKER_OWNER, markers);
  }, [props.diagnostics, words]);

  useEffect(() => {
    const editor = editorRef.current;
    if (!editor || !props.reveal) return;
    editor.revealLineInCenter(props.reveal.line);
    editor.setPosition({ lineNumber: props.reveal.line, column: props.reveal.column });
    focusWhenShown(editor);
  }, [props.reveal]);

  // Shown (the page re-renders once the editor is ready): a focus it was asked for is taken now.
  useEffect(() => {
    if (!focusLater.current || !editorRef.current || hostRef.current?.closest('.loading')) return;
    focusLater.current = false;
    editorRef.current.focus();
  });

  return <div ref={hostRef} className="monaco-container" />;
}
