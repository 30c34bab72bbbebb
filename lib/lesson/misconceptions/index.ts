// The misconception catalogue (issue 14): detectors of the course's own traps, run on the
// learner's objects by runLab; each hit carries an explanation, a fix and a source pointer.
import type { Diagnostic, ParsedObject } from '../../sim';
import { english } from '../../sim/messages/english';
import { msg } from '../messages';
import { ObjectIndex } from '../objectIndex';
import type { MisconceptionHit } from '../types';
import { admissionDetectors } from './admission';
import { auditDetectors } from './audit';
import { netpolDetectors } from './netpol';
import { podDetectors } from './pods';
import { rbacDetectors } from './rbac';
import type { Detector, Located } from './types';

export type { Detector, DetectContext, Fired, Located } from './types';

export const MISCONCEPTIONS: readonly Detector[] = [...rbacDetectors, ...podDetectors, ...netpolDetectors, ...admissionDetectors, ...auditDetectors];

/** An object and its place; its source map is read only when a hit points into it (building one walks the YAML events). */
function locate(p: ParsedObject): Located {
  const located = { object: p.object, file: p.source.file ?? '', line: p.source.line, column: p.source.column } as Located;
  Object.defineProperty(located, 'sourceMap', { get: () => p.sourceMap, enumerable: true, configurable: true });
  return located;
}

/** Run every detector on the objects of the editable files (the world gives context only). */
export function findMisconceptions(
  parsed: readonly ParsedObject[],
  editable: readonly string[],
  detectors: readonly Detector[] = MISCONCEPTIONS,
): MisconceptionHit[] {
  const all = parsed.map(locate);
  const mine = all.filter((o) => editable.includes(o.file));
  const hits: MisconceptionHit[] = [];
  for (const detector of detectors) {
    let fired;
    try {
      fired = detector.detect({ mine, all });
    } catch {
      continue; // a detector must never break the check; learner input is arbitrary
    }
    for (const f of fired) {
      const source = ObjectIndex.fieldSource({ source: { file: f.at.file, line: f.at.line, column: f.at.column }, sourceMap: f.at.sourceMap }, f.path);
      hits.push({ id: detector.id, explanation: f.explanation, fix: f.fix, source, ...(detector.diagnostic ? { diagnostic: true } : {}) });
    }
  }
  return hits;
}

/** Hits the API server would reject outright, as error diagnostics of their file. */
export function misconceptionDiagnostics(hits: readonly MisconceptionHit[]): Diagnostic[] {
  return hits
    .filter((h) => h.diagnostic && h.source)
    .map((h) => {
      const text = msg('goal.withNotes', { parts: [h.explanation, h.fix] });
      return { severity: 'error' as const, code: h.id, message: english(text), text, line: h.source!.line, column: h.source!.column, file: h.source!.file };
    });
}
