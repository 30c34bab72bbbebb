'use client';
import dynamic from 'next/dynamic';
import { useEffect, useRef, useState } from 'react';
import { takeEarlyInput } from '../lazyHydrateGates';
import { useNearScreen } from '../useNearScreen';
import type { Diagnostic } from '@/lib/sim';
import type { Lang } from '@/lib/i18n/languages';
import { t } from '@/lib/i18n/dictionary';
import { offsetOf } from './textOffset';

export interface CodeEditorProps {
  lang: Lang;
  /** Stable model path, e.g. `rbac/first/pochoclo/role.yaml`. */
  path: string;
  value: string;
  readOnly?: boolean;
  diagnostics: Diagnostic[];
  onChange: (value: string) => void;
  /** Bumped to move the cursor to a line. */
  reveal?: { line: number; column: number; nonce: number };
  label: string;
  /**
   * When Monaco (about 1 MB, a long task to start) is fetched: when the editor nears the screen
   * (lessons, default), or only once a pointer or the focus reaches it (the playground, whose
   * editor is on the first screen: loading the page does not pay for it).
   */
  loadMonaco?: 'near' | 'touched';
}

/**
 * The hint while Monaco loads, over the textarea's corner when the textarea has Monaco's size (a
 * line added under it would move the page twice: when it shows and when Monaco replaces both).
 */
const OVERLAID_HINT = { position: 'absolute', right: 8, bottom: 4, margin: 0, padding: '0 6px', background: 'var(--bg)' } as const;

/** Plain textarea: usable at once, before Monaco arrives (and without JavaScript-heavy features). */
function FallbackEditor({ value, onChange, readOnly, label, lang, onFocusHint, reveal, fill }: CodeEditorProps & { onFocusHint?: boolean; fill?: boolean }) {
  const field = useRef<HTMLTextAreaElement>(null);
  // Keys typed into the server's textarea before the lesson block hydrated are kept.
  useEffect(() => {
    const early = takeEarlyInput(field.current);
    if (early !== undefined && early !== value && !readOnly) onChange(early);
  }, []); // once, when the block hydrates
  // A "go to line" before Monaco arrived: the caret goes there now (Monaco keeps the place when it takes over).
  useEffect(() => {
    const area = field.current;
    if (!area || !reveal) return;
    const at = offsetOf(area.value, reveal.line, reveal.column);
    area.focus();
    area.setSelectionRange(at, at);
  }, [reveal]);
  return (
    <div className="fallback-editor" style={fill ? { height: '100%' } : undefined}>
      <textarea
        ref={field}
        aria-label={label}
        spellCheck={false}
        value={value}
        readOnly={readOnly}
        onChange={(e) => onChange(e.target.value)}
        rows={Math.min(28, Math.max(10, value.split('\n').length + 1))}
        style={fill ? { height: '100%', minHeight: 0, resize: 'none' } : undefined}
      />
      {onFocusHint ? (
        <p className="muted small" style={fill ? OVERLAID_HINT : undefined}>
          {t(lang, 'editorLoading')}
        </p>
      ) : null}
    </div>
  );
}

const MonacoYamlEditor = dynamic(() => import('./MonacoYamlEditor').then((m) => m.MonacoYamlEditor), {
  ssr: false,
  loading: () => null,
});

/** The YAML editor: a textarea first, Monaco once loaded (lazily, never blocking the page). */
export function CodeEditor(props: CodeEditorProps) {
  const [monacoReady, setMonacoReady] = useState(false);
  // Monaco (about 1 MB) is fetched only when the editor comes near the screen.
  const { ref: boxRef, near, wake } = useNearScreen<HTMLDivElement>(props.loadMonaco === 'touched' ? null : undefined);
  // A jump to a line (a goal's or a problem's link) wants the editor at once, wherever it is.
  const wanted = near || props.reveal !== undefined;
  const touch = wanted ? undefined : wake;
  const sized = props.loadMonaco === 'touched';

  return (
    <div
      ref={boxRef}
      className="code-editor"
      data-testid="editor"
      data-editor-ready={monacoReady ? 'monaco' : 'fallback'}
      onFocus={touch}
      onPointerOver={touch}
      onTouchStart={touch}
    >
      {monacoReady ? null : sized ? (
        // The playground's textarea has Monaco's height (.monaco-host): Monaco, loaded when the learner
        // reaches the editor, takes its place without moving the page under their pointer or finger.
        <div className="monaco-host">
          <FallbackEditor {...props} onFocusHint={wanted} fill />
        </div>
      ) : (
        <FallbackEditor {...props} onFocusHint={wanted} />
      )}
      {wanted ? (
        <div className={monacoReady ? 'monaco-host' : 'monaco-host loading'} aria-hidden={monacoReady ? undefined : true}>
          <MonacoYamlEditor {...props} onReady={() => setMonacoReady(true)} />
        </div>
      ) : null}
    </div>
  );
}
