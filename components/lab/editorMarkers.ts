// The simulator's diagnostics as Monaco markers, and whether a model already shows them.
import type * as Monaco from 'monaco-editor/editor';
import type { Diagnostic } from '@/lib/sim';

const SEVERITY = { error: 8, warning: 4, info: 2 } as const; // monaco.MarkerSeverity values

/** The part of a model the markers need (its lines' lengths). */
export interface MarkerModel {
  getLineCount(): number;
  getLineMaxColumn(line: number): number;
}

/** `textOf` renders a diagnostic in the page's language (the page's loaded words: components/i18n/useWords.ts). */
export function markersFor(model: MarkerModel, diagnostics: Diagnostic[], textOf: (d: Diagnostic) => string): Monaco.editor.IMarkerData[] {
  return diagnostics.map((d) => ({
    severity: SEVERITY[d.severity],
    message: textOf(d),
    code: d.code,
    startLineNumber: d.line,
    startColumn: d.column,
    endLineNumber: d.endLine ?? d.line,
    endColumn: d.endColumn ?? Math.max(d.column + 1, model.getLineMaxColumn(Math.min(d.line, model.getLineCount()))),
  }));
}

type MarkerFields = Pick<Monaco.editor.IMarkerData, 'severity' | 'message' | 'startLineNumber' | 'startColumn' | 'endLineNumber' | 'endColumn'> & {
  code?: string | { value: string } | undefined;
};

const codeOf = (code: MarkerFields['code']) => (typeof code === 'object' && code !== null ? code.value : code);

/** Whether the markers a model has are `next`, in order and field by field (then nothing needs setting). */
export function sameMarkers(current: readonly MarkerFields[], next: readonly MarkerFields[]): boolean {
  return (
    current.length === next.length &&
    current.every(
      (m, i) =>
        m.severity === next[i].severity &&
        m.message === next[i].message &&
        codeOf(m.code) === codeOf(next[i].code) &&
        m.startLineNumber === next[i].startLineNumber &&
        m.startColumn === next[i].startColumn &&
        m.endLineNumber === next[i].endLineNumber &&
        m.endColumn === next[i].endColumn,
    )
  );
}
