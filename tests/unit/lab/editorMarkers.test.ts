import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '@/lib/sim';
import { markersFor, sameMarkers } from '@/components/lab/editorMarkers';
import { textOf } from '@/lib/i18n/messages';

const lines = ['kind: Pod', 'metadata:', '  name: web'];
const model = { getLineCount: () => lines.length, getLineMaxColumn: (n: number) => lines[n - 1].length + 1 };
const diagnostic = (over: Partial<Diagnostic> = {}): Diagnostic =>
  ({ severity: 'error', code: 'x-code', message: 'broken', line: 3, column: 3, ...over }) as Diagnostic;

describe('markersFor', () => {
  it('a diagnostic without an end runs to the end of its line; severities are Monaco values', () => {
    const [error, info] = markersFor(model, [diagnostic(), diagnostic({ severity: 'info', line: 9, column: 1 })], (d) => textOf('en', d));
    expect(error).toMatchObject({ severity: 8, code: 'x-code', startLineNumber: 3, startColumn: 3, endLineNumber: 3, endColumn: 12 });
    // A line past the end (the text changed since) is measured on the last line.
    expect(info).toMatchObject({ severity: 2, startLineNumber: 9, endColumn: 12 });
  });
});

describe('sameMarkers', () => {
  const markers = markersFor(model, [diagnostic(), diagnostic({ line: 1, column: 1, endColumn: 5 })], (d) => textOf('en', d));
  it('equal when every marker has the same place, severity, code and message', () => {
    // What Monaco's getModelMarkers returns has more fields, and the code may be an object.
    const fromMonaco = markers.map((m) => ({ ...m, owner: 'k8s-lab', resource: {}, code: { value: m.code as string, target: {} } }));
    expect(sameMarkers(fromMonaco, markers)).toBe(true);
  });
  it('different when a marker moved, changed or one is missing', () => {
    expect(sameMarkers(markers, markers.slice(1))).toBe(false);
    expect(sameMarkers(markers, [{ ...markers[0], startColumn: 4 }, markers[1]])).toBe(false);
    expect(sameMarkers(markers, [markers[0], { ...markers[1], message: 'other' }])).toBe(false);
    expect(sameMarkers(markers, [markers[0], { ...markers[1], severity: 4 }])).toBe(false);
    expect(sameMarkers(markers, [...markers].reverse())).toBe(false);
  });
});
